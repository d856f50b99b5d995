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

    /// The walk behind `compare`'s weighted overlaps: repeats pair one to one, every item of
    /// each list is visited once, and without the `only` visitors it stops at the shorter end.
    @Test func walkVisitsSharedAndUnsharedItems() {
        var generator = SplitMix64(seed: 2)
        for _ in 0..<50 {
            let a = (0..<Int(generator.next() % 40)).map { _ in generator.next() % 30 }.sorted()
            let b = (0..<Int(generator.next() % 40)).map { _ in generator.next() % 30 }.sorted()
            var both: [UInt64] = []
            var onlyA: [UInt64] = []
            var onlyB: [UInt64] = []
            SetSimilarity.merge(a, b, both: { both.append($0) }, onlyA: { onlyA.append($0) }, onlyB: { onlyB.append($0) })
            // Multiset algebra: shared = min of the counts, the rest on its own side.
            var expectedBoth: [UInt64] = []
            var expectedA: [UInt64] = []
            var expectedB: [UInt64] = []
            for value in Set(a + b).sorted() {
                let inA = a.filter { $0 == value }.count
                let inB = b.filter { $0 == value }.count
                expectedBoth += Array(repeating: value, count: min(inA, inB))
                expectedA += Array(repeating: value, count: inA - min(inA, inB))
                expectedB += Array(repeating: value, count: inB - min(inA, inB))
            }
            #expect(both == expectedBoth)
            #expect(onlyA == expectedA)
            #expect(onlyB == expectedB)
            var sharedOnly: [UInt64] = []
            SetSimilarity.merge(a, b) { sharedOnly.append($0) }
            #expect(sharedOnly == expectedBoth)
        }
    }

    @Test func sortUniqueWorksOnAnyComparable() {
        var words = ["wire", "agency", "wire", "copy", "agency"]
        SetSimilarity.sortUnique(&words)
        #expect(words == ["agency", "copy", "wire"])
        var empty: [Int] = []
        SetSimilarity.sortUnique(&empty)
        #expect(empty.isEmpty)
    }
}
