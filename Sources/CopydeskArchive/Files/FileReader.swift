package import CopydeskExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the bytes of a local file or of standard input, within a size limit, with POSIX calls so
/// every failure has its own reason and nothing can block: a FIFO without a writer reads as
/// empty instead of hanging, `/dev/zero` stops at the limit.
package struct FileReader: Sendable {
    package var maxBytes: Int

    package init(maxBytes: Int) { self.maxBytes = maxBytes }

    package func read(path: String, source: String) throws(IngestError) -> [UInt8] {
        // O_NONBLOCK so that opening a FIFO does not wait for a writer.
        // LocalPath: a name that is not UTF-8, or a path over PATH_MAX, opens like any other.
        let descriptor = LocalPath.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.openError(errno, path: path, source: source) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw IngestError(.unreadable, source: source, "cannot read: \(Self.reason(errno))")
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
            throw IngestError(.unsupported, source: source, "is a directory")
        }
        if type == S_IFREG && Int(status.st_size) > maxBytes {
            throw Self.tooLarge(size: Int(status.st_size), limit: maxBytes, source: source)
        }
        if type != S_IFREG {
            // Pipes and devices (process substitution, /dev/stdin) are read as they come.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        }
        return try readAll(descriptor, expected: type == S_IFREG ? Int(status.st_size) : 0, source: source)
    }

    package func readStandardInput(source: String) throws(IngestError) -> [UInt8] {
        try readAll(STDIN_FILENO, expected: 0, source: source)
    }

    /// Reads to end of file, refusing as soon as more than `maxBytes` arrive.
    private func readAll(_ descriptor: Int32, expected: Int, source: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        // Files whose size is known (and not zero, as /proc files claim) are read in one go.
        var capacity = max(min(expected, maxBytes) + 1, 64 * 1024)
        bytes.reserveCapacity(capacity)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestError(.unreadable, source: source, "cannot read: \(Self.reason(errno))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes {
                throw Self.tooLarge(size: nil, limit: maxBytes, source: source)
            }
            if bytes.count > capacity / 2 {
                capacity *= 2
                bytes.reserveCapacity(capacity)
            }
        }
        return bytes
    }

    package static func tooLarge(size: Int?, limit: Int, source: String) -> IngestError {
        let size = size.map { ByteCount.format($0) } ?? "more than \(ByteCount.format(limit))"
        return IngestError(
            .tooLarge, source: source,
            "too large: \(size), over the limit of \(ByteCount.format(limit)) (raise it with --max-bytes)")
    }

    private static func openError(_ code: Int32, path: String, source: String) -> IngestError {
        switch code {
        case ENOENT:
            // A symbolic link whose target is missing exists for lstat but not for open.
            if let link = LocalPath.status(path, followingLinks: false), (link.st_mode & S_IFMT) == S_IFLNK {
                return IngestError(.notFound, source: source, "broken symbolic link (its target does not exist)")
            }
            return IngestError(.notFound, source: source, "no such file or directory")
        case ENOTDIR:
            return IngestError(.notFound, source: source, "no such file (a part of the path is not a directory)")
        case ELOOP:
            return IngestError(.unreadable, source: source, "symbolic link loop")
        case EACCES, EPERM:
            return IngestError(.unreadable, source: source, "permission denied")
        default:
            return IngestError(.unreadable, source: source, "cannot open: \(reason(code))")
        }
    }

    /// The C library's words for an error, lower-cased to sit after a colon.
    package static func reason(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        let text = String(cString: message)
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// `read(2)`, named apart from ``FileReader/read(path:source:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
