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
        let report = CoverageComparer().compare(articles)
        for warning in report.warnings { printError("copydesk: warning: \(warning)") }
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let chosen = format ?? (toTerminal ? .terminal : .json)
        let colour = toTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        let text: String
        switch chosen {
        case .json: text = CoverageJSONRenderer.json(report)
        case .markdown: text = CoverageMarkdownRenderer.markdown(report)
        case .terminal: text = CoverageTerminalRenderer(colour: colour).render(report)
        case .html: text = CoverageHTMLRenderer().render(report, articles: articles)
        }
        if let output {
            do {
                try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                printError("copydesk: \(output): cannot write the report (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        } else {
            print(text)
        }
    }
}
