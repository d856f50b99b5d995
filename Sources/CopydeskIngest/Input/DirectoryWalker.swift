#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the pages and text files under a directory: recursively, in sorted order so that every
/// run lists them alike, following symbolic links but never round a loop.
///
/// Hidden files and folders (`.git`, `.DS_Store`) are skipped, and so are files with other
/// extensions (images, style sheets). A link back to a folder being walked is reported once and
/// not followed; a folder reached a second time through another link is not walked again.
struct DirectoryWalker {
    /// The extensions read from directories; a file named on the command line is read whatever
    /// its extension.
    static let extensions: Set<String> = ["html", "htm", "xhtml", "txt"]

    enum Found: Equatable {
        case file(String)
        case failure(IngestError)
        case warning(source: String, message: String)
    }

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

    static func walk(_ root: String) -> [Found] {
        var found: [Found] = []
        var status = stat()
        guard stat(root, &status) == 0 else {
            return [.failure(IngestError(.unreadable, source: root, "cannot read: \(FileReader.reason(errno))"))]
        }
        let rootPath = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        var walked: Set<Identity> = [Identity(status)]
        var stack: [Level] = []
        switch list(rootPath) {
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
            let hasExtension = extensions.contains(fileExtension(name))

            var link = stat()
            guard lstat(path, &link) == 0 else { continue }  // vanished while we looked
            var target = stat()
            guard stat(path, &target) == 0 else {
                // Only a link can exist yet fail to stat: its target is missing, or it loops.
                // A loop hides nothing, so it is a warning; a missing page is a failure.
                if errno == ELOOP {
                    found.append(.warning(source: path, message: "symbolic link loop, not followed"))
                } else if hasExtension {
                    found.append(
                        .failure(
                            IngestError(.notFound, source: path, "broken symbolic link (its target does not exist)")))
                }
                continue
            }
            switch target.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = Identity(target)
                if let ancestor = stack.first(where: { $0.identity == identity }) {
                    found.append(
                        .warning(source: path, message: "symbolic link loop back to \(ancestor.path), not followed"))
                    continue
                }
                guard walked.insert(identity).inserted else { continue }
                switch list(path) {
                case .success(let names): stack.append(Level(path: path, identity: identity, names: names))
                case .failure(let error): found.append(.failure(error))
                }
            case S_IFREG:
                if hasExtension { found.append(.file(path)) }
            default:
                if hasExtension {
                    found.append(
                        .failure(
                            IngestError(.unsupported, source: path, "not a regular file (a FIFO, socket or device)")))
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
            found.append(
                .failure(IngestError(.notFound, source: root, "no .html, .htm, .xhtml or .txt files in this directory"))
            )
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
        guard let directory = opendir(path) else {
            let code = errno
            let reason = code == EACCES ? "permission denied" : FileReader.reason(code)
            return .failure(IngestError(.unreadable, source: path, "cannot read directory: \(reason)"))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .success(names)
    }
}
