public import CopydeskExtract

internal import CZlib

/// Inflates gzip data as it is read: one member or many concatenated (as `.warc.gz` files are,
/// one member per record), with memory bounded by two fixed buffers.
///
/// Damage is contained: when a member is corrupt, reading throws once with
/// `IngestError` `.damaged` and the next read resumes at the next member's header, so the
/// intact records after a bad one are still read. A member that inflates more than
/// ``maximumRatio`` times its compressed size (past the first ``ratioAllowance`` bytes) is a
/// decompression bomb and is treated as damage; ``maximumOutput``, when set, caps the whole
/// stream (for one document's body).
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
    /// Set after damage: the next read looks for the next member's header first.
    private var resynchronising = false
    /// Compressed bytes consumed so far, for error messages.
    public private(set) var compressedOffset = 0
    /// Bytes produced so far, all members.
    public private(set) var producedTotal = 0
    /// Why the last damage was found, in zlib's words or ours.
    public private(set) var damageReason: String?
    private var memberStart = 0
    private var memberOutput = 0

    /// Output per byte of input beyond which a member is taken for a decompression bomb. Text
    /// and HTML deflate 3–15 times; only long runs of one byte reach deflate's ceiling of ~1,032.
    public let maximumRatio: Int
    /// Output a member may reach before the ratio is checked, so short runs never trip it.
    public let ratioAllowance: Int
    /// The most the whole stream may inflate to; nil for a stream of many documents.
    public let maximumOutput: Int?

    /// 200: text and HTML deflate 3–15 times, so only a bomb (or long runs of one byte) goes past.
    public static var defaultMaximumRatio: Int { 200 }
    /// 8 MB: a member may inflate this far before its ratio is checked.
    public static var defaultRatioAllowance: Int { 8 << 20 }

    /// How the compressed data is framed.
    public enum Framing: Sendable {
        /// gzip members, as in `.gz` files and `Content-Encoding: gzip`.
        case gzip
        /// A zlib stream (or gzip), as `Content-Encoding: deflate` is meant to be.
        case zlib
        /// Bare deflate data, as some servers send `Content-Encoding: deflate`.
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: 15 + 16
            case .zlib: 15 + 32
            case .raw: -15
            }
        }
    }

    /// Inflates `base`, named `source` in error messages; throws when zlib cannot be set up.
    public init(
        _ base: Base, source: String, maximumRatio: Int = GzipByteSource.defaultMaximumRatio,
        ratioAllowance: Int = GzipByteSource.defaultRatioAllowance, maximumOutput: Int? = nil,
        framing: Framing = .gzip
    ) throws(IngestError) {
        self.base = base
        self.source = source
        self.maximumRatio = max(1, maximumRatio)
        self.ratioAllowance = max(0, ratioAllowance)
        self.maximumOutput = maximumOutput
        self.input = .allocate(capacity: inputCapacity)
        // gzip framing by default: a zlib or raw stream is not what a .gz file holds.
        guard copydesk_inflateInit2(&stream, framing.windowBits) == Z_OK else {
            input.deallocate()
            throw IngestError(.unreadable, source: source, "cannot start gzip decompression")
        }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(&stream) }
        input.deallocate()
    }

    /// Refills the input buffer from the base source; false at its end. `keeping` bytes at the
    /// end of the current input are kept in front (a header cut by the buffer's edge).
    private func refill(keeping: Int = 0) throws(IngestError) -> Bool {
        let kept = min(keeping, Int(stream.avail_in), 2)
        if kept > 0, let next = stream.next_in {
            // At most two bytes, copied out first: the source lies in the same buffer.
            let tail = (0..<kept).map { next[Int(stream.avail_in) - kept + $0] }
            for (i, byte) in tail.enumerated() { input[i] = byte }
        }
        inputBuffer.removeAll(keepingCapacity: true)
        let count = try base.read(into: &inputBuffer, limit: inputCapacity - kept)
        if count == 0 { return false }
        inputBuffer.withUnsafeBytes { raw in
            if let bytes = raw.baseAddress {
                (input + kept).update(from: bytes.assumingMemoryBound(to: UInt8.self), count: count)
            }
        }
        stream.next_in = input
        stream.avail_in = UInt32(kept + count)
        return true
    }

    /// Moves to the next gzip member header (1F 8B 08) after damage; false when there is none.
    private func resynchronise() throws(IngestError) -> Bool {
        while true {
            var available = Int(stream.avail_in)
            if available >= 3, let next = stream.next_in {
                var i = 0
                while i + 2 < available {
                    if next[i] == 0x1F && next[i + 1] == 0x8B && next[i + 2] == 0x08 { break }
                    i += 1
                }
                stream.next_in = next + i
                stream.avail_in = UInt32(available - i)
                compressedOffset += i
                available -= i
                if available >= 3 {
                    inflateReset(&stream)
                    resynchronising = false
                    betweenMembers = true
                    memberStart = compressedOffset
                    memberOutput = 0
                    return true
                }
            }
            // Keep what might be the start of a header cut by the end of the buffer.
            guard try refill(keeping: available) else {
                compressedOffset += Int(stream.avail_in)
                stream.avail_in = 0
                return false
            }
        }
    }

    /// Damage at the current position: reported once, then reading resumes at the next member.
    private func damage(_ reason: String, checksum: Bool = false) -> IngestError {
        damageReason = reason
        resynchronising = true
        betweenMembers = false
        // Step past the damaged member's header so the search finds the next one.
        if stream.avail_in > 0, compressedOffset <= memberStart + 1 {
            stream.next_in += 1
            stream.avail_in -= 1
            compressedOffset += 1
        }
        return IngestError(
            checksum ? .failedChecksum : .damaged, source: source,
            "damaged gzip data at compressed byte \(memberStart)–\(compressedOffset): \(reason); reading resumes at the next gzip member"
        )
    }

    /// Appends up to `limit` inflated bytes; throws `IngestError` `.damaged` once per corrupt
    /// member, then resumes at the next one.
    public func read(into buffer: inout [UInt8], limit: Int) throws(IngestError) -> Int {
        guard !finished, limit > 0 else { return 0 }
        if resynchronising {
            guard try resynchronise() else {
                finished = true
                return 0
            }
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: limit))
        var produced = 0
        defer { buffer.removeLast(limit - produced) }
        while produced == 0 {
            if stream.avail_in == 0 {
                guard try refill() else {
                    finished = true
                    if betweenMembers { return 0 }
                    throw IngestError(
                        .unreadable, source: source,
                        "gzip data ends early (truncated file?) after \(compressedOffset) compressed bytes")
                }
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
                memberStart = compressedOffset
                memberOutput = 0
            }
            let availableBefore = stream.avail_in
            let before = produced
            let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress.map { $0 + start + produced }
                stream.avail_out = UInt32(clamping: limit - produced)
                let status = inflate(&stream, Z_NO_FLUSH)
                produced = limit - Int(stream.avail_out)
                return status
            }
            compressedOffset += Int(availableBefore - stream.avail_in)
            memberOutput += produced - before
            producedTotal += produced - before
            if let maximumOutput, producedTotal > maximumOutput {
                finished = true
                throw IngestError(
                    .tooLarge, source: source,
                    "gzip data inflates to more than \(ByteCount.format(maximumOutput)), over the limit")
            }
            if memberOutput > ratioAllowance, memberOutput / max(1, compressedOffset - memberStart) > maximumRatio {
                produced = before
                throw damage("inflates more than \(maximumRatio) times its size (a decompression bomb?)")
            }
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another member may follow: start over on the remaining bytes.
                inflateReset(&stream)
                betweenMembers = true
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                // The trailer's CRC or length is checked after the member's bytes were produced.
                throw damage(reason, checksum: reason.hasPrefix("incorrect data check") || reason.hasPrefix("incorrect length check"))
            }
        }
        return produced
    }
}
