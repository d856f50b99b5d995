import ArgumentParser
import CopydeskDedup
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskReport
import CopydeskText
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A persistent archive index in SQLite: add articles, ask whether new ones are reprints.",
        subcommands: [Add.self, Query.self, Stats.self]
    )

    struct Database: ParsableArguments {
        @Option(help: "The index file (SQLite); created by the first add.")
        var db: String
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add documents to the index, clustering each against what is there. Re-adding is a no-op.")

        @OptionGroup var database: Database
        @Argument(help: .archiveInputs)
        var inputs: [String]
        @OptionGroup var matching: MatchingOptions
        @Flag(help: "No progress bar.")
        var quiet = false
        @Option(help: "Documents per transaction: an interrupted add loses at most one batch, which the next redoes.")
        var batchSize = ArchiveIndex.defaultBatchSize
        @Option(
            help: ArgumentHelp(
                "Rows per band of the lead signatures' banding of a new index (2, 3, 4, 5, 6 or 8; default 4).",
                visibility: .hidden))
        var leadRows: Int?

        func validate() throws {
            if let leadRows, !BandingChoice.leadRowsLadder.contains(leadRows) {
                throw ValidationError("--lead-rows must be one of 2, 3, 4, 5, 6, 8")
            }
        }

        func run() throws {
            let index: ArchiveIndex
            do {
                index = try ArchiveIndex(path: database.db, options: try matching.dedupOptions(), leadRows: leadRows)
            } catch let error as ValidationError {
                throw error
            } catch {
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
            index.batchSize = max(1, batchSize)
            let progress = ProgressBar(totalBytes: ArchiveInputs.totalBytes(of: inputs), quiet: quiet)
            let report: IndexAddReport
            do {
                report = try index.add(
                    inputs, progress: { progress.update(items: $0, bytes: $1) },
                    warning: { printWarning(source: $0, $1) },
                    waiting: {
                        printWarning(
                            source: database.db, "another `index add` is writing this index; waiting for it to finish")
                    })
            } catch {
                progress.finish()
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
            progress.finish()
            for failure in report.failures { printError("copydesk: \(failure.source): \(failure.message)") }
            if !quiet { printErrorLines(TerminalText.escaped(DedupIndexRenderer.text(report), keepingLines: true)) }
            if !report.failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "For each input: is it a reprint of something indexed — which, how similar, first seen when.")

        @OptionGroup var database: Database
        @Argument(help: .archiveInputs)
        var inputs: [String]

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
        @Option(help: "text (default on a terminal) or jsonl (default otherwise).")
        var format: Format?
        @Option(
            help: ArgumentHelp(
                "Write the seconds each look-up took to this file, one line per input.", visibility: .hidden))
        var latencies: String?

        func run() throws {
            guard FileManager.default.fileExists(atPath: database.db) else {
                printError("copydesk: \(database.db): no such index (create it with `copydesk index add`)")
                throw ExitCode(1)
            }
            let index = try open(database.db, DedupOptions(), readOnly: true)
            let format = format ?? (isatty(1) == 1 ? .text : .jsonl)
            var output = BufferedOutput()
            var failed = false
            var timings = ""
            do {
                try index.query(inputs, warning: { printWarning(source: $0, $1) }) { answer in
                    if answer.error != nil { failed = true }
                    if latencies != nil { timings += "\(answer.seconds)\n" }
                    output.line(
                        format == .jsonl
                            ? DedupIndexRenderer.jsonl(answer)
                            : TerminalText.escaped(DedupIndexRenderer.text(answer), keepingLines: true))
                }
            } catch {
                output.flush()
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
            output.flush()
            if let latencies { try timings.write(toFile: latencies, atomically: true, encoding: .utf8) }
            if failed { throw ExitCode(1) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Documents, clusters and settings of an index.")

        @OptionGroup var database: Database

        func run() throws {
            guard FileManager.default.fileExists(atPath: database.db) else {
                printError("copydesk: \(database.db): no such index")
                throw ExitCode(1)
            }
            let index = try open(database.db, DedupOptions(), readOnly: true)
            do {
                print(TerminalText.escaped(DedupIndexRenderer.text(try index.statistics()), keepingLines: true))
            } catch {
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
        }
    }

    /// The index at `path`; `readOnly` for the commands that only look (they work on an index
    /// they cannot write, in a folder they cannot write).
    static func open(_ path: String, _ options: DedupOptions, readOnly: Bool = false) throws -> ArchiveIndex {
        do {
            return try ArchiveIndex(path: path, options: options, mode: readOnly ? .reading : .adding)
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
    }
}

extension Index.Query {
    func open(_ path: String, _ options: DedupOptions, readOnly: Bool) throws -> ArchiveIndex {
        try Index.open(path, options, readOnly: readOnly)
    }
}

extension Index.Stats {
    func open(_ path: String, _ options: DedupOptions, readOnly: Bool) throws -> ArchiveIndex {
        try Index.open(path, options, readOnly: readOnly)
    }
}
