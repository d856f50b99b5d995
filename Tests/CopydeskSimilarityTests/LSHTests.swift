import CopydeskText
import CopydeskSimilarity
import Foundation
import Testing

@Suite struct LSHTests {
    /// The (bands, rows) datasketch 2.0's `_optimal_param` returns for the same arguments.
    @Test(arguments: [
        (0.3, 128, 0.5, 0.5, 37, 3), (0.5, 128, 0.5, 0.5, 25, 5), (0.7, 128, 0.5, 0.5, 14, 9),
        (0.8, 128, 0.5, 0.5, 9, 13), (0.9, 128, 0.5, 0.5, 5, 25), (0.5, 256, 0.5, 0.5, 42, 6),
        (0.85, 64, 0.5, 0.5, 4, 15), (0.5, 128, 0.9, 0.1, 16, 8),
    ])
    func optimalMatchesDatasketch(threshold: Double, k: Int, fpWeight: Double, fnWeight: Double, bands: Int, rows: Int)
    {
        let parameters = LSHParameters.optimal(
            threshold: threshold, k: k, falsePositiveWeight: fpWeight, falseNegativeWeight: fnWeight)
        #expect(parameters == LSHParameters(bands: bands, rows: rows))
    }

    /// Pairs 0.1 above the threshold are found (≥ 95%); pairs 0.1 below it rarely are.
    @Test(arguments: [0.5, 0.8])
    func bandsFindSimilarPairsAndFewDissimilarOnes(threshold: Double) {
        let parameters = LSHParameters.optimal(threshold: threshold)
        let hasher = MinHasher(seed: 4)
        var generator = SplitMix64(seed: 77)
        func isCandidate(_ target: Double) -> Bool {
            let (a, b, _) = randomPair(jaccard: target, union: 300 + Int(generator.next() % 700), &generator)
            let keysA = parameters.bandKeys(of: hasher.signature(a))
            let keysB = parameters.bandKeys(of: hasher.signature(b))
            return zip(keysA, keysB).contains { $0 == $1 }
        }
        let trials = 500
        var found = 0
        var falsePositives = 0
        for trial in 0..<trials {
            let fraction = Double(trial) / Double(trials - 1)
            if isCandidate(threshold + 0.1 + fraction * (0.9 - threshold)) { found += 1 }
            if isCandidate(fraction * (threshold - 0.1)) { falsePositives += 1 }
        }
        #expect(Double(found) / Double(trials) >= 0.95, "recall \(found)/\(trials)")
        #expect(Double(falsePositives) / Double(trials) <= 0.10, "false positives \(falsePositives)/\(trials)")
    }

    @Test func bandKeysMixTheBandIndex() {
        let signature = MinHashSignature(values: Array(repeating: 7, count: 128))
        let keys = LSHParameters(bands: 32, rows: 4).bandKeys(of: signature)
        #expect(keys.count == 32)
        #expect(Set(keys).count == 32)
    }

    @Test func indexPairsNearDuplicates() {
        let shingler = Shingler()
        let hasher = MinHasher()
        let base = (0..<120).map { "word\($0)" }.joined(separator: " ")
        let texts = [
            base,
            base.replacingFirst("word60", with: "changed"),
            (0..<120).map { "other\($0)" }.joined(separator: " "),
            base + " with a short tail",
        ]
        var index = LSHIndex(parameters: .optimal(threshold: 0.7))
        for (id, text) in texts.enumerated() { index.insert(id, signature: hasher.signature(shingler.hashes(text))) }
        let pairs = index.candidatePairs().map { [$0.0, $0.1] }
        #expect(pairs.contains([0, 1]) && pairs.contains([0, 3]) && pairs.contains([1, 3]))
        #expect(!pairs.contains { $0.contains(2) })
        #expect(index.candidates(for: hasher.signature(shingler.hashes(texts[2]))) == [2])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
