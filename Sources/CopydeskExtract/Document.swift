/// Raw input after it has been read and decoded, before an article is found in it.
public struct Document: Sendable {
    public enum Kind: Sendable, Hashable {
        case html
        case text
    }

    /// The input as the user gave it (a path, a URL, `-`, or a path inside a directory).
    public var source: String
    /// A short stable id, see ``Article/id``.
    public var id: String
    /// The content, decoded to Unicode.
    public var content: String
    public var kind: Kind
    /// The URL the bytes came from, after redirects, when fetched.
    public var url: String?
    /// What reading and decoding noticed (a charset that lied, bytes replaced), carried into the
    /// article's warnings.
    public var warnings: [String]

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
