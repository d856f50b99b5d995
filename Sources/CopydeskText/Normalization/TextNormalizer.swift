internal import Foundation

/// Puts text into the one form that fingerprints compare, so that two printings of the same wire
/// copy hash alike whatever their typography.
///
/// In order: Unicode NFKC (full-width letters, ligatures and compatibility forms become plain
/// ones), full case folding (`Straße` → `strasse`, final sigma → σ), one form for quotation marks
/// (`'` and `"`), apostrophes (`'`) and dashes (`-`), hyphenated line breaks rejoined
/// (`major-\nity` → `majority`), invisible format characters removed (soft hyphen, zero-width
/// space, BOM), and every run of whitespace collapsed to one space with none at either end.
///
/// `normalize(normalize(x)) == normalize(x)` for every `x`: NFKC and case folding are repeated
/// until they stop changing the text (they interact for a handful of characters).
public struct TextNormalizer: Sendable {
    /// A normaliser; it keeps no state.
    public init() {}

    /// The fingerprint form of a whole text.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func normalize(_ text: String) -> String {
        // Rejoin hyphenated line breaks first, while the case of the next letter still tells a
        // broken word (`major-\nity`) from a hyphenated name (`Smith-\nJones`).
        let original = Array(text.unicodeScalars)
        var joined = String.UnicodeScalarView()
        var index = 0
        while index < original.count {
            let scalar = original[index]
            if Self.isHyphen(scalar), index > 0, original[index - 1].properties.isAlphabetic,
                let next = Self.hyphenatedBreakEnd(in: original, hyphenAt: index)
            {
                index = next
                continue
            }
            joined.append(scalar)
            index += 1
        }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in fold(String(joined)).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else if !Self.isInvisible(scalar) {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The hyphens a typesetter breaks words with: ASCII hyphen-minus and U+2010 HYPHEN.
    public static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}"
    }

    /// The fingerprint form of one word: NFKC, case folding, one form for quotes, apostrophes and
    /// dashes, invisible characters dropped. Whitespace is left alone; a word has none.
    public func fold(_ word: String) -> String {
        var current = word
        // NFKC and case folding each preserve the other's output except for a few characters
        // (`ϴ`, `ẞ`, some Greek with ypogegrammeni); three rounds reach the fixed point.
        for _ in 0..<3 {
            let next = Self.unifyPunctuation(
                current.precomposedStringWithCompatibilityMapping
                    .folding(options: [.caseInsensitive], locale: nil))
            if next == current { break }
            current = next
        }
        return current
    }

    /// The index just past a hyphenated line break whose hyphen is at `hyphen`: the hyphen, blanks,
    /// one line feed (optionally after a carriage return), blanks, then a lower-case letter.
    static func hyphenatedBreakEnd(in scalars: [Unicode.Scalar], hyphenAt hyphen: Int) -> Int? {
        var index = hyphen + 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        if index < scalars.count, scalars[index] == "\r" { index += 1 }
        guard index < scalars.count, scalars[index] == "\n" else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index].properties.isLowercase else { return nil }
        return index
    }

    /// Format characters that change nothing a reader sees.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// One apostrophe, one double quotation mark, one dash.
    static func unifyPunctuation(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = punctuationForm(scalar) {
                output.append(replacement)
            } else if !isInvisible(scalar) {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The ASCII stand-in for a typographic quote, apostrophe or dash, or nil.
    public static func punctuationForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x0060, 0x00B4, 0x02BC, 0x02BB, 0xFF07:
            return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0x300C, 0x300D,
            0x300E, 0x300F, 0x301D, 0x301E, 0xFF02:
            return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        default:
            return nil
        }
    }
}
