import ArgumentParser
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskReport
import CopydeskText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Strip pages down to their article: title, byline, date, outlet, credit, paragraphs.",
        discussion: """
            INPUT is a file, a directory (searched recursively for .html .htm .xhtml .txt files, \
            in sorted order; hidden files are skipped, symbolic link loops reported and not followed), - for standard \
            input, or an http:// or https:// address (at most 5 redirects; other schemes are \
            refused). Inputs are read on all cores; articles come out in input order.

            Text is decoded as browsers do: byte order mark, HTTP charset, <meta charset>, UTF-8, \
            then windows-1252. Empty, binary and oversized inputs are refused: an input over \
            --max-bytes is not truncated, since half a page would give half an article.

            Each input that gives no article gets one line on standard error, \
            "copydesk: <input>: <reason>", and the others are still processed; what could be \
            worked around gets "copydesk: warning: <input>: <text>".

            EXIT STATUS
              0  every input gave an article
              1  some inputs failed (each named on standard error)
              2  usage error: an unknown option, a bad value, no INPUT
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, http(s) URLs, or - for standard input.", valueName: "input"))
    var inputs: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl

        var renderer: ArticleRenderer.Format {
            switch self {
            case .text: .text
            case .json: .json
            case .jsonl: .jsonl
            }
        }
    }

    @Option(
        help: "Output format: text, json (one object, or an array for several inputs) or jsonl (one object per line).")
    var format: Format = .text

    @Option(
        name: .customLong("max-bytes"),
        help: ArgumentHelp("Refuse inputs larger than this, e.g. 200M or 1G. (default: 50M)", valueName: "size"),
        transform: { text in
            guard let count = ByteCount.parse(text) else {
                throw ValidationError("--max-bytes wants a positive size such as 50000000, 50M or 1G, not \"\(text)\"")
            }
            return count
        }
    )
    var maxBytes: Int = ReadOptions.defaultMaxBytes

    @Option(help: ArgumentHelp("Seconds allowed to fetch each URL.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        guard timeout > 0, timeout <= Fetcher.longestTimeout else {
            throw ValidationError("--timeout wants a number of seconds above 0 and at most 86400 (a day)")
        }
    }

    func run() throws {
        let reader = InputReader(options: ReadOptions(maxBytes: maxBytes, timeout: timeout))
        let batch = ArticleBatch(arguments: inputs, reader: reader)
        var output = ArticleStream(format: format.renderer, isList: batch.isCollection)
        var failures = 0
        write(output.opening)
        batch.run { result in
            switch result {
            case .article(let article):
                for warning in article.warnings { printWarning(source: article.source, warning) }
                // Text is for people, and the page's controls must not reach their terminal;
                // JSON escapes its own.
                let rendered = output.next(article)
                write(format == .text ? TerminalText.escaped(rendered, keepingLines: true) : rendered)
            case .failure(let error):
                failures += 1
                printError("copydesk: \(error)")
            case .warning(let source, let message):
                printWarning(source: source, message)
            }
        }
        write(output.closing)
        if failures > 0 { throw ExitCode(1) }
    }
}
