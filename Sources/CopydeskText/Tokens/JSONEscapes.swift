#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// JSON string escapes, read where the text is needed: the one unescaper behind `JSONLine`'s
/// strings, the deferred texts of a JSONL archive (`EscapedJSONText`) and the tokenizer that reads
/// an escaped text directly (`WordTokenizer.tokenize(escapedJSON:into:)`). It lives here, below
/// the archive readers, so that the tokenizer can share it.
package enum JSONEscapes {
    /// Writes the unescaped `source` to `target` (room for `source.count` bytes) and returns how
    /// many bytes it wrote. memchr finds each backslash; the runs between are copied with memcpy.
    /// An escape the reader would have refused (it never hands one over) is copied as it stands.
    package static func unescape(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
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
    package static func highBits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
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
    package static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
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
    package static func encodeUTF8(_ value: UInt32, into out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
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
package enum UTF8Check {
    package static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
