/// The byline as pages print it: "By Jane Doe", "By JANE DOE and JOHN ROE", "Written by Jane Doe",
/// "By Jane Doe | September 15, 2022", "Staff Correspondent".
public enum Byline {
    /// The names of a byline line ("Jane Doe"), or nil when `line` is not a byline. A wire
    /// agency after the names ("By Jane Doe, Reuters") is the credit (see ``WireCredit``) and is
    /// left out, as are dates and job titles after a comma or bar.
    public static func detect(in line: String) -> String? {
        // Bylines are short and open with "By", "Written", "Reported", "Story", "Words", or are
        // a desk's name of at most four words.
        guard line.utf8.count <= 160,
            let first = line.unicodeScalars.first(where: { !$0.isUnicodeWhitespace }),
            first.properties.isUppercase || first == "b"
        else { return nil }
        let text = line.collapsingWhitespace()
        let lower = text.lowercasedQuickly()
        // A grapheme count only when the bytes alone do not settle it.
        guard text.utf8.count <= 120 || text.count <= 120 else { return nil }
        if let desk = staffByline(text, lower: lower) { return desk }
        var rest: Substring?
        for opening in ["by ", "written by ", "reported by ", "story by ", "words by "] where lower.hasPrefix(opening) {
            rest = text.dropFirst(opening.count)
            break
        }
        guard var names = rest else { return nil }
        if let end = names.firstIndex(where: { ["|", "·", "•", ",", "—", "–", ";", "("].contains($0) }) {
            names = names[..<end]
        }
        if let dash = names.firstRange(of: " - ") { names = names[..<dash.lowerBound] }
        let words = names.split(separator: " ")
        guard (1...8).contains(words.count) else { return nil }
        let particles: Set<String> = ["and", "&", "de", "van", "von", "der", "bin", "al", "da", "del", "la", "le"]
        for word in words {
            guard let first = word.first else { return nil }
            if particles.contains(word.lowercased()) { continue }
            guard first.isUppercase, !word.hasSuffix(".") || word.count <= 3 else { return nil }
        }
        let result = String(names).trimmingWhitespace()
        return result.isEmpty ? nil : result
    }

    /// "Staff Correspondent", "Our Correspondent", "Online Desk", "Diplomatic Correspondent".
    static func staffByline(_ text: String, lower: String) -> String? {
        // Nearly every line ends otherwise: no split into words for those.
        guard staffTitles.contains(where: { lower.utf8.reversed().starts(with: $0) }) else { return nil }
        let words = lower.split(separator: " ")
        guard (1...4).contains(words.count), let last = words.last,
            ["correspondent", "correspondents", "reporter", "desk"].contains(last),
            text.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
        else { return nil }
        return text
    }

    /// The last words of a desk's byline, their UTF-8 bytes reversed.
    private static let staffTitles: [[UInt8]] = ["correspondent", "correspondents", "reporter", "desk"].map {
        Array($0.utf8.reversed())
    }
}
