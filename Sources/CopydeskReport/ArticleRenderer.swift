public import CopydeskText

/// Renders extracted articles as text, JSON or JSON Lines (the `extract` command's output).
public enum ArticleRenderer {
    /// The output formats of `copydesk extract --format`.
    public enum Format: String, Sendable, CaseIterable {
        /// `text`: title, metadata lines and paragraphs, for people; `json`: one object, or an
        /// array for several inputs; `jsonl`: one compact object per line.
        case text, json, jsonl
    }

    /// The line between two articles in text output.
    public static let rule = String(repeating: "─", count: 72)

    /// The JSON object of one article, keys in the documented order (`Article.CodingKeys`),
    /// `null` where unknown.
    public static func write(_ article: Article, to json: inout JSONWriter) {
        json.object {
            $0.field("source", article.source)
            $0.field("id", article.id)
            $0.field("title", article.title)
            $0.field("byline", article.byline)
            $0.field("published", article.published)
            $0.field("outlet", article.outlet)
            $0.field("url", article.url)
            $0.field("credit", article.credit)
            $0.field("dateline", article.dateline)
            $0.field("language", article.language)
            $0.field("paragraphs", strings: article.paragraphs)
            $0.field("text", article.text)
            $0.field("word_count", article.wordCount)
            $0.field("warnings", strings: article.warnings)
        }
    }

    /// The JSON object of one article as a string, compact by default.
    public static func json(_ article: Article, pretty: Bool = false) -> String {
        var json = JSONWriter(pretty: pretty)
        write(article, to: &json)
        return json.output
    }

    /// Title, metadata lines, then the paragraphs separated by blank lines.
    public static func text(_ article: Article) -> String {
        var lines: [String] = []
        lines.append(article.title ?? "(no title)")
        let metadata: [(String, String?)] = [
            ("Source", article.source), ("Byline", article.byline), ("Published", article.published),
            ("Outlet", article.outlet), ("Credit", article.credit), ("Dateline", article.dateline),
            ("URL", article.url), ("Language", article.language),
        ]
        for (label, value) in metadata { if let value { lines.append("\(label): \(value)") } }
        lines.append("Words: \(article.wordCount)")
        for warning in article.warnings { lines.append("Warning: \(warning)") }
        lines.append("")
        lines.append(article.text)
        return lines.joined(separator: "\n")
    }
}

/// Writes a run's articles one at a time in one format, so output can start before the last
/// input is read: text with a rule line between articles, JSON as one object (one input) or an
/// array (several), JSON Lines as one compact object per line.
public struct ArticleStream: Sendable {
    /// The format every article is written in.
    public let format: ArticleRenderer.Format
    /// Whether JSON output is an array; a run over several inputs gives one even when only one
    /// article came out, so scripts see the same shape every time.
    public let isList: Bool
    /// Articles written so far.
    public private(set) var count = 0

    /// A stream in `format`; `isList` makes JSON an array even for one article.
    public init(format: ArticleRenderer.Format, isList: Bool) {
        self.format = format
        self.isList = isList
    }

    /// What comes before the first article.
    public var opening: String { format == .json && isList ? "[" : "" }

    /// One article, with whatever separates it from the one before.
    public mutating func next(_ article: Article) -> String {
        defer { count += 1 }
        switch format {
        case .text:
            return (count == 0 ? "" : "\n\(ArticleRenderer.rule)\n\n") + ArticleRenderer.text(article) + "\n"
        case .jsonl:
            return ArticleRenderer.json(article) + "\n"
        case .json:
            let object = ArticleRenderer.json(article, pretty: true)
            guard isList else { return object + "\n" }
            let indented = object.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n")
            return (count == 0 ? "\n" : ",\n") + indented
        }
    }

    /// What comes after the last article.
    public var closing: String {
        guard format == .json && isList else { return "" }
        return count == 0 ? "]\n" : "\n]\n"
    }
}
