import ArgumentParser
import CopydeskDedup
import CopydeskReport
import Foundation

/// `copydesk cluster`: dedup's clustering of whole connected components, for a cluster engine.
struct Cluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cluster documents along their verified edges, as dedup does.",
        discussion: """
            Reads signature records (one distinct content each) with a "neighbours" field — the \
            ordinals of their verified edges — on standard input, and writes one line per document: \
            {"ordinal", "representative" (an ordinal), "relation" (null for a representative), \
            "similarity"}. The input must hold whole connected components of the verified edges; \
            several components may come together. Use the same matching options as for `signatures`.
            """
    )

    @OptionGroup var matching: MatchingOptions

    func run() throws {
        let options = try matching.dedupOptions()
        var records: [SignatureRecord] = []
        var number = 0
        do {
            while let line = readLine(strippingNewline: true) {
                number += 1
                if line.isEmpty { continue }
                records.append(try SignatureRecordCoding.record(line))
            }
        } catch {
            printError("copydesk: standard input, line \(number): \(error)")
            throw ExitCode(1)
        }
        let placements: [RecordMatching.Placement]
        do {
            placements = try RecordMatching.cluster(records, options: options)
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
        var output = BufferedOutput()
        for placement in placements {
            var json = JSONWriter()
            json.object {
                $0.field("ordinal", placement.ordinal)
                $0.field("representative", placement.representative)
                $0.field("relation", placement.relation?.rawValue)
                $0.field("similarity", placement.similarity, digits: 4)
            }
            output.line(json.output)
        }
        output.flush()
    }
}
