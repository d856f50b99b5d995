internal import Foundation

/// Article text in Unicode's composed form (NFC), as the web's text should be: pages in Bengali,
/// Devanagari or Vietnamese often carry letters precomposed in one place and decomposed in
/// another (য় as one code point or as য plus nukta), and the same word must read as the same
/// bytes for search, shingles and comparison with other outlets' copies.
enum UnicodeForm {
    static func composed(_ paragraphs: [String]) -> [String] {
        paragraphs.map { paragraph in
            // ASCII, and most text in any script, is already composed: only a paragraph with a
            // letter NFC would change is handed to Foundation (bridging costs more than the check).
            guard paragraph.utf8.contains(where: { $0 >= 0xCC }), mayChange(paragraph) else { return paragraph }
            return paragraph.precomposedStringWithCanonicalMapping
        }
    }

    /// Whether NFC may change the text: it holds a combining mark (a letter written in parts,
    /// Indic vowel signs and nukta), conjoining Hangul jamo, or one of the precomposed letters
    /// Unicode excludes from composition (Bengali, Devanagari and Gurmukhi letters with nukta,
    /// CJK compatibility ideographs, the Ohm and Kelvin signs…). Latin text with curly quotes and
    /// dashes, Cyrillic, Greek without marks, CJK and Arabic letters pass unchanged.
    static func mayChange(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            switch scalar.value {
            case 0x2000...0x206F, 0x20A0...0x20CF, 0x3000...0x303F, 0x4E00...0x9FFF, 0xAC00...0xD7A3: continue
            case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x0958...0x095F, 0x09DC...0x09DF, 0x0A33, 0x0A36,
                0x0A59...0x0A5E, 0x0B5C...0x0B5D, 0x0F43...0x0FB9, 0x1100...0x11FF, 0x1F71...0x1FFD, 0x2126,
                0x212A...0x212B, 0x2329...0x232A, 0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0,
                0x2F800...0x2FA1D:
                return true
            default:
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: return true
                default: continue
                }
            }
        }
        return false
    }
}
