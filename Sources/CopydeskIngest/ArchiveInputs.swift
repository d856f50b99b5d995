public import CopydeskArchive
import CopydeskExtract

internal import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Every item of the inputs a user named, one at a time: JSONL (`.jsonl`, `.ndjson`, optionally
/// `.gz`), WARC (`.warc`, `.warc.gz`), `-` for JSONL on standard input, single pages (`.html`,
/// `.txt`, …), and directories walked recursively in name order by ``DirectoryWalker``, as
/// `extract` walks them: links followed, and every file that cannot be read (a broken link, a
/// FIFO, a folder without permission) an item of its own, a failure.
///
/// Only one archive is open at a time and each is streamed, so memory does not grow with the
/// size of the inputs.
public struct ArchiveInputs: ArchiveReader {
    /// Inputs still to open, last first.
    private var pending: [Pending]
    private var current: (any ArchiveReader)?
    private var currentFile: FileByteSource?
    private var finishedBytes = 0

    /// Bytes of input files read so far (compressed bytes for `.gz`): with ``totalBytes(of:)``,
    /// how far along a run is.
    public var bytesRead: Int { finishedBytes + (currentFile?.bytesRead ?? 0) }
    /// Items passed over on purpose in every archive read so far (WARC records that are not HTML
    /// responses), by reason.
    public private(set) var skipped: [String: Int] = [:]
    /// What a directory walk passed over at no cost (a symbolic link loop), as it was met; the
    /// caller prints these.
    public var warnings: [ArchiveFailure] = []
    /// Whether JSONL texts are handed over still escaped (`JSONLArchive.defersText`), for a
    /// reader that unescapes them on its own threads. Off by default.
    public var defersJSONText = false

    /// The items of `inputs` (paths, folders, `-`), read in the order given.
    public init(_ inputs: [String]) {
        pending = inputs.reversed().map { .input(path: $0, source: $0) }
    }

    /// The next item of the current input, opening the next input when one ends; nil after the
    /// last.
    public mutating func next() -> ArchiveEntry? {
        while true {
            if current != nil {
                // In place through the optional: a copy of the reader (`if var reader = current`)
                // shares its buffers with `current`, so the first write to them copied the
                // whole read buffer for every line.
                if let entry = current?.next() { return entry }
                for (reason, count) in current?.skipped ?? [:] { skipped[reason, default: 0] += count }
                current = nil
                finishedBytes += currentFile?.bytesRead ?? 0
                currentFile = nil
            }
            guard let next = pending.popLast() else { return nil }
            let (path, source): (String, String)
            switch next {
            case .input(let nextPath, let nextSource): (path, source) = (nextPath, nextSource)
            case .failure(let failure): return .failure(failure)
            case .warning(let warning):
                warnings.append(warning)
                continue
            }
            switch Self.open(path, source: source, defersJSONText: defersJSONText) {
            case .reader(let reader, let file):
                current = reader
                currentFile = file
            case .entry(let entry): return entry
            case .directory(let found):
                // Failures come back in walk order, between the files around them.
                for item in found.reversed() {
                    switch item {
                    case .file(let path, let source): pending.append(.input(path: path, source: source))
                    case .failure(let error): pending.append(.failure(ArchiveFailure(error)))
                    case .warning(let source, let message):
                        pending.append(.warning(ArchiveFailure(source: source, message: message)))
                    }
                }
            }
        }
    }

    /// An input named, a file a walk found, or what a walk reported in its place.
    private enum Pending {
        /// `path` for the system calls (see ``LocalPath``), `source` for people.
        case input(path: String, source: String)
        case failure(ArchiveFailure)
        case warning(ArchiveFailure)
    }

    private enum Opened {
        case reader(any ArchiveReader, FileByteSource?)
        case entry(ArchiveEntry)
        case directory([DirectoryWalker.Found])
    }

    /// What kind of archive a file name says it is.
    enum Kind: Equatable {
        case jsonl(gzip: Bool)
        case warc(gzip: Bool)
        case page
    }

    static func kind(of path: String) -> Kind {
        let name = path.lowercased()
        let gzip = name.hasSuffix(".gz")
        let stem = gzip ? String(name.dropLast(3)) : name
        if stem.hasSuffix(".jsonl") || stem.hasSuffix(".ndjson") { return .jsonl(gzip: gzip) }
        if stem.hasSuffix(".warc") { return .warc(gzip: gzip) }
        return .page
    }

    private static func open(_ input: String, source: String, defersJSONText: Bool) -> Opened {
        if input == "-" {
            var archive = JSONLArchive(FileByteSource(standardInput: ()), name: "-")
            archive.defersText = defersJSONText
            return .reader(archive, nil)
        }
        guard let status = LocalPath.status(input) else {
            let code = errno
            var reason = code == ENOENT ? "no such file or directory" : FileReader.reason(code)
            if code == ENOENT, let link = LocalPath.status(input, followingLinks: false),
                (link.st_mode & S_IFMT) == S_IFLNK
            {
                reason = "broken symbolic link (its target does not exist)"
            } else if code == ELOOP {
                reason = "symbolic link loop"
            }
            return .entry(.failure(ArchiveFailure(source: source, message: reason)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            return .directory(walker.walk(input))
        }
        do {
            switch kind(of: input) {
            case .jsonl(let gzip):
                let file = try FileByteSource(path: input)
                if gzip {
                    var archive = JSONLArchive(try GzipByteSource(file, source: source), name: source)
                    archive.defersText = defersJSONText
                    return .reader(archive, file)
                }
                var archive = JSONLArchive(file, name: source)
                archive.defersText = defersJSONText
                return .reader(archive, file)
            case .warc(let gzip):
                let file = try FileByteSource(path: input)
                if gzip { return .reader(WARCArchive(try GzipByteSource(file, source: source), name: source), file) }
                return .reader(WARCArchive(file, name: source), file)
            case .page:
                let id = StableID.forFile(source)
                let document = try InputReader().read(Input(source: source, location: .file(path: input), id: id))
                return .entry(.document(ArchivedDocument(document: document)))
            }
        } catch {
            return .entry(.failure(ArchiveFailure(error)))
        }
    }

    /// The size of every file the inputs name, directories walked; standard input counts 0.
    public static func totalBytes(of inputs: [String]) -> Int {
        var total = 0
        for input in inputs where input != "-" {
            let files =
                LocalPath.isDirectory(input)
                ? walker.walk(input).compactMap { found -> String? in
                    if case .file(let path, _) = found { return path }
                    return nil
                } : [input]
            for file in files {
                if let status = LocalPath.status(file), (status.st_mode & S_IFMT) == S_IFREG {
                    total += Int(status.st_size)
                }
            }
        }
        return total
    }

    /// Names a directory walk takes: archives and pages. Anything else in a folder (a truth file,
    /// a README, images) is not an article; a file named explicitly is read whatever its name.
    static let walkedExtensions: Set<String> = [
        "jsonl", "ndjson", "warc", "html", "htm", "xhtml", "shtml", "txt",
    ]

    static func isWalked(_ name: String) -> Bool {
        var parts = name.lowercased().split(separator: ".")
        if parts.count > 1, parts.last == "gz" { parts.removeLast() }
        guard parts.count > 1, let last = parts.last else { return false }
        return walkedExtensions.contains(String(last))
    }

    /// The walker for archives and pages, links followed, every failure reported.
    static let walker = DirectoryWalker(
        accepting: { isWalked($0) }, wanted: "archives (.jsonl, .ndjson, .warc, optionally .gz) or pages")
}
