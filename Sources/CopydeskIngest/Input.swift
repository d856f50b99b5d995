import CopydeskArchive
import CopydeskExtract

/// One input to read, after the arguments have been resolved: a file (named, or found in a
/// directory), standard input, or a web address.
public struct Input: Sendable, Hashable {
    /// Where an input's bytes come from.
    public enum Location: Sendable, Hashable {
        /// A file, by its path for the system calls.
        case file(path: String)
        /// Standard input (`-`).
        case standardInput
        /// An `http` or `https` address.
        case url(String)
    }

    /// The input as the user gave it, or the path of a file found in a directory they gave.
    public var source: String
    /// Where to read it from.
    public var location: Location
    /// The short stable id of the article, unique within one run.
    public var id: String

    /// An input read from `location`, shown as `source`, with the article id `id`.
    public init(source: String, location: Location, id: String) {
        self.source = source
        self.location = location
        self.id = id
    }
}
