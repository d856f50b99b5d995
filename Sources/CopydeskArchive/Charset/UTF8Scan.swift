/// What a pass over bytes says about them as UTF-8: how many well-formed multi-byte characters,
/// how many ill-formed sequences (each one becomes one U+FFFD when decoded, as Swift's decoder
/// and browsers replace a maximal ill-formed subpart), and where the first one sits.
struct UTF8Scan: Sendable, Equatable {
    /// Well-formed sequences of two to four bytes.
    var multibyte = 0
    /// Ill-formed sequences.
    var invalid = 0
    /// Byte offset of the first ill-formed sequence.
    var firstInvalidOffset: Int?

    var hasNonASCII: Bool { multibyte > 0 || invalid > 0 }

    /// Whether the bytes read as UTF-8 with a few damaged characters, rather than as text in
    /// another charset that happens to hold a valid sequence or two: a UTF-8 page with a bad byte
    /// still carries more good multi-byte characters than bad ones, while in windows-1252 text
    /// nearly every accented letter is "invalid" (é is 0xE9 followed by ASCII).
    var looksLikeDamagedUTF8: Bool { multibyte > 0 && invalid <= multibyte }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var i = 0
        while i < count {
            // Skip ASCII eight bytes at a time: most of any page is markup.
            while i &+ 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 8
            }
            guard i < count else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                i &+= 1
                continue
            }
            // The second byte's range depends on the lead (Unicode Table 3-7): this rules out
            // overlong forms, surrogates and code points above U+10FFFF.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: length = 0
            }
            var consumed = 1
            var wellFormed = length > 0
            while wellFormed && consumed < length {
                let index = i &+ consumed
                guard index < count else {
                    wellFormed = false
                    break
                }
                let byte = bytes[index]
                if consumed == 1 ? (byte < low || byte > high) : (byte < 0x80 || byte > 0xBF) {
                    wellFormed = false
                    break
                }
                consumed &+= 1
            }
            if wellFormed {
                multibyte &+= 1
            } else {
                invalid &+= 1
                if firstInvalidOffset == nil { firstInvalidOffset = i }
            }
            i &+= consumed
        }
    }

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { UTF8Scan($0) }
    }
}
