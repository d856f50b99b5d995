import CopydeskSimilarity
import Testing

@Suite struct JaccardTests {
    @Test func exactJaccard() {
        #expect(Jaccard.exact(Set([1, 2, 3]), Set([2, 3, 4])) == 0.5)
        #expect(Jaccard.exact(Set<Int>(), Set<Int>()) == 0)
    }
}
