import CopydeskText
import CopydeskSimilarity
import Testing

@Suite struct SetSimilarityTests {
    @Test func smallSets() {
        #expect(SetSimilarity.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
        #expect(SetSimilarity.jaccard([], []) == 0)
        #expect(SetSimilarity.containment([2, 3], in: [1, 2, 3, 4]) == 1)
        #expect(SetSimilarity.containment([1, 2, 3, 4], in: [2, 3]) == 0.5)
        #expect(SetSimilarity.containment([], in: [1]) == 0)
        #expect(SetSimilarity.sortedUnique([5, 1, 5, 3, 1]) == [1, 3, 5])
    }

    @Test func mergeAgreesWithSetAlgebra() {
        var generator = SplitMix64(seed: 1)
        for _ in 0..<50 {
            let a = (0..<Int(generator.next() % 300)).map { _ in generator.next() % 500 }
            let b = (0..<Int(generator.next() % 300)).map { _ in generator.next() % 500 }
            let setA = Set(a)
            let setB = Set(b)
            let shared = setA.intersection(setB).count
            let union = setA.union(setB).count
            let sortedA = SetSimilarity.sortedUnique(a)
            let sortedB = SetSimilarity.sortedUnique(b)
            #expect(SetSimilarity.intersectionCount(sortedA, sortedB) == shared)
            #expect(SetSimilarity.jaccard(sortedA, sortedB) == (union == 0 ? 0 : Double(shared) / Double(union)))
        }
    }
}
