internal import Foundation

/// Article text in Unicode's composed form (NFC), as the web's text should be: pages in Bengali,
/// Devanagari or Vietnamese often carry letters precomposed in one place and decomposed in
/// another (য় as one code point or as য plus nukta), and the same word must read as the same
/// bytes for search, shingles and comparison with other outlets' copies.
enum UnicodeForm {
    static func composed(_ paragraphs: [String]) -> [String] {
        paragraphs.map { paragraph in
            // ASCII, and most Latin text, is already composed: only text with a byte past ASCII is checked.
            guard paragraph.utf8.contains(where: { $0 >= 0x80 }) else { return paragraph }
            return paragraph.precomposedStringWithCanonicalMapping
        }
    }
}
