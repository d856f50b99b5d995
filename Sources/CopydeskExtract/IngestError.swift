/// Why an input produced no article. Shown to users as one line: `source: message`.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure it was: callers and tests match the code, never the words.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        /// The code as written in logs (`not-found`).
        public var rawValue: String
        /// A code from its written form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The written form.
        public var description: String { rawValue }

        /// No file, folder or page at that name.
        public static let notFound = Code(rawValue: "not-found")
        /// It exists but cannot be read (permissions, a device, an I/O error).
        public static let unreadable = Code(rawValue: "unreadable")
        /// Nothing in it, or only white space.
        public static let empty = Code(rawValue: "empty")
        /// An image, a PDF, an archive: not text.
        public static let binary = Code(rawValue: "binary")
        /// Over a limit (`--max-bytes`, a record, an inflated body).
        public static let tooLarge = Code(rawValue: "too-large")
        /// Read, but no article in it (a login page, a list of links, too few words).
        public static let noArticle = Code(rawValue: "no-article")
        /// A URL that could not be fetched (status, timeout, redirects, connection).
        public static let network = Code(rawValue: "network")
        /// A scheme, encoding or format this tool does not read.
        public static let unsupported = Code(rawValue: "unsupported")
        /// A record that does not parse (a JSON line, a WARC header).
        public static let parse = Code(rawValue: "parse")
        /// Part of a stream is damaged but reading can go on after it (the next gzip member).
        public static let damaged = Code(rawValue: "damaged")
        /// As ``damaged``, found only by a checksum once the damaged part was handed out: what was
        /// read just before is not to be trusted.
        public static let failedChecksum = Code(rawValue: "failed-checksum")

        /// Damage that reading can step over.
        public var isResumable: Bool { self == .damaged || self == .failedChecksum }
    }

    /// What kind of failure it was.
    public var code: Code
    /// The input as the user gave it.
    public var source: String
    /// What went wrong, in words a user can act on.
    public var message: String

    /// A failure of `source`, with the words a user reads.
    public init(_ code: Code, source: String, _ message: String) {
        self.code = code
        self.source = source
        self.message = message
    }

    /// `source: message`, the one line a user sees.
    public var description: String { "\(source): \(message)" }
}
