import CopydeskArchive
public import CopydeskExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the arguments a user typed into the inputs to read, in order: files as named,
/// directories expanded into the pages and text files under them, `-` for standard input,
/// `http(s)://` addresses. Every argument is accounted for: an input, or a line saying why not.
public struct InputResolver: Sendable {
    /// What one argument, or one file under a folder, gives.
    public enum Entry: Sendable, Equatable {
        /// An input to read.
        case input(Input)
        /// An argument, or something in a directory, that gives no input.
        case failure(IngestError)
        /// Something skipped that costs nothing, such as a symbolic link loop in a directory.
        case warning(source: String, message: String)
    }

    /// A resolver; it keeps no state between calls.
    public init() {}

    /// - Complexity: O(n log n) in the files under the directories named, which are listed but
    ///   not read.
    public func resolve(_ arguments: [String]) -> [Entry] {
        var entries: [Entry] = []
        var ids = StableID.Registry()
        var readStandardInput = false
        for argument in arguments {
            if argument == "-" {
                guard !readStandardInput else {
                    entries.append(
                        .failure(IngestError(.unsupported, source: "-", "standard input can be read only once")))
                    continue
                }
                readStandardInput = true
                entries.append(.input(Input(source: "-", location: .standardInput, id: ids.claim("stdin"))))
                continue
            }
            if let scheme = Self.urlScheme(argument) {
                switch Self.webAddress(argument, scheme: scheme) {
                case .success(let address):
                    entries.append(
                        .input(
                            Input(source: argument, location: .url(address), id: ids.claim(StableID.forURL(address)))))
                case .failure(let error):
                    entries.append(.failure(error))
                }
                continue
            }
            guard !argument.isEmpty else {
                entries.append(.failure(IngestError(.notFound, source: argument, "empty file name")))
                continue
            }
            if Self.isDirectory(argument) {
                for found in DirectoryWalker.walk(argument) {
                    switch found {
                    case .file(let path, let source):
                        entries.append(
                            .input(
                                Input(source: source, location: .file(path: path), id: ids.claim(StableID.forFile(source))))
                        )
                    case .failure(let error):
                        entries.append(.failure(error))
                    case .warning(let source, let message):
                        entries.append(.warning(source: source, message: message))
                    }
                }
                continue
            }
            // Anything else is read as a file; reading it says what is wrong with it.
            entries.append(
                .input(
                    Input(source: argument, location: .file(path: argument), id: ids.claim(StableID.forFile(argument))))
            )
        }
        return entries
    }

    /// Whether `path` is a directory, or a link to one.
    static func isDirectory(_ path: String) -> Bool { LocalPath.isDirectory(path) }

    /// The scheme of an argument written as `scheme://…`, lower-cased; `nil` for a path.
    static func urlScheme(_ argument: String) -> String? {
        guard let separator = argument.firstRange(of: "://") else { return nil }
        let scalars = Array(argument[..<separator.lowerBound].unicodeScalars)
        guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic,
            scalars.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
            })
        else { return nil }
        let scheme = String(String.UnicodeScalarView(scalars))
        return scheme.lowercased()
    }

    private static func webAddress(_ argument: String, scheme: String) -> Result<String, IngestError> {
        guard scheme == "http" || scheme == "https" else {
            return .failure(
                IngestError(
                    .unsupported, source: argument,
                    "unsupported URL scheme \"\(scheme)\": only http:// and https:// addresses are fetched"))
        }
        guard let address = Fetcher.validate(argument) else {
            return .failure(IngestError(.unsupported, source: argument, "not a valid web address"))
        }
        return .success(address)
    }
}
