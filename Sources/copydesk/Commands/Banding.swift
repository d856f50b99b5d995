import ArgumentParser
import CopydeskDedup
import CopydeskSimilarity
import Foundation

/// `copydesk banding`: dedup's choice of LSH banding, for a cluster engine that holds the
/// signatures.
struct Banding: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Choose the LSH banding as dedup does, from a sample of the archive's signatures.",
        discussion: """
            Dedup picks the loosest banding whose expected number of candidate pairs fits a budget, \
            measured on random pairs of distinct contents ("nodes", numbered from 0 in input order). \
            `sample` names the nodes whose signatures the choice needs; `choose` reads those nodes' \
            signature records (ordinal = node number) and prints the banding; `keys` recomputes the \
            band keys of signature records for a banding.
            """,
        subcommands: [Sample.self, Choose.self, Keys.self]
    )

    /// A node count is a number of documents: negative is a usage error, not an empty answer.
    static func checkNodes(_ nodes: Int) throws {
        guard nodes >= 0 else { throw ValidationError("--nodes must be 0 or more (got \(nodes))") }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "The node numbers whose signatures the choice compares, one per line (none when every pair fits the budget)."
        )

        @Option(help: "Number of distinct contents in the archive.")
        var nodes: Int

        @OptionGroup var matching: MatchingOptions

        func validate() throws { try Banding.checkNodes(nodes) }

        func run() throws {
            let positions = BandingChoice(options: try matching.dedupOptions()).samplePositions(nodeCount: nodes)
            var output = BufferedOutput()
            for position in Set(positions.flatMap { [$0.0, $0.1] }).sorted() { output.line(String(position)) }
            output.flush()
        }
    }

    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The banding dedup would choose, as one JSON object.")

        @Option(help: "Number of distinct contents in the archive.")
        var nodes: Int

        @Option(help: "Signature records of the sampled nodes, ordinal = node number (- for standard input).")
        var sampled: String?

        @OptionGroup var matching: MatchingOptions

        func validate() throws { try Banding.checkNodes(nodes) }

        func run() throws {
            let options = try matching.dedupOptions()
            var signatures: [Int: (signature: [UInt32], lead: [UInt32])] = [:]
            if let sampled {
                let text: String
                if sampled == "-" {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: sampled) else {
                        printError("copydesk: \(sampled): cannot read the file")
                        throw ExitCode(1)
                    }
                    text = String(decoding: data, as: UTF8.self)
                }
                for line in text.split(separator: "\n") where !line.isEmpty {
                    let record = try SignatureRecordCoding.record(line)
                    if let signature = record.signatureValues, let lead = record.leadValues {
                        signatures[record.ordinal] = (signature, lead)
                    }
                }
            }
            let chosen: (threshold: Double, banding: RecordBanding)
            do {
                chosen = try BandingChoice(options: options).banding(nodeCount: nodes, sampled: signatures)
            } catch {
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
            let lead = chosen.banding.lead
            print(
                "{\"candidate_threshold\":\(chosen.threshold),\"bands\":\(chosen.banding.full.bands),\"rows\":\(chosen.banding.full.rows),"
                    + "\"lead_bands\":\(lead.map { String($0.bands) } ?? "null"),\"lead_rows\":\(lead.map { String($0.rows) } ?? "null"),"
                    + "\"largest_bucket\":\(options.largestBucket),\"lead_candidates\":\(options.leadCandidates)}")
        }
    }

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Signature records from standard input with their band keys recomputed.")

        @OptionGroup var matching: MatchingOptions

        @OptionGroup var lead: LeadRowsOption

        func run() throws {
            let options = try matching.dedupOptions()
            let banding = lead.banding(options)
            var output = BufferedOutput()
            while let line = readLine(strippingNewline: true) {
                if line.isEmpty { continue }
                output.line(
                    try SignatureRecordCoding.line(try SignatureRecordCoding.record(line).withBandKeys(banding)))
            }
            output.flush()
        }
    }
}
