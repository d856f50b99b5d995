/// What a scalar does to a token, decided from its code point alone (no `Character` work).
enum ScalarClass: UInt8 {
    /// Ends a token: spaces, punctuation, symbols.
    case separator
    /// A letter or digit of a script that puts spaces between words.
    case word
    /// A combining mark: belongs to the letter before it.
    case mark
    /// A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer,
    /// Myanmar): such runs become character n-grams.
    case unspaced
    /// An apostrophe that may sit inside a word (`’`, `ʼ`).
    case apostrophe
    /// Soft hyphen: invisible, dropped from the key, never splits a word.
    case softHyphen
    /// ZWJ and ZWNJ: shape Indic and Persian words, so they stay inside them.
    case joiner

    static func of(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x00AD: return .softHyphen
        case 0x2019, 0x02BC: return .apostrophe
        case 0x200C, 0x200D: return .joiner
        case 0x00D7, 0x00F7: return .separator
        case 0x00C0...0x024F: return .word
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let category = scalar.properties.generalCategory
        let unspaced = isUnspacedScript(value)
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return unspaced ? .unspaced : .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return unspaced ? .unspaced : .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .separator
        }
    }

    /// Scripts that do not separate words with spaces.
    static func isUnspacedScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF,  // Thai, Lao
            0x1000...0x109F,  // Myanmar
            0x1780...0x17FF,  // Khmer
            0x2E80...0x2FDF,  // CJK radicals
            0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x3038...0x303C,
            0x3040...0x30FF,  // Hiragana, Katakana
            0x31F0...0x31FF,  // Katakana phonetic extensions
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFF66...0xFF9F,  // half-width Katakana
            0x20000...0x3134F:  // CJK extensions B–G
            return true
        default:
            return false
        }
    }

    /// Scalars that NFKC and case folding leave unchanged, so a key made only of them (and
    /// lower-case ASCII) needs no trip through Foundation.
    static func isFoldInvariant(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default:
            return false
        }
    }
}

/// Decodes the scalar whose first byte is at `index`; invalid or truncated sequences count as one
/// byte so the scan always moves forward.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF:
        length = 2
        value = lead & 0x1F
    case 0xE0...0xEF:
        length = 3
        value = lead & 0x0F
    case 0xF0...0xF7:
        length = 4
        value = lead & 0x07
    default:
        return (0xFFFD, 1)
    }
    guard index + length <= bytes.count else { return (0xFFFD, 1) }
    for offset in 1..<length {
        let byte = UInt32(bytes[index + offset])
        guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
        value = (value << 6) | (byte & 0x3F)
    }
    return (value, length)
}
