public import CopydeskExtract

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A stream of bytes read in chunks: a file, standard input, or a decompressor over either.
///
/// Archives are read through this so that memory stays bounded by the chunk size, whatever the
/// size of the archive.
public protocol ByteSource {
    /// Appends up to `limit` bytes to `buffer`; returns how many, 0 at the end of the stream.
    mutating func read(into buffer: inout [UInt8], limit: Int) throws(IngestError) -> Int
}

/// Bytes from a file descriptor, read with `read(2)`.
///
/// The descriptor is closed when the source is, or at deinit, unless it is standard input.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let source: String
    private var closed = false
    /// Bytes read so far, for progress reports.
    public private(set) var bytesRead = 0

    /// Opens `path` for reading.
    public init(path: String) throws(IngestError) {
        let descriptor = LocalPath.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw IngestError(.notFound, source: LocalPath.display(path), "cannot open: \(reason)")
        }
        self.descriptor = descriptor
        self.source = path
    }

    /// Reads standard input; it is never closed.
    public init(standardInput: Void = ()) {
        self.descriptor = 0
        self.source = "-"
        self.closed = true
    }

    deinit {
        if !closed { _ = close(descriptor) }
    }

    /// Reads up to `limit` bytes with `read(2)`, retrying when interrupted; a read error throws
    /// `IngestError` `.unreadable`.
    public func read(into buffer: inout [UInt8], limit: Int) throws(IngestError) -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: limit))
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress.map { $0 + start }, limit)
            }
            if count < 0 && errno == EINTR { continue }
            break
        }
        buffer.removeLast(limit - max(count, 0))
        bytesRead += max(count, 0)
        guard count >= 0 else {
            let reason = String(cString: strerror(errno))
            throw IngestError(.unreadable, source: source, "read failed: \(reason)")
        }
        return count
    }
}

/// `read(2)`, named apart from ``ByteSource/read(into:limit:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
