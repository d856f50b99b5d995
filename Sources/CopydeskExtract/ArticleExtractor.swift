public import CopydeskText

/// Turns a decoded ``Document`` into an `Article`: HTML through ``HTMLArticleExtractor``,
/// plain text (including text dumps of whole web pages) through ``PageDumpExtractor``.
public struct ArticleExtractor: Sendable {
    /// An extractor; it holds no state.
    public init() {}

    /// The article in `document`, or why there is none (`noArticle`, `tooLarge`).
    public func extract(_ document: Document) throws(IngestError) -> Article {
        var article: Article
        switch document.kind {
        case .html:
            article = try HTMLArticleExtractor().extract(document)
        case .text:
            article = try PageDumpExtractor().extract(document)
        }
        article.warnings = document.warnings + article.warnings
        return article
    }
}
