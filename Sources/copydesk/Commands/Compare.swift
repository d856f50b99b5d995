import ArgumentParser
import CopydeskCompare
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskReport
import CopydeskText
import Foundation

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Compare how outlets covered one story: aligned sentences, shared passages, quotes and facts by source.",
        discussion: """
            Give 2 to 20 articles (files, URLs, or - once for standard input); sources keep the order \
            given. A JSONL archive (.jsonl, .ndjson, optionally .gz) gives one source per line; --ids \
            picks them. Offsets in the report count Unicode scalars of the article text that `extract` prints.
            With -o, the file's extension (.html, .md, .json) chooses the format unless --format is given.
            """
    )

    @Argument(help: "The articles to compare: files, URLs, JSONL archives, or - for standard input (at most once).")
    var sources: [String]

    @Option(help: "With a JSONL archive: the ids of the lines to compare, comma-separated (default: every line, at most 20).")
    var ids: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case terminal, json, markdown, html }

    @Option(
        help:
            "Output format: terminal, json, markdown or html (default: by the extension of --output, else terminal on a terminal, json otherwise)."
    )
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "Terminal report: every quote, fact, sentence and shared passage, and every item of each answer.")
    var details = false

    @Option(help: "Terminal report: columns to fit (default: the terminal's width, else COLUMNS, else 80).")
    var width: Int?

    func validate() throws {
        // An archive stands for its lines, so one input can be enough; the count is checked
        // again once they are read.
        let archives = sources.filter(CompareArchive.isArchive).count
        guard (archives > 0 ? 1...20 : 2...20).contains(sources.count) else {
            throw ValidationError("compare needs 2 to 20 sources, got \(sources.count).")
        }
        if sources.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be given only once.")
        }
        if ids != nil, archives == 0 {
            throw ValidationError("--ids picks lines of a JSONL archive (.jsonl, .ndjson); none was given.")
        }
        if let ids, CompareArchive.ids(ids).isEmpty {
            throw ValidationError("--ids needs at least one id.")
        }
        _ = try ReportOutput.format(explicit: format, output: output, command: "compare")
    }

    func run() throws {
        // Before any work: a report that cannot be written fails at once, in one plain line.
        if let output, let problem = ReportOutput.problem(with: output) {
            printError("copydesk: \(problem)")
            throw ExitCode(1)
        }
        var articles: [Article] = []
        var failed = false
        for source in sources {
            do {
                if CompareArchive.isArchive(source) {
                    articles += try CompareArchive.articles(
                        in: source, wanted: ids.map(CompareArchive.ids), limit: 20,
                        warning: { printError("copydesk: warning: \($0)") })
                } else {
                    articles.append(try loadArticle(source))
                }
            } catch let refusal as CompareArchiveError {
                // The archive's own line says what to do (--ids); nothing else needs saying.
                printError("copydesk: \(refusal)")
                throw ExitCode(1)
            } catch {
                failed = true
                printError("copydesk: \(error)")
            }
        }
        guard articles.count >= 2, !failed else {
            printError("copydesk: compare needs at least two readable sources; nothing compared.")
            throw ExitCode(1)
        }
        guard articles.count <= 20 else {
            printError("copydesk: compare takes at most 20 sources, got \(articles.count); pick fewer (--ids for an archive).")
            throw ExitCode(1)
        }
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let chosen =
            (try ReportOutput.format(explicit: format, output: output, command: "compare"))
            ?? (toTerminal ? .terminal : .json)
        if chosen == .terminal || chosen == .markdown {
            // Read by people, often in a terminal: the pages' control characters are shown as
            // escapes, not sent (the report's own colours are added after). JSON escapes its own,
            // and HTML its own markup, so their offsets still count the text `extract` prints.
            articles = articles.map(Self.escapingControls)
        }
        let report = CoverageComparer().compare(articles)
        for warning in report.warnings { printError("copydesk: warning: \(warning)") }
        let colour = toTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        let text: String
        switch chosen {
        case .json: text = CoverageJSONRenderer.json(report)
        case .markdown: text = CoverageMarkdownRenderer.markdown(report)
        case .terminal:
            text = CoverageTerminalRenderer(colour: colour, width: width ?? Self.terminalWidth(), details: details)
                .render(report)
        case .html: text = CoverageHTMLRenderer().render(report, articles: articles)
        }
        if let output {
            // Written beside the report and renamed into place: an old report is never emptied.
            do {
                let file = try ReportFile(output)
                do {
                    try file.write(text + "\n")
                } catch {
                    file.discard()
                    throw error
                }
                try file.commit()
            } catch {
                printError("copydesk: \(error)")
                throw ExitCode(1)
            }
            ReportOutput.announce(
                output,
                [
                    ReportOutput.count(report.sources.count, "source"),
                    ReportOutput.count(report.quotes.count, "quote"),
                ])
        } else {
            print(text)
        }
    }

    /// The columns of the terminal on standard output; else `COLUMNS`; else 80 (piped, or unknown).
    static func terminalWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return columns
        }
        return 80
    }

    /// The article with every control character in its text and metadata shown as an escape.
    static func escapingControls(_ article: Article) -> Article {
        var safe = article
        func escape(_ text: String?) -> String? { text.map { TerminalText.escaped($0) } }
        safe.source = TerminalText.escaped(article.source)
        safe.title = escape(article.title)
        safe.byline = escape(article.byline)
        safe.published = escape(article.published)
        safe.outlet = escape(article.outlet)
        safe.url = escape(article.url)
        safe.credit = escape(article.credit)
        safe.dateline = escape(article.dateline)
        safe.paragraphs = article.paragraphs.map { TerminalText.escaped($0) }
        return safe
    }
}
