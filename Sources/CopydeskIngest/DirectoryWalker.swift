import CopydeskArchive
public import CopydeskExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the inputs under a directory: recursively, in sorted order so that every run lists them
/// alike, following symbolic links but never round a loop. The one walker of every command:
/// `extract` and `compare` take pages and text files, `dedup`, `signatures` and `index` archives
/// too (``ArchiveInputs``).
///
/// Every entry a command would read is accounted for: a file to read, or a failure saying why not
/// (a broken link, a FIFO or device, a folder that cannot be listed). Hidden files and folders
/// (`.git`, `.DS_Store`) are skipped, and so are files with other extensions (images, style
/// sheets). A link back to a folder being walked is reported once and not followed; a folder
/// reached a second time through another link is not walked again. Names that are not UTF-8 and
/// paths longer than `PATH_MAX` are read like any other (`LocalPath`).
public struct DirectoryWalker: Sendable {
    /// The extensions `extract` reads from directories; a file named on the command line is
    /// read whatever its extension.
    static let extensions: Set<String> = ["html", "htm", "xhtml", "txt"]

    /// One thing a walk found.
    public enum Found: Equatable, Sendable {
        /// A file to read: `path` for the system calls (see `LocalPath`), `source` for people.
        case file(path: String, source: String)
        /// Something under the folder that cannot be read (a broken link, a FIFO, a folder without
        /// permission).
        case failure(IngestError)
        /// Something passed over at no cost, such as a symbolic link loop, with what to tell the
        /// user.
        case warning(source: String, message: String)
    }

    /// Whether a file name is one to read.
    let accepts: @Sendable (String) -> Bool
    /// What to call the inputs when a directory holds none.
    let wanted: String

    /// A walker for the files whose names `accepts` takes.
    public init(accepting accepts: @escaping @Sendable (String) -> Bool, wanted: String) {
        self.accepts = accepts
        self.wanted = wanted
    }

    /// The walker of `extract` and `compare`: pages and text files.
    public static let pages = DirectoryWalker(
        accepting: { extensions.contains(fileExtension($0)) }, wanted: ".html, .htm, .xhtml or .txt files")

    /// A directory's identity, the same through every link that leads to it.
    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// One directory being listed: its path, sorted entries, and how far through them we are.
    private struct Level {
        var path: String
        var identity: Identity
        var names: [String]
        var next = 0
    }

    static func walk(_ root: String) -> [Found] { pages.walk(root) }

    /// Everything under `root` that the walker accepts, in sorted order, with a failure or warning
    /// for what cannot be read.
    public func walk(_ root: String) -> [Found] {
        var found: [Found] = []
        let rootSource = LocalPath.display(root)
        guard let status = LocalPath.status(root) else {
            return [.failure(IngestError(.unreadable, source: rootSource, "cannot read: \(FileReader.reason(errno))"))]
        }
        let rootPath = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        var walked: Set<Identity> = [Identity(status)]
        var stack: [Level] = []
        switch Self.list(rootPath) {
        case .success(let names): stack.append(Level(path: rootPath, identity: Identity(status), names: names))
        case .failure(let error): return [.failure(error)]
        }

        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].next < stack[top].names.count else {
                stack.removeLast()
                continue
            }
            let name = stack[top].names[stack[top].next]
            stack[top].next += 1
            let path = stack[top].path == "/" ? "/" + name : stack[top].path + "/" + name
            let source = LocalPath.display(path)
            let wanted = accepts(LocalPath.display(name))

            guard LocalPath.status(path, followingLinks: false) != nil else {
                // Listed a moment ago: it was removed, or its folder changed under us.
                if wanted {
                    found.append(.failure(IngestError(.notFound, source: source, "cannot read: \(FileReader.reason(errno))")))
                }
                continue
            }
            guard let target = LocalPath.status(path) else {
                // Only a link can exist yet fail to stat: its target is missing, or it loops.
                // A loop hides nothing, so it is a warning; a missing page is a failure.
                let code = errno
                if code == ELOOP {
                    found.append(.warning(source: source, message: "symbolic link loop, not followed"))
                } else if wanted {
                    let reason =
                        code == ENOENT || code == ENOTDIR
                        ? "broken symbolic link (its target does not exist)" : "cannot read: \(FileReader.reason(code))"
                    found.append(.failure(IngestError(code == ENOENT ? .notFound : .unreadable, source: source, reason)))
                }
                continue
            }
            switch target.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = Identity(target)
                if let ancestor = stack.first(where: { $0.identity == identity }) {
                    found.append(
                        .warning(
                            source: source,
                            message: "symbolic link loop back to \(LocalPath.display(ancestor.path)), not followed"))
                    continue
                }
                guard walked.insert(identity).inserted else { continue }
                switch Self.list(path) {
                case .success(let names): stack.append(Level(path: path, identity: identity, names: names))
                case .failure(let error): found.append(.failure(error))
                }
            case S_IFREG:
                if wanted { found.append(.file(path: path, source: source)) }
            default:
                if wanted {
                    found.append(
                        .failure(
                            IngestError(.unsupported, source: source, "not a regular file (a FIFO, socket or device)")))
                }
            }
        }
        let accounted = found.contains {
            switch $0 {
            case .file, .failure: true
            case .warning: false
            }
        }
        if !accounted {
            // A directory must account for itself too: silence would look like success.
            found.append(.failure(IngestError(.notFound, source: rootSource, "no \(self.wanted) in this directory")))
        }
        return found
    }

    /// The lower-cased extension of a file name, without the dot.
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The visible entries of a directory, sorted by their bytes so the order is the same on
    /// every machine and locale.
    private static func list(_ path: String) -> Result<[String], IngestError> {
        switch LocalPath.list(path) {
        case .failure(let error):
            let code = error.code
            let reason = code == EACCES ? "permission denied" : FileReader.reason(code)
            return .failure(IngestError(.unreadable, source: LocalPath.display(path), "cannot read directory: \(reason)"))
        case .success(var names):
            names.removeAll { $0.hasPrefix(".") }
            let keyed = names.map { (key: LocalPath.bytes($0), name: $0) }
            return .success(keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { $0.name })
        }
    }
}
