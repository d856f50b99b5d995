import CopydeskSimilarity
import Testing

@testable import CopydeskDedup

@Suite("known bandings")
struct KnownBandingsTests {
    /// The table saves the search's cost; it must give exactly what the search gives.
    @Test(arguments: Array(Deduplicator.knownBandings.keys).sorted())
    func eachKnownBandingIsTheSearchsAnswer(threshold: Double) throws {
        let searched = LSHParameters.optimal(
            threshold: threshold, k: 128, falsePositiveWeight: 0.3, falseNegativeWeight: 0.7)
        #expect(Deduplicator.knownBandings[threshold] == searched)
    }

    @Test func theDefaultLadderIsInTheTable() {
        for threshold in DedupOptions().candidateThresholdLadder {
            #expect(Deduplicator.knownBandings[threshold] != nil)
        }
    }

    @Test func otherWidthsAndThresholdsAreSearched() {
        #expect(
            Deduplicator.lshParameters(threshold: 0.55, permutations: 128)
                == LSHParameters.optimal(threshold: 0.55, k: 128, falsePositiveWeight: 0.3, falseNegativeWeight: 0.7))
        #expect(
            Deduplicator.lshParameters(threshold: 0.5, permutations: 64)
                == LSHParameters.optimal(threshold: 0.5, k: 64, falsePositiveWeight: 0.3, falseNegativeWeight: 0.7))
    }
}
