/// windows-1252, the charset browsers use for pages that declare `iso-8859-1`, `latin1` or
/// `ascii`, or declare nothing and are not UTF-8.
///
/// It is ISO-8859-1 except for 0x80–0x9F, where it has typographic quotes, dashes, `€` and a few
/// letters instead of C1 controls. Decoded here rather than by iconv because iconv's CP1252 leaves
/// five of those bytes undefined, which browsers map to the C1 controls of the same value.
public enum Windows1252 {
    /// What bytes 0x80–0x9F mean (0x81, 0x8D, 0x8F, 0x90 and 0x9D keep their C1 values).
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The character a byte stands for; also what browsers make of a numeric reference such as
    /// `&#150;` (–) or `&#x80;` (€) that names a C1 control.
    public static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte <= 0x9F, let scalar = Unicode.Scalar(high[Int(byte &- 0x80)]) {
            return scalar
        }
        return Unicode.Scalar(byte)
    }

    /// Decodes windows-1252 bytes; every byte maps to a character, so nothing is ever replaced.
    ///
    /// - Complexity: O(n), writing UTF-8 directly into the string's storage.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    output[written] = byte
                    written &+= 1
                    continue
                }
                let value = byte <= 0x9F ? UInt32(high[Int(byte &- 0x80)]) : UInt32(byte)
                if value < 0x800 {
                    output[written] = UInt8(0xC0 | (value >> 6))
                    output[written &+ 1] = UInt8(0x80 | (value & 0x3F))
                    written &+= 2
                } else {
                    output[written] = UInt8(0xE0 | (value >> 12))
                    output[written &+ 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    output[written &+ 2] = UInt8(0x80 | (value & 0x3F))
                    written &+= 3
                }
            }
            return written
        }
    }

    /// Decodes windows-1252 bytes held in an array.
    public static func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }
}
