import ArgumentParser
import CopydeskDedup
import Foundation

/// `copydesk verify`: dedup's exact verification of candidate pairs, for a cluster engine.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify candidate pairs exactly, as dedup does: the pairs that are edges.",
        discussion: """
            Reads lines of two signature records (from `copydesk signatures`) separated by a tab on \
            standard input, and writes "ORDINAL ORDINAL" (the lower first) for each pair that passes \
            verification. Use the same matching options as for `signatures`. With --plausible, only \
            the MinHash pre-check: records need only ordinal, source, signature and shingle_count, and \
            the pairs written are a superset of the verified ones.
            """
    )

    @OptionGroup var matching: MatchingOptions

    @Flag(help: "Only dedup's MinHash pre-check, which reads no shingle sets: a superset of the verified pairs.")
    var plausible = false

    func run() throws {
        let options = try matching.dedupOptions()
        var output = BufferedOutput()
        var number = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            if line.isEmpty { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            do {
                guard parts.count == 2 else { throw ValidationError("expected two records separated by a tab") }
                let a = try SignatureRecordCoding.record(parts[0])
                let b = try SignatureRecordCoding.record(parts[1])
                let passes =
                    plausible
                    ? try RecordMatching.plausible(a, b, options: options)
                    : try RecordMatching.verified(a, b, options: options)
                if passes {
                    output.line("\(min(a.ordinal, b.ordinal)) \(max(a.ordinal, b.ordinal))")
                }
            } catch {
                output.flush()
                printError("copydesk: standard input, line \(number): \(error)")
                throw ExitCode(1)
            }
        }
        output.flush()
    }
}
