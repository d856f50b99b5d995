public import CopydeskText

/// Renders extracted articles as text, JSON or JSON Lines (the `extract` command's output).
public enum ArticleRenderer {
    /// The JSON object of one article, keys in the documented order, `null` where unknown.
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
            $0.field("language", article.language)
            $0.field("paragraphs", strings: article.paragraphs)
            $0.field("text", article.text)
            $0.field("word_count", article.wordCount)
            $0.field("warnings", strings: article.warnings)
        }
    }

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
            ("Byline", article.byline), ("Published", article.published), ("Outlet", article.outlet),
            ("Credit", article.credit), ("Dateline", article.dateline), ("URL", article.url),
            ("Language", article.language),
        ]
        for (label, value) in metadata { if let value { lines.append("\(label): \(value)") } }
        lines.append("Words: \(article.wordCount)")
        for warning in article.warnings { lines.append("Warning: \(warning)") }
        lines.append("")
        lines.append(article.text)
        return lines.joined(separator: "\n")
    }
}
