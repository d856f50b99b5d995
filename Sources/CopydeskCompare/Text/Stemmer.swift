import CopydeskText

/// A light English stemmer: enough that "supports", "supported" and "supporting", or "historic"
/// and "historical", meet on one stem, without Porter's aggressive cuts that merge unrelated
/// words ("university" and "universe"). Input is a token key (lower-case).
enum Stemmer {
    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        guard w.count > 3, w.allSatisfy({ $0.isASCII }) else { return word }
        if ends(w, "'s") { w.removeLast(2) }
        if ends(w, "ies"), w.count > 4 {
            w.removeLast(3)
            w.append("y")
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is"), w.count > 3 {
            w.removeLast()
        }
        for suffix in ["ingly", "edly", "ing", "ed"] where ends(w, suffix) && w.count - suffix.count >= 3 {
            let stemmed = Array(w.dropLast(suffix.count))
            // "need" and "bring" are words, not stems: keep a vowel in what is left.
            if stemmed.contains(where: { "aeiouy".unicodeScalars.contains($0) }) {
                w = stemmed
                if ends(w, "i") {  // "denied" → "deny"
                    w.removeLast()
                    w.append("y")
                }
                undouble(&w)
            }
            break
        }
        if ends(w, "ly"), w.count > 5 { w.removeLast(2) }
        if ends(w, "ical"), w.count > 7 {
            w.removeLast(2)
        } else if ends(w, "ial"), w.count > 7 {  // "presidential" → "president"
            w.removeLast(3)
        } else if ends(w, "ation"), w.count > 8 {
            w.removeLast(5)
        } else if ends(w, "ment"), w.count > 8 {
            w.removeLast(4)
        } else if ends(w, "ness"), w.count > 7 {
            w.removeLast(4)
        } else if ends(w, "ity"), w.count > 7 {
            w.removeLast(3)
        }
        if ends(w, "e"), w.count > 3 { w.removeLast() }
        return String(String.UnicodeScalarView(w))
    }

    private static func ends(_ w: [Unicode.Scalar], _ suffix: String) -> Bool {
        let s = Array(suffix.unicodeScalars)
        return w.count >= s.count && Array(w.suffix(s.count)) == s
    }

    /// "stopped" → "stopp" → "stop"; "called" keeps its double l, "pressed" its double s.
    private static func undouble(_ w: inout [Unicode.Scalar]) {
        guard w.count >= 3, let last = w.last, w[w.count - 2] == last else { return }
        if "lsz".unicodeScalars.contains(last) { return }
        if !"aeiou".unicodeScalars.contains(last) { w.removeLast() }
    }
}
