import Testing

@testable import CopydeskDedup

@Suite("Sets, sorts and hashes")
struct SortingAndOverlapTests {
    private var random = Stories(seed: 77)

    @Test(arguments: [0, 1, 2, 7, 300, 5000])
    func radixSortMatchesSortedSet(count: Int) {
        var stories = Stories(seed: UInt64(count))
        // Small values repeat, so duplicates are dropped too.
        var values = (0..<count).map { _ in UInt32(truncatingIfNeeded: stories.next() % (count % 2 == 0 ? 1 << 32 : 97))
        }
        let expected = Array(Set(values)).sorted()
        var buffer: [UInt32] = []
        RadixSort.sortUnique(&values, scratch: &buffer)
        #expect(values == expected)
    }

    /// Uniform hashes (bucketed), hashes with repeats, hashes that crowd a few buckets (radix
    /// sorted instead), and sets past the bucketed size, with buffers reused from a larger call.
    @Test(arguments: [0, 1, 2, 3, 17, 550, 4096, 20_000])
    func shingleSetSortMatchesSortedSet(count: Int) {
        var stories = Stories(seed: UInt64(count) &+ 31)
        let uniform = (0..<count).map { _ in stories.next() }
        let repeats = (0..<count).map { _ in stories.next() % 50 &* 0x0123_4567_89AB_CDEF }
        let crowded = (0..<count).map { index in index % 3 == 0 ? stories.next() : stories.next() >> 20 }
        var counts = [Int32](repeating: 9, count: 40_000)
        var sorting = [UInt32](repeating: 3, count: 30_000)
        for hashes in [uniform, repeats, crowded] {
            let set = hashes.withUnsafeBufferPointer {
                ShingleSetSort.set(of: $0, counts: &counts, sorting: &sorting)
            }
            #expect(set == Array(Set(hashes.map { UInt32(truncatingIfNeeded: $0 >> 32) })).sorted())
        }
    }

    @Test func keyedSortOrdersByKeyThenEntry() {
        var stories = Stories(seed: 5)
        var items: [(key: UInt64, entry: Int32)] = (0..<4000).map { index in
            // Some keys share their high half, some are equal outright.
            let key = index % 10 == 0 ? 42 : (stories.next() & 0xFFFF_0000_0000_00FF)
            return (key, Int32(index))
        }
        let expected = items.sorted { $0.key != $1.key ? $0.key < $1.key : $0.entry < $1.entry }
        var scratch: [(key: UInt64, entry: Int32)] = []
        KeyedSort.sort(&items, scratch: &scratch)
        #expect(items.map(\.key) == expected.map(\.key))
        #expect(items.map(\.entry) == expected.map(\.entry))
    }

    /// Packed pairs of small entry numbers (constant high bytes: passes skipped), of any 64-bit
    /// values, with repeats; sorted with a scratch buffer longer than the values, as the reused
    /// one is after a larger band.
    @Test(arguments: [0, 1, 2, 3, 500, 20_000])
    func pairSortMatchesSortedSet(count: Int) {
        var stories = Stories(seed: UInt64(count) &+ 9)
        let small = (0..<count).map { _ in
            CandidateSearch.pack(Int32(stories.next() % 300), Int32(stories.next() % 300))
        }
        let wide = (0..<count).map { _ in stories.next() % (count % 2 == 0 ? UInt64.max : 1 << 40) }
        let oneByte = (0..<count).map { _ in stories.next() % 200 }
        for values in [small, wide, oneByte] {
            var sorted = values
            var scratch = [UInt64](repeating: 7, count: 2 * count + 5)
            RadixSort.sortUnique(&sorted, scratch: &scratch)
            #expect(sorted == Array(Set(values)).sorted())
        }
    }

    @Test func overlapCountsSharedValues() {
        let overlap = SetOverlap([1, 3, 5, 7, 9], [3, 4, 5, 9, 10, 11])
        #expect(overlap.shared == 3)
        #expect(overlap.jaccard == 3.0 / 8.0)
        #expect(overlap.aInB == 3.0 / 5.0)
        #expect(overlap.bInA == 3.0 / 6.0)
        #expect(SetOverlap([], []).jaccard == 0)
    }

    @Test func contentHashSurvivesStorage() {
        let hash = ContentHash(sortedSet: [1, 2, 3, 4_000_000_000])
        #expect(ContentHash(bytes: hash.bytes) == hash)
        #expect(ContentHash(sortedSet: [1, 2, 3]) != ContentHash(sortedSet: [1, 2, 4]))
        #expect(ContentHash(bytes: [1, 2]) == nil)
    }

    @Test func verdictsFollowTheThresholds() {
        let options = DedupOptions()
        // Identical sets.
        #expect(Verdict(SetOverlap(shared: 100, countA: 100, countB: 100), options: options)?.relation == .identical)
        // A truncated copy: all of A in B, a third of B.
        let cut = Verdict(SetOverlap(shared: 100, countA: 100, countB: 300), options: options)
        #expect(cut?.relation == .contained)
        #expect(cut?.similarity == 1)
        let extended = Verdict(SetOverlap(shared: 100, countA: 300, countB: 100), options: options)
        #expect(extended?.relation == .contains)
        #expect(Verdict(SetOverlap(shared: 80, countA: 100, countB: 100), options: options)?.relation == .nearDuplicate)
        // Too small to count as contained, too different to be a near-duplicate.
        #expect(Verdict(SetOverlap(shared: 10, countA: 10, countB: 300), options: options) == nil)
        #expect(Verdict(SetOverlap(shared: 30, countA: 100, countB: 100), options: options) == nil)
    }

    @Test func plausibilityKeepsPairsNearTheThresholds() {
        let options = DedupOptions()
        #expect(Verdict.plausible(estimate: 0.35, permutations: 128, countA: 500, countB: 500, options: options))
        #expect(!Verdict.plausible(estimate: 0.05, permutations: 128, countA: 500, countB: 500, options: options))
        // Low Jaccard but a small document inside a large one: containment ~0.9.
        #expect(Verdict.plausible(estimate: 0.2, permutations: 128, countA: 110, countB: 500, options: options))
    }
}
