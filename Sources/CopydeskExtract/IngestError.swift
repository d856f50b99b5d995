/// Why an input produced no article. Shown to users as one line: `source: message`.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let notFound = Code(rawValue: "not-found")
        public static let unreadable = Code(rawValue: "unreadable")
        public static let empty = Code(rawValue: "empty")
        public static let binary = Code(rawValue: "binary")
        public static let tooLarge = Code(rawValue: "too-large")
        public static let noArticle = Code(rawValue: "no-article")
        public static let network = Code(rawValue: "network")
        public static let unsupported = Code(rawValue: "unsupported")
        public static let parse = Code(rawValue: "parse")
        /// Part of a stream is damaged but reading can go on after it (the next gzip member).
        public static let damaged = Code(rawValue: "damaged")
        /// As ``damaged``, found only by a checksum once the damaged part was handed out: what was
        /// read just before is not to be trusted.
        public static let failedChecksum = Code(rawValue: "failed-checksum")

        /// Damage that reading can step over.
        public var isResumable: Bool { self == .damaged || self == .failedChecksum }
    }

    public var code: Code
    /// The input as the user gave it.
    public var source: String
    /// What went wrong, in words a user can act on.
    public var message: String

    public init(_ code: Code, source: String, _ message: String) {
        self.code = code
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
