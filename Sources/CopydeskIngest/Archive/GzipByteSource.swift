internal import CZlib

/// Inflates gzip data as it is read: one member or many concatenated (as `.warc.gz` files are,
/// one member per record), with memory bounded by two fixed buffers.
public final class GzipByteSource<Base: ByteSource>: ByteSource {
    private var base: Base
    private let source: String
    private var stream = z_stream()
    private let inputCapacity = 1 << 16
    private let input: UnsafeMutablePointer<UInt8>
    private var inputBuffer: [UInt8] = []
    private var initialised = false
    private var finished = false
    /// True once a member has ended and the next one has not started: end of input there is fine.
    private var betweenMembers = true
    /// Compressed bytes consumed so far, for error messages.
    public private(set) var compressedOffset = 0

    public init(_ base: Base, source: String) throws(IngestError) {
        self.base = base
        self.source = source
        self.input = .allocate(capacity: inputCapacity)
        // 15 + 16: gzip framing only; a zlib or raw stream is not what a .gz file holds.
        guard copydesk_inflateInit2(&stream, 15 + 16) == Z_OK else {
            input.deallocate()
            throw IngestError(.unreadable, source: source, "cannot start gzip decompression")
        }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(&stream) }
        input.deallocate()
    }

    public func read(into buffer: inout [UInt8], limit: Int) throws(IngestError) -> Int {
        guard !finished, limit > 0 else { return 0 }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: limit))
        var produced = 0
        defer { buffer.removeLast(limit - produced) }
        while produced == 0 {
            if stream.avail_in == 0 {
                inputBuffer.removeAll(keepingCapacity: true)
                let count = try base.read(into: &inputBuffer, limit: inputCapacity)
                if count == 0 {
                    finished = true
                    if betweenMembers { return 0 }
                    throw IngestError(
                        .unreadable, source: source,
                        "gzip data ends early (truncated file?) after \(compressedOffset) compressed bytes")
                }
                inputBuffer.withUnsafeBytes { raw in
                    if let base = raw.baseAddress {
                        input.update(from: base.assumingMemoryBound(to: UInt8.self), count: count)
                    }
                }
                stream.next_in = input
                stream.avail_in = UInt32(count)
            }
            if betweenMembers {
                // Concatenated members may be padded with zero bytes: skip them.
                while stream.avail_in > 0, stream.next_in.pointee == 0 {
                    stream.next_in += 1
                    stream.avail_in -= 1
                    compressedOffset += 1
                }
                if stream.avail_in == 0 { continue }
                betweenMembers = false
            }
            let availableBefore = stream.avail_in
            let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress.map { $0 + start + produced }
                stream.avail_out = UInt32(limit - produced)
                let status = inflate(&stream, Z_NO_FLUSH)
                produced = limit - Int(stream.avail_out)
                return status
            }
            compressedOffset += Int(availableBefore - stream.avail_in)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another member may follow: start over on the remaining bytes.
                inflateReset(&stream)
                betweenMembers = true
            default:
                finished = true
                let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw IngestError(
                    .unreadable, source: source,
                    "not valid gzip data at compressed byte \(compressedOffset): \(reason)")
            }
        }
        return produced
    }
}
