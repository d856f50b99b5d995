import CopydeskExtract

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A JSONL line's `text` as it stands in the line: the bytes between the quotes, escapes and all.
///
/// A JSONL reader asked to defer the text (``JSONLArchive/defersText``) checks every escape but
/// copies the bytes as they are; the text is unescaped later by whoever reads it, on whatever
/// thread, into a buffer it reuses. The reading thread then costs a scan of the line, not a
/// `String` per article, and dedup's workers unescape and tokenise while the bytes are in cache.
public struct EscapedJSONText: Sendable {
    /// The bytes between the quotes, every escape already checked by the reader.
    public let bytes: [UInt8]
    /// The longest text accepted, in UTF-8 bytes once unescaped (the archive's limit).
    public let maxBytes: Int

    /// Escaped `bytes`, as a reader found and checked them, under a limit of `maxBytes`.
    public init(bytes: [UInt8], maxBytes: Int) {
        self.bytes = bytes
        self.maxBytes = maxBytes
    }

    /// The text as a string: what an archive read without deferring gives as the content.
    public var string: String { bytes.withUnsafeBufferPointer { Self.string($0) } }

    /// Escaped bytes a reader has checked, unescaped into a string (invalid UTF-8 as U+FFFD): the
    /// one JSON unescaper, behind every string `JSONLine` reads as well as the deferred texts.
    static func string(_ source: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = source.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), source.count) != nil else {
            return String(decoding: source, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: source.count) { unescape(source, into: $0) }
    }

    /// Why the text is refused, when its unescaped length `count` is over ``maxBytes``: the
    /// words a reader that does not defer says at once.
    public func tooLarge(_ count: Int) -> String? {
        guard count > maxBytes else { return nil }
        return "too large: a text of \(ByteCount.format(count)), over the limit of \(ByteCount.format(maxBytes))"
    }

    /// Replaces the contents of `output` with the unescaped text, as valid UTF-8: byte for byte
    /// `String(decoding:as:)` of what the non-deferring reader unescapes (invalid UTF-8 in the
    /// line becomes U+FFFD the same way). `output`'s capacity is kept, so a thread that reuses
    /// one buffer allocates nothing once it has seen its longest text.
    ///
    /// memchr finds each backslash; the runs between are copied in bulk. An escape the reader
    /// would have refused (it never hands one over) is copied as it stands rather than trapping.
    public func unescape(into output: inout [UInt8]) {
        // Unescaped text is never longer than escaped (`\uXXXX` is at most 3 bytes, a surrogate
        // pair 4 for 12): room for all of it at once, written through a pointer, cut after.
        let room = bytes.count
        if output.count < room { output.append(contentsOf: repeatElement(0, count: room - output.count)) }
        let written = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in Self.unescape(source, into: target) }
        }
        output.removeLast(output.count - written)
        // Escapes write valid UTF-8; only bytes copied from the line can be invalid.
        if output.withUnsafeBufferPointer({ Self.highBits($0) & 0x80 != 0 && !UTF8Check.isValid($0) }) {
            output = Array(String(decoding: output, as: UTF8.self).utf8)
        }
    }

    /// Writes the unescaped `source` to `target` (room for `source.count` bytes) and returns how
    /// many bytes it wrote. memchr finds each backslash; the runs between are copied with memcpy.
    /// An escape the reader would have refused (it never hands one over) is copied as it stands.
    static func unescape(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let base = source.baseAddress, let out = target.baseAddress, target.count >= source.count else { return 0 }
        let count = source.count
        var index = 0
        var written = 0
        // Every write below is at most as long as the input it consumes, so `written` never
        // passes `index` and the target (as long as the source) has room.
        func put(_ byte: UInt8) {
            out[written] = byte
            written &+= 1
        }
        while index < count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "\\")), count - index) else {
                (out + written).update(from: base + index, count: count - index)
                written &+= count - index
                break
            }
            let slash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            (out + written).update(from: base + index, count: slash - index)
            written &+= slash - index
            index = slash + 1
            guard index < count else {
                put(UInt8(ascii: "\\"))
                break
            }
            let escape = source[index]
            index += 1
            switch escape {
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(source, at: index) else {
                    put(UInt8(ascii: "\\"))
                    put(escape)
                    continue
                }
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 1 < count, source[index] == UInt8(ascii: "\\"),
                    source[index + 1] == UInt8(ascii: "u"), let low = hex4(source, at: index + 2)
                {
                    index += 6
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        // 12 bytes in, 3 + at most 3 out.
                        written = encodeUTF8(0xFFFD, into: out, at: written)
                        scalar = low
                    }
                }
                written = encodeUTF8(scalar, into: out, at: written)
            default:
                // `"`, `\`, `/`: the byte itself (and anything else, which the reader refused).
                put(escape)
            }
        }
        return written
    }

    /// The bits set in any byte of `bytes` (only 0x80 is looked at: is any byte outside ASCII?),
    /// eight bytes at a time.
    static func highBits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard let base = bytes.baseAddress else { return 0 }
        var accumulated: UInt64 = 0
        var index = 0
        let count = bytes.count
        while index &+ 8 <= count {
            accumulated |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index &+= 8
        }
        var tail: UInt8 = 0
        while index < count {
            tail |= base[index]
            index &+= 1
        }
        return (accumulated & 0x8080_8080_8080_8080 != 0 ? 0x80 : 0) | tail
    }

    /// Four hex digits at `index`, or nil.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index >= 0, index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Writes the UTF-8 of a scalar value at `out + at` and returns the new end; a lone
    /// surrogate (or anything that is not a scalar) is U+FFFD. Writes at most 4 bytes, and only
    /// from a `\u` escape of 6 bytes or more.
    static func encodeUTF8(_ value: UInt32, into out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        let value = Unicode.Scalar(value)?.value ?? 0xFFFD
        switch value {
        case 0..<0x80:
            out[at] = UInt8(truncatingIfNeeded: value)
            return at &+ 1
        case 0x80..<0x800:
            out[at] = 0xC0 | UInt8(truncatingIfNeeded: value >> 6)
            out[at &+ 1] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return at &+ 2
        case 0x800..<0x10000:
            out[at] = 0xE0 | UInt8(truncatingIfNeeded: value >> 12)
            out[at &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
            out[at &+ 2] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return at &+ 3
        default:
            out[at] = 0xF0 | UInt8(truncatingIfNeeded: value >> 18)
            out[at &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F)
            out[at &+ 2] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
            out[at &+ 3] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return at &+ 4
        }
    }
}

/// Whether bytes are well-formed UTF-8 as Swift's `String` takes it (no overlong forms, no
/// surrogates, nothing above U+10FFFF), without making a `String`.
enum UTF8Check {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        while index < count {
            // Runs of ASCII eight bytes at a time.
            if let base = bytes.baseAddress, index &+ 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index &+= 8
                continue
            }
            let lead = bytes[index]
            switch lead {
            case 0x00...0x7F:
                index += 1
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0:
                guard continuation(1, 0xA0...0xBF), continuation(2) else { return false }
                index += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                index += 3
            case 0xED:
                guard continuation(1, 0x80...0x9F), continuation(2) else { return false }
                index += 3
            case 0xF0:
                guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF4:
                guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
