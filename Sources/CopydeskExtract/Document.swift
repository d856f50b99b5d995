/// Raw input after it has been read and decoded, before an article is found in it.
public struct Document: Sendable {
    /// Which extractor reads the content.
    public enum Kind: Sendable, Hashable {
        /// A web page: ``HTMLArticleExtractor``.
        case html
        /// Plain text, or the text of a whole page: ``PageDumpExtractor``.
        case text
    }

    /// The input as the user gave it (a path, a URL, `-`, or a path inside a directory).
    public var source: String
    /// A short stable id, see `Article/id`.
    public var id: String
    /// The content, decoded to Unicode.
    public var content: String
    /// HTML or text, as sniffed from the bytes (or given by the archive).
    public var kind: Kind
    /// The URL the bytes came from, after redirects, when fetched.
    public var url: String?
    /// What reading and decoding noticed (a charset that lied, bytes replaced), carried into the
    /// article's warnings.
    public var warnings: [String]

    /// A document from its parts; `url` only when fetched, `warnings` from reading and decoding.
    public init(
        source: String, id: String, content: String, kind: Kind, url: String? = nil,
        warnings: [String] = []
    ) {
        self.source = source
        self.id = id
        self.content = content
        self.kind = kind
        self.url = url
        self.warnings = warnings
    }
}
