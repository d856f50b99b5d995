import CopydeskReport
import CopydeskSimilarity
import Testing

@Suite struct SimilarityRendererTests {
    let wire = "China's President Xi Jinping on Wednesday promised to back Kazakhstan's independence."
    let reprint =
        "Beijing, Sept 14. China’s President Xi Jinping on Wednesday promised to back Kazakhstan’s independence."

    func report() -> SimilarityReport {
        SimilarityReport(
            a: "afp", b: "observer", textA: wire, textB: reprint, shingler: Shingler(), hasher: MinHasher())
    }

    /// A is 7 word 5-grams, all reprinted in B's 10: Jaccard 7/10, A fully contained in B.
    @Test func jsonHasExactlyTheDocumentedKeys() {
        let json = SimilarityRenderer.json(report())
        #expect(
            json
                == #"{"a":"afp","b":"observer","jaccard":0.7,"estimate":0.6406,"containment":{"a_in_b":1,"b_in_a":0.7},"#
                + #""shared_passages":[{"a_start":0,"a_end":84,"b_start":18,"b_end":102,"#
                + #""text":"China's President Xi Jinping on Wednesday promised to back Kazakhstan's independence"}]}"#)
    }

    @Test func textNamesScoresAndPassages() {
        let text = SimilarityRenderer.text(report())
        #expect(text.contains("Jaccard (exact, word 5-grams): 0.7\n"))
        #expect(text.contains("Containment: A in B 1, B in A 0.7"))
        #expect(text.contains("A 0–84 · B 18–102"))
    }
}
