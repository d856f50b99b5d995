import ArgumentParser
import CopydeskDedup
import Foundation

/// `copydesk signatures`: dedup's map step on its own, for a cluster engine.
struct Signatures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Dedup's map step: one JSON line per input item with its metadata, signatures, shingles and LSH band keys.",
        discussion: """
            Reads the same inputs as dedup, on all cores, and writes one line per item in input order: \
            ordinal, id, source, title, outlet, published, length, shingle_count, content_hash, signature, \
            lead, shingles (base64 of little-endian 32-bit words), bands and lead_bands (hexadecimal band \
            keys); an item that cannot be read gets ordinal, id, source and error. The band keys are for \
            --candidate-threshold and --lead-rows; the defaults are dedup's banding whenever all pairs of \
            the archive fit its candidate budget (see `copydesk banding`). Used by Scripts/spark.
            """
    )

    @Argument(help: .archiveInputs)
    var inputs: [String]

    @OptionGroup var matching: MatchingOptions

    @OptionGroup var lead: LeadRowsOption

    func run() throws {
        let options = try matching.dedupOptions()
        let banding = lead.banding(options)
        var output = BufferedOutput()
        var failed: [SignatureRecord] = []
        do {
            _ = try SignatureRecord.read(
                inputs, options: options, banding: banding, warning: { printWarning(source: $0, $1) }
            ) { records in
                for record in records {
                    output.line(try SignatureRecordCoding.line(record))
                    if !record.isDocument { failed.append(record) }
                }
            }
        } catch {
            output.flush()
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
        output.flush()
        for record in failed { printError("copydesk: \(record.source): \(record.error ?? "")") }
        if !failed.isEmpty { throw ExitCode(1) }
    }
}
