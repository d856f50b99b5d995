import ArgumentParser
import CopydeskCompare
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
            given. Offsets in the report count Unicode scalars of the article text that `extract` prints.
            """
    )

    @Argument(help: "The articles to compare: files, URLs, or - for standard input (at most once).")
    var sources: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case terminal, json, markdown, html }

    @Option(help: "Output format: terminal, json, markdown or html (default: terminal on a terminal, json otherwise).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "Terminal report: every quote, fact, sentence and shared passage, and every item of each answer.")
    var details = false

    @Option(help: "Terminal report: columns to fit (default: the terminal's width, else COLUMNS, else 80).")
    var width: Int?

    func validate() throws {
        guard (2...20).contains(sources.count) else {
            throw ValidationError("compare needs 2 to 20 sources, got \(sources.count).")
        }
        if sources.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be given only once.")
        }
    }

    func run() throws {
        var articles: [Article] = []
        var failed = false
        for source in sources {
            do {
                articles.append(try loadArticle(source))
            } catch {
                failed = true
                printError("copydesk: \(error)")
            }
        }
        guard articles.count >= 2, !failed else {
            printError("copydesk: compare needs at least two readable sources; nothing compared.")
            throw ExitCode(1)
        }
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let chosen = format ?? (toTerminal ? .terminal : .json)
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
