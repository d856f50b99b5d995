import Testing

@testable import CopydeskExtract

/// The byte search and the lower-casing that the furniture rules run on every paragraph: both
/// must answer exactly as the plain definitions do.
@Suite struct StringSearchTests {
    @Test(arguments: [
        ("Photo: Harbour Press Agency", "photo:", false), ("photo: harbour press agency", "photo:", true),
        ("Weiterlesen über die Wahl", "über", true), ("", "", true), ("short", "", true),
        ("ab", "abc", false), ("abcabd", "abd", true), ("aaab", "aab", true), ("Café noir", "fé n", true),
        ("Café noir", "fe n", false), ("end", "end", true), ("x", "y", false),
    ])
    func includesIsAByteSearch(haystack: String, needle: String, found: Bool) {
        #expect(haystack.includes(needle) == found)
    }

    @Test(arguments: [
        "Read More: The Council's Vote", "ÜBER DIE AUTORIN: Jane Doe", "Ελληνικά ΣΟΦΙΑ", "İstanbul’da SEÇİM",
        "ǅemal and ǈ", "Straße GROSS ẞ", "ＦＵＬＬ ｗｉｄｔｈ", "Cyrillic ПРИВЕТ мир", "emoji 🗞 NEWS", "",
        "Tab\tNEW\nline", "É\u{301}TÉ combining",
    ])
    func lowercasedQuicklyMatchesTheStandardLibrary(text: String) {
        #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8))
    }

    /// The cue automaton answers as searching each cue in turn does: overlapping cues, cues
    /// inside one another, UTF-8 cues, a cue at the very end, none at all.
    @Test(arguments: [
        "he said she had hers", "ushers", "she", "hershey", "", "über die wahl", "uber die wahl",
        "lire aussi – la suite", "photo : jane doe", "read the full story", "abcabd", "aaab", "x",
        "Weiterlesen über", "déjà vu", "café", "cafe\u{301}",
    ])
    func cueAutomatonAnswersAsEachSearch(text: String) {
        let lists: [[String]] = [
            ["he", "she", "his", "hers"], ["über", "lire aussi", "photo :"], ["abd", "aab"], ["é"], ["zzz"],
            ["full story", "story"], [],
        ]
        for cues in lists {
            #expect(ByteCues(cues).occurs(in: text) == cues.contains { text.includes($0) }, "\(cues)")
            #expect(ByteCues(cues).occurs(in: text[...]) == cues.contains { text.includes($0) }, "\(cues)")
        }
        #expect(ByteCues(["", "zzz"]).occurs(in: text))
    }

    @Test(arguments: ["No figures here", "Updated 5:27 am", "٣ أيام", "Ⅻ chapters", "", "line\r\nbreak 7", "élan"])
    func containsNumberMatchesCharacterTest(text: String) {
        #expect(BodyFurniture.containsNumber(text) == text.contains(where: \.isNumber))
    }
}
