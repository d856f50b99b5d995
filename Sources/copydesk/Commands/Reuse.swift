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

struct Reuse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find passages documents share (a wire paragraph quoted in a local story, a speech printed by several papers), with offsets.",
        discussion: """
            Inputs as dedup takes them: directories (recursive), JSONL (.jsonl, .jsonl.gz; id and text \
            or html), WARC (.warc, .warc.gz), single pages, or - for JSONL on standard input. Offsets \
            are Unicode scalars into each document's text: a JSONL line's text exactly as given, a \
            page's article text as extract prints it. Every item that cannot be read gets a line with \
            its id, source and error. All texts are held in memory (about 10 times their size).
            """
    )

    @Argument(help: .archiveInputs)
    var inputs: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case summary, jsonl, html }

    @Option(help: "summary (default on a terminal), jsonl (default otherwise: one line per aligned pair), or html.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("min-words"), help: "Shortest passage reported, in words.")
    var minimumWords = ReuseOptions().minimumWords

    @Option(name: .customLong("seed-words"), help: "Words in a seed n-gram (3 to 8).")
    var seedWords = ReuseOptions().seedWords

    @Option(
        name: .customLong("max-documents"),
        help: "An n-gram in more documents than this is boilerplate and seeds nothing.")
    var maximumDocuments = ReuseOptions().maximumDocumentFrequency

    @Option(help: "Worker threads (0: one per core).")
    var threads = 0

    @Flag(help: "No progress bar.")
    var quiet = false

    @Flag(help: "Print run statistics (seed pairs, candidates, timings) to standard error.")
    var statistics = false

    func validate() throws {
        guard minimumWords >= 1 else { throw ValidationError("--min-words must be at least 1") }
        guard (3...8).contains(seedWords) else { throw ValidationError("--seed-words must be 3 to 8") }
        guard maximumDocuments >= 2 else { throw ValidationError("--max-documents must be at least 2") }
        guard threads >= 0 else { throw ValidationError("--threads must be 0 or more") }
    }

    func run() throws {
        var options = ReuseOptions()
        options.minimumWords = minimumWords
        options.seedWords = seedWords
        options.maximumDocumentFrequency = maximumDocuments
        options.threads = threads
        let format = format ?? (isatty(1) == 1 && self.output == nil ? .summary : .jsonl)
        let report = try ReportFile.openOrFail(self.output)
        let progress = ProgressBar(totalBytes: ArchiveInputs.totalBytes(of: inputs), quiet: quiet)
        let result = ReuseFinder(options: options).run(
            inputs, progress: { items, bytes in progress.update(items: items, bytes: bytes) },
            warning: { printWarning(source: $0, $1) })
        progress.finish()
        var output = BufferedOutput(to: report)
        switch format {
        case .summary:
            output.line(TerminalText.escaped(ReuseSummaryRenderer.text(result), keepingLines: true))
        case .jsonl:
            for line in ReuseRowRenderer.lines(result) { output.line(line) }
        case .html:
            output.line(ReuseHTMLRenderer().render(result))
        }
        try output.commitReport()
        for warning in result.warnings { printError("copydesk: warning: \(warning)") }
        if statistics {
            let s = result.statistics
                        printError(
                "documents \(s.documents), unreadable \(s.failures), seed pairs \(s.seedPairs), boilerplate n-grams \(s.boilerplateGrams), "
                    + "candidate passages \(s.candidatePassages), aligned pairs \(result.passages.count), passages \(result.groups); "
                    + phaseTimes(s.seconds))
        }
        for document in result.documents where document.text == nil {
            printError("copydesk: \(document.source): \(document.error ?? "")")
        }
        if result.statistics.failures > 0 { throw ExitCode(1) }
    }
}
