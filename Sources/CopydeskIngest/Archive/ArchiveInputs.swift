internal import Foundation

/// Every item of the inputs a user named, one at a time: JSONL (`.jsonl`, `.ndjson`, optionally
/// `.gz`), WARC (`.warc`, `.warc.gz`), `-` for JSONL on standard input, single pages (`.html`,
/// `.txt`, …), and directories walked recursively in name order.
///
/// Only one archive is open at a time and each is streamed, so memory does not grow with the
/// size of the inputs.
public struct ArchiveInputs: ArchiveReader {
    private var pending: [String]
    private var current: (any ArchiveReader)?
    private var currentFile: FileByteSource?
    private var finishedBytes = 0

    /// Bytes of input files read so far (compressed bytes for `.gz`): with ``totalBytes(of:)``,
    /// how far along a run is.
    public var bytesRead: Int { finishedBytes + (currentFile?.bytesRead ?? 0) }
    public private(set) var skipped: [String: Int] = [:]

    public init(_ inputs: [String]) {
        pending = inputs.reversed()
    }

    public mutating func next() -> ArchiveEntry? {
        while true {
            if var reader = current {
                let entry = reader.next()
                current = reader
                if let entry { return entry }
                for (reason, count) in reader.skipped { skipped[reason, default: 0] += count }
                current = nil
                finishedBytes += currentFile?.bytesRead ?? 0
                currentFile = nil
            }
            guard let input = pending.popLast() else { return nil }
            switch Self.open(input) {
            case .reader(let reader, let file):
                current = reader
                currentFile = file
            case .entry(let entry): return entry
            case .directory(let files): pending.append(contentsOf: files.reversed())
            }
        }
    }

    private enum Opened {
        case reader(any ArchiveReader, FileByteSource?)
        case entry(ArchiveEntry)
        case directory([String])
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

    private static func open(_ input: String) -> Opened {
        if input == "-" {
            return .reader(JSONLArchive(FileByteSource(standardInput: ()), name: "-"), nil)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            return .entry(.failure(ArchiveFailure(source: input, message: "no such file or directory")))
        }
        if isDirectory.boolValue {
            return .directory(files(under: input))
        }
        do {
            switch kind(of: input) {
            case .jsonl(let gzip):
                let file = try FileByteSource(path: input)
                if gzip { return .reader(JSONLArchive(try GzipByteSource(file, source: input), name: input), file) }
                return .reader(JSONLArchive(file, name: input), file)
            case .warc(let gzip):
                let file = try FileByteSource(path: input)
                if gzip { return .reader(WARCArchive(try GzipByteSource(file, source: input), name: input), file) }
                return .reader(WARCArchive(file, name: input), file)
            case .page:
                let document = try InputReader().read(input)
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
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            for file in isDirectory.boolValue ? files(under: input) : [input] {
                let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? NSNumber
                total += size?.intValue ?? 0
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

    /// Archives and pages under a directory, recursively, sorted by path so runs are reproducible;
    /// hidden files are left out.
    static func files(under directory: String) -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: URL(fileURLWithPath: directory), includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                isWalked(url.lastPathComponent)
            else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            files.append(prefix + relative)
        }
        return files.sorted()
    }
}
