public import CopydeskExtract
public import CopydeskText

/// One article-sized item read from an archive: a document with the metadata the archive carried
/// for it, or the reason an item could not be read.
public enum ArchiveEntry: Sendable {
    /// A document, with the metadata the archive gave for it.
    case document(ArchivedDocument)
    /// An item that could not be read; reading goes on with the next.
    case failure(ArchiveFailure)
}

/// A document out of an archive, with the metadata the archive gave beside it.
public struct ArchivedDocument: Sendable {
    /// `source` names the item inside the archive: `archive.jsonl:12` (line) or
    /// `crawl.warc.gz@40960` (offset of the record in the decompressed stream).
    public var document: Document
    /// The headline the archive gave for the item; it takes precedence over the page's.
    public var title: String?
    /// The outlet the archive gave for the item; it takes precedence over the page's.
    public var outlet: String?
    /// As the archive gave it; normalised to ISO 8601 when it can be read as a date.
    public var published: String?
    /// A JSONL line's text still escaped, when the reader was asked to defer it
    /// (``JSONLArchive/defersText``); the document's content is then empty.
    public var escapedText: EscapedJSONText?

    /// A document with the metadata its archive carried.
    public init(document: Document, title: String? = nil, outlet: String? = nil, published: String? = nil) {
        self.document = document
        self.title = title
        self.outlet = outlet
        self.published = published
    }

    /// The article in the document: HTML through the extractor, text as it stands (an archive's
    /// text field is the article already, split into paragraphs at line breaks), with the
    /// archive's metadata taking precedence over what the page says.
    public func article() throws(IngestError) -> Article {
        var article: Article
        switch document.kind {
        case .html:
            article = try ArticleExtractor().extract(document)
        case .text:
            let paragraphs = (escapedText?.string ?? document.content)
                .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
            guard !paragraphs.isEmpty else {
                throw IngestError(.empty, source: document.source, "the text is empty")
            }
            article = Article(source: document.source, id: document.id, paragraphs: paragraphs)
            article.warnings = document.warnings
        }
        if let title { article.title = title }
        if let outlet { article.outlet = outlet }
        if let published { article.published = published }
        if let url = document.url { article.url = url }
        return article
    }
}

/// An archive item that could not be read: one line naming where and why.
public struct ArchiveFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in which input: `archive.jsonl:12`, `crawl.warc@1024`, or a file path.
    public var source: String
    /// The item's id when it could still be read.
    public var id: String?
    /// What went wrong, in words a user can act on.
    public var message: String

    /// A failure at `source`, with the item's id when it could still be read.
    public init(source: String, id: String? = nil, message: String) {
        self.source = source
        self.id = id
        self.message = message
    }

    /// A failure from an ingest error, keeping its source and message.
    public init(_ error: IngestError, id: String? = nil) {
        self.init(source: error.source, id: id, message: error.message)
    }

    /// `source: message`, the one line a user sees.
    public var description: String { "\(source): \(message)" }
}

/// Reads items one at a time out of an archive.
public protocol ArchiveReader {
    /// The next item, or nil at the end. A damaged item is returned as a failure and reading goes
    /// on: past a corrupt gzip member at the next member, past an item over the size limit at
    /// the next item. Damage that makes the rest unreadable (a truncated file, a WARC record
    /// without a length) ends it after one failure.
    mutating func next() -> ArchiveEntry?
    /// Items passed over on purpose (WARC `request`, `warcinfo` and non-HTML records), by reason.
    var skipped: [String: Int] { get }
}
