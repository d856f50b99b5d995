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
}
