internal import CopydeskSimilarity
internal import Foundation

/// Chooses how loose LSH can be for an archive: the lowest candidate threshold whose expected
/// number of candidate pairs stays within budget.
///
/// Unrelated news stories are not unrelated as sets of shingles: stock phrases ("said in a
/// statement", "according to the") give every pair some background similarity, and the number of
/// pairs grows with the square of the archive. A banding that is cheap for ten thousand
/// documents proposes billions of pairs for a million. So the rate is measured on the archive
/// itself: a fixed sample of random document pairs is checked for a shared band under each
/// banding of the ladder, which is exactly the event that makes a pair a candidate.
struct BandingChoice {
    let options: DedupOptions
    var samples = 1_000_000

    func threshold(catalog: Catalog, nodes: [Int]) -> Double {
        let ladder = options.candidateThresholdLadder.sorted()
        guard let loosest = ladder.first, let strictest = ladder.last else { return 0.5 }
        let n = Double(nodes.count)
        guard nodes.count > 1 else { return loosest }
        let pairs = n * (n - 1) / 2
        let budget = max(options.candidateBudgetFloor, options.candidateBudgetPerDocument * n)
        if pairs <= budget { return loosest }
        let sample = sampledPairs(nodes: nodes, count: min(samples, Int(pairs)))
        let k = catalog.permutations
        // Which signature positions each sampled pair agrees on, as a bit mask: the signatures
        // are read once, and each banding of the ladder is then a few bit operations per pair.
        let words = (k + 63) / 64
        var agreement = [UInt64](repeating: 0, count: sample.count * words)
        catalog.signatures.withUnsafeBufferPointer { signatures in
            for (index, (a, b)) in sample.enumerated() {
                let sa = catalog.signatureStart[a]
                let sb = catalog.signatureStart[b]
                for i in 0..<k where signatures[sa + i] == signatures[sb + i] {
                    agreement[index * words + i / 64] |= 1 << UInt64(i % 64)
                }
            }
        }
        for threshold in ladder {
            let parameters = Deduplicator.lshParameters(threshold: threshold, permutations: k)
            let bandMasks: [(word: Int, mask: UInt64)] = (0..<parameters.bands).compactMap { band in
                let start = band * parameters.rows
                // Bands never straddle two words when rows divide 64; otherwise check bit by bit.
                guard start + parameters.rows <= k, start / 64 == (start + parameters.rows - 1) / 64 else { return nil }
                let mask = parameters.rows == 64 ? UInt64.max : ((1 << UInt64(parameters.rows)) - 1) << UInt64(start % 64)
                return (start / 64, mask)
            }
            var colliding = 0
            for index in 0..<sample.count {
                let base = index * words
                for (word, mask) in bandMasks where agreement[base + word] & mask == mask {
                    colliding += 1
                    break
                }
            }
            let expected = Double(colliding) / Double(max(1, sample.count)) * pairs
            if ProcessInfo.processInfo.environment["COPYDESK_DEBUG_BANDING"] != nil {
                FileHandle.standardError.write(Data("banding \(threshold) \(parameters.bands)x\(parameters.rows): \(colliding) of \(sample.count) sampled pairs collide, expected \(Int(expected)) pairs, budget \(Int(budget))\n".utf8))
            }
            if expected <= budget { return threshold }
        }
        return strictest
    }

    /// Random pairs of distinct nodes, drawn with a fixed seed so that a run is reproducible.
    func sampledPairs(nodes: [Int], count: Int) -> [(Int, Int)] {
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = ContentHash.mix(state)
            return Int(state % UInt64(nodes.count))
        }
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(count)
        while pairs.count < count {
            let a = nodes[next()]
            let b = nodes[next()]
            if a != b { pairs.append((a, b)) }
        }
        return pairs
    }
}
