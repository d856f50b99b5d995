#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Lines and fixed-size blocks out of a ``ByteSource``, with the offset of each in the stream.
///
/// The buffer grows only as far as the longest line or block asks, so memory is bounded by the
/// largest record, not by the archive.
public struct BufferedReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private let chunk: Int
    /// Offset in the (decompressed) stream of the next byte to be returned.
    public private(set) var offset = 0

    public init(_ source: Source, chunk: Int = 1 << 16) {
        self.source = source
        self.chunk = chunk
    }

    /// Reads until at least `count` unread bytes are buffered or the stream ends.
    private mutating func fill(_ count: Int) throws(IngestError) {
        while buffer.count - position < count, !atEnd {
            if position > 0, position >= buffer.count / 2 {
                buffer.removeFirst(position)
                position = 0
            }
            do {
                if try source.read(into: &buffer, limit: max(chunk, count)) == 0 { atEnd = true }
            } catch {
                // What was read before the damage is still good: hand it out first.
                atEnd = true
                pendingError = error
            }
        }
    }

    /// A read error held back until the bytes before it have been returned.
    private var pendingError: IngestError?

    /// The next line without its `\n` (and `\r` before it), or nil at the end of the stream.
    public mutating func nextLine() throws(IngestError) -> ArraySlice<UInt8>? {
        var searchFrom = position
        while true {
            if let newline = Self.newline(in: buffer, from: searchFrom) {
                var end = newline
                if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[position..<end]
                offset += newline + 1 - position
                position = newline + 1
                return line
            }
            if atEnd {
                if let pendingError {
                    // A line cut by the damage is not a line.
                    self.pendingError = nil
                    position = buffer.count
                    throw pendingError
                }
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                offset += buffer.count - position
                position = buffer.count
                return line
            }
            let scanned = buffer.count - position
            try fill(scanned + chunk)
            searchFrom = position + scanned
        }
    }

    /// The index of the first line feed at or after `start`, found with memchr.
    private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next `count` bytes, or fewer if the stream ends first.
    public mutating func next(_ count: Int) throws(IngestError) -> ArraySlice<UInt8> {
        try fill(count)
        if buffer.count - position < count, let pendingError {
            self.pendingError = nil
            throw pendingError
        }
        let end = min(buffer.count, position + count)
        let block = buffer[position..<end]
        offset += end - position
        position = end
        return block
    }

    /// True when every byte has been returned.
    public mutating func isAtEnd() throws(IngestError) -> Bool {
        try fill(1)
        return position >= buffer.count
    }
}
