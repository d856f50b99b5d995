public import CopydeskExtract

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Lines and fixed-size blocks out of a ``ByteSource``, with the offset of each in the stream.
///
/// The buffer grows only as far as the longest line or block asks, and no further than the
/// caller's limit, so memory is bounded by the largest record allowed, not by the archive or by
/// a length an archive claims.
public struct BufferedReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private let chunk: Int
    /// Offset in the (decompressed) stream of the next byte to be returned.
    public private(set) var offset = 0

    /// The most one read asks of the source: a claimed length (a WARC `Content-Length` of
    /// Int.max) must not become one allocation of that size.
    static var largestRead: Int { 1 << 24 }

    /// Reads `source` in pieces of `chunk` bytes.
    public init(_ source: Source, chunk: Int = 1 << 16) {
        self.source = source
        self.chunk = max(1, chunk)
    }

    /// Reads until at least `count` unread bytes are buffered or the stream ends.
    private mutating func fill(_ count: Int) throws(IngestError) {
        while buffer.count - position < count, !atEnd {
            if position > 0, position >= buffer.count / 2 {
                buffer.removeFirst(position)
                position = 0
            }
            let missing = count - (buffer.count - position)
            do {
                if try source.read(into: &buffer, limit: min(max(chunk, missing), Self.largestRead)) == 0 {
                    atEnd = true
                }
            } catch {
                // What was read before the damage is still good: hand it out first.
                atEnd = true
                pendingError = error
            }
        }
    }

    /// A read error held back until the bytes before it have been returned.
    private var pendingError: IngestError?

    /// Throws the held-back error, dropping what is buffered (it belongs to the damaged part).
    /// After damage the source can step over (`IngestError.Code.damaged`), reading goes on.
    private mutating func raisePending(_ error: IngestError) throws(IngestError) -> Never {
        pendingError = nil
        offset += buffer.count - position
        buffer.removeAll(keepingCapacity: true)
        position = 0
        if error.code.isResumable { atEnd = false }
        throw error
    }

    /// The next line without its `\n` (and `\r` before it), or nil at the end of the stream.
    ///
    /// A line longer than `maximumLength` is read through and dropped, without holding more than
    /// a chunk of it, and reported with `IngestError.Code.tooLarge`; the next call returns the
    /// line after it.
    public mutating func nextLine(maximumLength: Int = .max) throws(IngestError) -> ArraySlice<UInt8>? {
        var searchFrom = position
        while true {
            if let newline = Self.newline(in: buffer, from: searchFrom) {
                var end = newline
                if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                if end - position > maximumLength {
                    offset += newline + 1 - position
                    let length = newline - position
                    position = newline + 1
                    throw Self.lineTooLong(length, limit: maximumLength)
                }
                let line = buffer[position..<end]
                offset += newline + 1 - position
                position = newline + 1
                return line
            }
            if atEnd {
                // A line cut by the damage is not a line.
                if let pendingError { try raisePending(pendingError) }
                guard position < buffer.count else { return nil }
                if buffer.count - position > maximumLength {
                    let length = buffer.count - position
                    offset += length
                    position = buffer.count
                    throw Self.lineTooLong(length, limit: maximumLength)
                }
                let line = buffer[position...]
                offset += buffer.count - position
                position = buffer.count
                return line
            }
            let scanned = buffer.count - position
            if scanned > maximumLength {
                try discardLongLine(scanned, limit: maximumLength)
            }
            try fill(scanned + chunk)
            searchFrom = position + scanned
        }
    }

    /// Drops the rest of a line already longer than `limit`, through its line feed, a chunk at a
    /// time, then reports it.
    private mutating func discardLongLine(_ seen: Int, limit: Int) throws(IngestError) -> Never {
        var length = seen
        offset += buffer.count - position
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while true {
            try fill(1)
            if let pendingError { try raisePending(pendingError) }
            guard !buffer.isEmpty else { break }
            if let newline = Self.newline(in: buffer, from: 0) {
                length += newline
                offset += newline + 1
                position = newline + 1
                break
            }
            length += buffer.count
            offset += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        throw Self.lineTooLong(length, limit: limit)
    }

    static func lineTooLong(_ length: Int, limit: Int) -> IngestError {
        IngestError(
            .tooLarge, source: "",
            "line too long: \(ByteCount.format(length)), over the limit of \(ByteCount.format(limit))")
    }

    /// The index of the first line feed at or after `start`, found with memchr.
    private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start >= 0, start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next `count` bytes, or fewer if the stream ends first. The caller bounds `count`: all
    /// of it is held in memory.
    public mutating func next(_ count: Int) throws(IngestError) -> ArraySlice<UInt8> {
        let count = max(0, count)
        try fill(count)
        let available = buffer.count - position
        if available < count, let pendingError { try raisePending(pendingError) }
        let end = position + min(count, available)
        let block = buffer[position..<end]
        offset += end - position
        position = end
        return block
    }

    /// Passes over the next `count` bytes without holding them; returns how many there were
    /// (fewer than `count` when the stream ends first).
    public mutating func skip(_ count: Int) throws(IngestError) -> Int {
        var remaining = max(0, count)
        while remaining > 0 {
            if position >= buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                try fill(min(remaining, chunk))
                if let pendingError, position >= buffer.count { try raisePending(pendingError) }
                if position >= buffer.count { break }
            }
            let step = min(remaining, buffer.count - position)
            position += step
            offset += step
            remaining -= step
        }
        return max(0, count) - remaining
    }

    /// Passes over up to `count` line ends (CR, LF) and reports a failed checksum found right
    /// after them, at the end of what was read: the bytes just returned came from a damaged
    /// part. The error is taken, so it is not thrown again; nil when there is none.
    public mutating func checksumFailureAfter(lineEnds count: Int) throws(IngestError) -> IngestError? {
        var passed = 0
        while passed < count {
            try fill(1)
            guard position < buffer.count, buffer[position] == 0x0D || buffer[position] == 0x0A else { break }
            position += 1
            offset += 1
            passed += 1
        }
        try fill(1)
        guard position >= buffer.count, let error = pendingError, error.code == .failedChecksum else { return nil }
        pendingError = nil
        atEnd = false
        return error
    }

    /// True when every byte has been returned (and no damage is left to report).
    public mutating func isAtEnd() throws(IngestError) -> Bool {
        try fill(1)
        return position >= buffer.count && pendingError == nil
    }
}
