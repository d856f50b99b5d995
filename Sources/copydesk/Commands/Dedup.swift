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

struct Dedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find reprinted wire copy in an archive: clusters, their representatives, and each reprint's relation.",
        discussion: """
            Inputs: directories (recursive), JSONL (.jsonl, .jsonl.gz; one article per line with id and \
            text or html), WARC (.warc, .warc.gz; HTML responses), single pages, or - for JSONL on \
            standard input. Every input document gets one output line; one that cannot be read gets its \
            id, source and error.
            """
    )

    @Argument(help: .archiveInputs)
    var inputs: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case summary, jsonl, csv, html }

    @Option(
        help:
            "summary (default on a terminal), jsonl (default otherwise), csv, or html (one self-contained page); with -o, the file's extension (.jsonl, .csv, .html) chooses unless this is given."
    )
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var matching: MatchingOptions

    @Flag(help: "No progress bar, and no \"wrote …\" line after a report written with -o.")
    var quiet = false

    @Flag(help: "Print run statistics (pairs, edges, timings) to standard error.")
    var statistics = false

    func validate() throws {
        _ = try ReportOutput.format(explicit: format, output: output, command: "dedup")
    }

    func run() throws {
        let options = try matching.dedupOptions()
        let format =
            (try ReportOutput.format(explicit: format, output: output, command: "dedup"))
            ?? (isatty(1) == 1 && self.output == nil ? .summary : .jsonl)
        // Before the run, so an unwritable report path fails at once, not after an hour of work.
        // The report goes to a temporary file beside it, renamed into place when complete.
        let report = try ReportFile.openOrFail(self.output)
        let progress = ProgressBar(totalBytes: ArchiveInputs.totalBytes(of: inputs), quiet: quiet)
        let result: DedupResult
        do {
            result = try Deduplicator(options: options).run(
                inputs, progress: { items, bytes in progress.update(items: items, bytes: bytes) },
                phase: { progress.phase($0) }, warning: { printWarning(source: $0, $1) })
        } catch {
            progress.finish()
            report?.discard()
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        var output = BufferedOutput(to: report)
        switch format {
        case .summary:
            // For people: titles, outlets and file names come from the archive, escaped.
            output.line(TerminalText.escaped(DedupSummaryRenderer.text(result, DedupSummary(result)), keepingLines: true))
        case .jsonl:
            for index in 0..<result.catalog.count { output.line(DedupRowRenderer.jsonl(result, entry: index)) }
        case .csv:
            output.line(DedupRowRenderer.csvHeader)
            for index in 0..<result.catalog.count { output.line(DedupRowRenderer.csv(result, entry: index)) }
        case .html:
            // Dedup keeps no texts; the page's diffs need some, so they are read again (bounded).
            let renderer = DedupHTMLRenderer()
            let note = inputs.contains("-") ? "Standard input cannot be read twice, so this report has no diffs." : nil
            let texts = ClusterTexts.load(inputs, catalog: result.catalog, wanted: renderer.textsWanted(result))
            output.line(renderer.render(result, texts: texts, textNote: note))
        }
        try output.commitReport()
        if let report {
            if !quiet {
                let summary = DedupSummary(result)
                ReportOutput.announce(
                    report.path,
                    [
                        ReportOutput.count(summary.documents, "document"),
                        ReportOutput.count(summary.clusters, "cluster"),
                    ])
            }
        }
        if statistics {
            let s = result.statistics
                        printError(
                "documents \(s.documents), unreadable \(s.failures), distinct \(s.distinctContents), LSH \(s.bands)×\(s.rows) + lead \(s.leadBands)×\(s.leadRows), "
                    + "candidate threshold \(s.candidateThreshold), candidate pairs \(s.candidatePairs), verified edges \(s.verifiedEdges), clusters \(s.clusters), "
                    + "scratch \(s.scratchBytes / 1_048_576) MB; " + phaseTimes(s.seconds))
        }
        // Each unreadable input is also a row of the output; name it on standard error too, and
        // exit with 1 as every command does when some inputs failed.
        for entry in result.catalog.entries where !entry.isDocument {
            printError("copydesk: \(entry.source): \(entry.error ?? "")")
        }
        if result.statistics.failures > 0 { throw ExitCode(1) }
    }
}
