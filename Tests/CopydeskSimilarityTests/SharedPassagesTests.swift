import CopydeskSimilarity
import Testing

@Suite struct SharedPassagesTests {
    let wire = """
        NUR-SULTAN, Sept 14 (AFP) - China's President Xi Jinping on Wednesday promised to back Kazakhstan's \
        independence and territorial integrity, on his first trip abroad since the start of the pandemic.

        "No matter how the international situation changes, we will continue to firmly support Kazakhstan," \
        Xi told President Kassym-Jomart Tokayev.
        """
    let reprint = """
        Чужой текст. China’s President Xi Jinping on Wednesday promised to back Kazakhstan’s independence and \
        territorial integrity, on his first trip abroad since the start of the pandemic. Local reaction was muted. \
        "No matter how the international situation changes, we will continue to firmly support Kazakhstan," \
        Xi told his host.
        """

    func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    @Test func findsBothPassagesWithOffsetsInEachText() {
        let passages = SharedPassages.find(wire, reprint)
        #expect(passages.count == 2)
        guard passages.count == 2 else { return }
        #expect(passages[0].text.hasPrefix("China's President Xi Jinping"))
        #expect(passages[0].text.hasSuffix("start of the pandemic"))
        #expect(slice(reprint, passages[0].b).hasPrefix("China’s President"))
        #expect(passages[1].text.hasPrefix("No matter how"))
        #expect(passages[1].text.hasSuffix("Kazakhstan,\" Xi told"))
        for passage in passages {
            #expect(slice(wire, passage.a) == passage.text)
            #expect(slice(reprint, passage.b).count >= passage.text.count - 4)
        }
    }

    @Test func repeatedBoilerplateIsMatchedOnce() {
        let a = "Read more about the story on our website today please"
        let b = a + " and again: " + a
        let passages = SharedPassages.find(a, b)
        #expect(passages.count == 1)
        #expect(passages.first?.a == 0..<a.unicodeScalars.count)
    }

    @Test func characterShinglesAlsoMap() {
        let passages = SharedPassages.find(wire, reprint, shingler: Shingler(kind: .characters(12)))
        #expect(passages.count == 2, "\(passages)")
        for passage in passages { #expect(slice(wire, passage.a) == passage.text) }
    }

    @Test func nothingSharedNothingFound() {
        #expect(SharedPassages.find("one two three four five six", "seven eight nine ten eleven twelve").isEmpty)
        #expect(SharedPassages.find("", wire).isEmpty)
    }
}
