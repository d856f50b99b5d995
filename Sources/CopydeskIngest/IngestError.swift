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
