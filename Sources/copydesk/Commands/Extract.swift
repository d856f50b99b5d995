import ArgumentParser
import CopydeskIngest
import CopydeskReport
import CopydeskText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Strip pages down to their article: title, byline, date, outlet, credit, paragraphs."
    )

    @Argument(help: "Files, directories, URLs, or - for standard input.")
    var inputs: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @Option(help: "Output format: text, json or jsonl.")
    var format: Format = .text

    func run() throws {
        var failed = false
        for input in inputs {
            do {
                let document = try InputReader().read(input)
                let article = try ArticleExtractor().extract(document)
                switch format {
                case .text: print(ArticleRenderer.text(article))
                case .json, .jsonl: print(ArticleRenderer.json(article))
                }
            } catch {
                failed = true
                printError("copydesk: \(error)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
