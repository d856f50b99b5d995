/// Why a dedup run, an index or a distributed step could not go on (as opposed to one document
/// that could not be read, which becomes a row of its own). Shown to users as one line; tests and
/// callers match the ``code``, never the words.
public struct DedupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure it was: callers and tests match the code, never the words.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        /// The code as written in logs (`not-an-index`).
        public var rawValue: String
        /// A code from its written form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The written form.
        public var description: String { rawValue }

        /// The scratch file that holds shingle sets could not be created, written, read or mapped.
        public static let scratch = Code(rawValue: "scratch")
        /// The file is not a copydesk index (missing, another SQLite database, or not SQLite).
        public static let notAnIndex = Code(rawValue: "not-an-index")
        /// An index written by another copydesk, in a format this one does not read: rebuild it.
        public static let otherFormat = Code(rawValue: "other-format")
        /// Part of an index is damaged (a shingle set, a band run, its settings): rebuild it.
        public static let damaged = Code(rawValue: "damaged")
        /// The index holds as many documents as it can.
        public static let full = Code(rawValue: "full")
        /// Another process holds the index for writing, or the lock could not be taken.
        public static let locked = Code(rawValue: "locked")
        /// A write to an index opened for reading.
        public static let readOnly = Code(rawValue: "read-only")
        /// SQLite refused an operation (the message carries its reason).
        public static let database = Code(rawValue: "database")
        /// A signature record or a distributed step's input is malformed or incomplete.
        public static let badRecord = Code(rawValue: "bad-record")
    }

    /// What kind of failure it was.
    public var code: Code
    /// What went wrong, in words a user can act on.
    public var message: String

    /// A failure of kind `code`, with the words a user reads.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message, the one line a user sees.
    public var description: String { message }
}
