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

/// The search stays linear on text that repeats itself, and says when a limit cut it.
@Suite struct SharedPassagesLimitTests {
    @Test func oneWordRepeatedIsSearchedInBoundedWork() {
        // 60,000 words: every shingle is the same, so each occurrence in A meets every one in B.
        let text = String(repeating: "council ", count: 60_000)
        let start = ContinuousClock.now
        let search = SharedPassages().search(text, text)
        let elapsed = ContinuousClock.now - start
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(search.passages.count == 1)
        #expect(search.passages.first?.a == 0..<(text.unicodeScalars.count - 1))
        #expect(search.limited == .work(steps: search.limitedSteps ?? 0))
    }

    @Test func ordinaryArticlesMeetNoLimit() {
        let wire = """
            The harbour board approved a new dredging contract on Monday, ending a dispute that had kept \
            the port's deepest berth closed to container ships since the spring.
            """
        let reprint = "Port news: " + wire + " Shipping lines welcomed the decision."
        let search = SharedPassages().search(wire, reprint)
        #expect(search.limited == nil)
        #expect(search.passages.count == 1)
    }

    @Test func textBeyondTheLengthLimitIsLeftOutAndSaid() {
        let story = "the council voted to close the old bridge to lorries after an inspection found cracks"
        let a = story + " " + String(repeating: "filler words follow here ", count: 20) + story
        let search = SharedPassages(maxScalars: 120).search(a, story)
        #expect(search.limited == .textLength(scalars: 120))
        #expect(search.passages.count == 1)
        #expect(search.passages.allSatisfy { $0.a.upperBound <= 120 })
    }

    @Test func emptyAndTinyTextsDoNotTrap() {
        #expect(SharedPassages().search("", "").passages.isEmpty)
        #expect(SharedPassages(maxScalars: 0).search("one two three", "one two three").passages.isEmpty)
        #expect(SharedPassages(workPerShingle: 0).search("a b c d e f", "a b c d e f").passages.count == 1)
    }
}

extension SharedPassages.Search {
    var limitedSteps: Int? {
        if case .work(let steps) = limited { return steps }
        return nil
    }
}
