import CopydeskText
import Testing

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        ("China’s President—Xi said “no”", "china's president-xi said \"no\""),
        ("The major-\nity voted", "the majority voted"),
        ("The major- \r\n  ity voted", "the majority voted"),
        ("Smith-\nJones", "smith- jones"),
        ("  Straße\t\tund   ΟΔΟΣ  ", "strasse und οδοσ"),
        ("ﬁnal １２３ Ｈｅｌｌｏ", "final 123 hello"),
        ("co\u{00AD}operate\u{200B}", "cooperate"),
        ("«Paris» – ‘quote’", "\"paris\" - 'quote'"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test func isIdempotentOnTrickyText() {
        // Characters where NFKC and case folding interact, plus typography and line breaks.
        let pool = Array(
            "aZ ßẞİıǅǄΣςσϴΩKÅﬃﬅ１Ａｶﾞ㍻①½…’‘“”«»–—−-\n\r\t \u{00AD}\u{200B}\u{FEFF}ᾈᾳΐ̈́ǰẛ가나é́ñ中文ไทย".unicodeScalars)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 24) { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let once = normalizer.normalize(String(view))
            #expect(normalizer.normalize(once) == once, "not idempotent on \(String(view).debugDescription)")
        }
    }

    @Test func foldMatchesNormalizeOnOneWord() {
        for word in ["Kazakhstan’s", "ΠΡΩΤΟΘΥΠΟΥΡΓΟΣ", "Straße", "Ｔｏｋｙｏ", "ﬁnal"] {
            #expect(normalizer.fold(word) == normalizer.normalize(word))
        }
    }
}
