import CopydeskText
import Testing

@Suite struct SentenceSegmenterTests {
    let segmenter = SentenceSegmenter()

    @Test(arguments: [
        (
            "Mr. Smith went to Washington. He arrived on Sept. 14 at 3.5 p.m. local time.",
            ["Mr. Smith went to Washington.", "He arrived on Sept. 14 at 3.5 p.m. local time."]
        ),
        (
            "The U.S. economy grew 2.1 percent. Officials welcomed it.",
            ["The U.S. economy grew 2.1 percent.", "Officials welcomed it."]
        ),
        ("He moved to the U.S. The next year he ran.", ["He moved to the U.S.", "The next year he ran."]),
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
        ("\"Is it over?\" he asked. \"No.\"", ["\"Is it over?\" he asked.", "\"No.\""]),
        (
            "“It is over. We go home,” she said. The crowd left.",
            ["“It is over.", "We go home,” she said.", "The crowd left."]
        ),
        (
            "NUR-SULTAN, Sept 14 (AFP) - China's President Xi Jinping promised support. The visit was his first.",
            ["NUR-SULTAN, Sept 14 (AFP) - China's President Xi Jinping promised support.", "The visit was his first."]
        ),
        ("WASHINGTON, Jan. 5 (Reuters) — The Senate voted.", ["WASHINGTON, Jan. 5 (Reuters) — The Senate voted."]),
        ("Dr. Ruth Westheimer and Gen. Mark Milley met.", ["Dr. Ruth Westheimer and Gen. Mark Milley met."]),
        ("Shares of Apple Inc. fell. Rivals rose.", ["Shares of Apple Inc. fell.", "Rivals rose."]),
        ("Prices rose... Then they fell!", ["Prices rose...", "Then they fell!"]),
        ("A headline without a stop\n\nThe body starts here.", ["A headline without a stop", "The body starts here."]),
        ("习近平抵达努尔苏丹。他说：我们支持。", ["习近平抵达努尔苏丹。", "他说：我们支持。"]),
        ("प्रधानमंत्री ने कहा। बैठक समाप्त हुई।", ["प्रधानमंत्री ने कहा।", "बैठक समाप्त हुई।"]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(segmenter.sentences(in: text).map(\.text) == expected)
    }

    @Test func offsetsPointIntoTheOriginal() {
        let text = "  Kassym-Jomart Tokayev’s office said so. «Nothing changes», Xi told him.\n\nПрезидент прибыл.  "
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        let sentences = segmenter.sentences(in: text)
        #expect(sentences.count == 3)
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.scalars])) == sentence.text)
            #expect(String(decoding: bytes[sentence.utf8], as: UTF8.self) == sentence.text)
        }
    }
}
