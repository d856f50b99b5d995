import CopydeskSimilarity
import CopydeskText
import Testing

@Suite struct ShinglerTests {
    let text = """
        NUR-SULTAN, Sept 14 (AFP) - China’s President Xi Jinping on Wednesday promised to back \
        Kazakhstan’s independence and territorial integrity, on his first trip abroad since the \
        start of the pandemic.
        """

    @Test func hashesAreSortedAndUnique() {
        let hashes = Shingler().hashes(text + " " + text)
        #expect(hashes == hashes.sorted())
        #expect(Set(hashes).count == hashes.count)
        #expect(hashes.count == Shingler().hashes(text).count + 4)  // the 4 shingles across the seam
    }

    @Test(arguments: [ShingleKind.words(5), .words(1), .characters(5), .characters(9)])
    func typographyDoesNotChangeTheSet(kind: ShingleKind) {
        let shingler = Shingler(kind: kind)
        let retyped =
            "NUR-SULTAN,  Sept 14 (AFP) — CHINA'S President Xi Jinping on Wednesday promised to back "
            + "Kazakhstan's independence and territorial integrity, on his first trip abroad since the start of the pan-\n"
            + "demic."
        #expect(shingler.hashes(retyped) == shingler.hashes(text))
        #expect(shingler.hashes(TextNormalizer().normalize(text)) == shingler.hashes(text))
    }

    @Test func wordShingleCount() {
        let tokens = WordTokenizer().tokens(in: text).count
        #expect(Shingler(kind: .words(5)).hashes(text).count == tokens - 4)
        #expect(Shingler(kind: .words(5)).hashes("Too short").count == 1)
        #expect(Shingler().hashes("").isEmpty)
        #expect(Shingler().hashes(" — ").isEmpty)
    }

    @Test func seedsAndSizesGiveDifferentHashes() {
        let base = Set(Shingler(seed: 1).hashes(text))
        #expect(base.isDisjoint(with: Shingler(seed: 2).hashes(text)))
        #expect(base.isDisjoint(with: Shingler(kind: .words(4), seed: 1).hashes(text)))
    }

    @Test(arguments: [ShingleKind.words(3), .characters(6)])
    func shinglesCoverTheirTextInOrder(kind: ShingleKind) {
        let shingler = Shingler(kind: kind)
        let shingles = shingler.shingles(text)
        #expect(Set(shingles.map(\.hash)) == Set(shingler.hashes(text)))
        let scalars = Array(text.unicodeScalars)
        for (previous, next) in zip(shingles, shingles.dropFirst()) {
            #expect(previous.scalars.lowerBound <= next.scalars.lowerBound)
        }
        let first = String(String.UnicodeScalarView(scalars[shingles[0].scalars]))
        #expect(first == (kind == .words(3) ? "NUR-SULTAN, Sept" : "NUR-SU"))
    }

    @Test func keysGiveTheSameHashesAsText() {
        let tokenized = WordTokenizer().tokenize(text)
        let keys = (0..<tokenized.count).map { tokenized.key($0) }
        var fromKeys: [UInt64] = []
        Shingler().appendHashes(ofKeys: keys, to: &fromKeys)
        #expect(SetSimilarity.sortedUnique(fromKeys) == Shingler().hashes(text))
    }
}
