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
    var samples = 400_000

    /// The candidate threshold for the full signatures.
    func threshold(catalog: Catalog, nodes: [Int]) -> Double {
        let ladder = options.candidateThresholdLadder.sorted()
        let bandings = ladder.map { Deduplicator.lshParameters(threshold: $0, permutations: catalog.permutations) }
        let chosen = choose(bandings, table: catalog.table(lead: false), nodes: nodes, name: "full")
        return ladder[chosen]
    }

    /// The banding for the lead signatures: as many rows per band as the budget requires.
    func leadBanding(catalog: Catalog, nodes: [Int]) -> LSHParameters {
        let k = catalog.leadWidth
        let bandings = [2, 3, 4, 5, 6, 8].map { LSHParameters(bands: k / $0, rows: $0) }
        return bandings[choose(bandings, table: catalog.table(lead: true), nodes: nodes, name: "lead")]
    }

    /// The index of the first (loosest) banding whose expected candidate pairs fit the budget,
    /// or the last.
    func choose(_ bandings: [LSHParameters], table: SignatureTable, nodes: [Int], name: String) -> Int {
        guard !bandings.isEmpty else { return 0 }
        let n = Double(nodes.count)
        guard nodes.count > 1 else { return 0 }
        let pairs = n * (n - 1) / 2
        let budget = max(options.candidateBudgetFloor, options.candidateBudgetPerDocument * n)
        if pairs <= budget { return 0 }
        let sample = sampledPairs(nodes: nodes, count: min(samples, Int(pairs)))
        let k = table.width
        // Which signature positions each sampled pair agrees on, as a bit mask: the signatures
        // are read once, and each banding of the ladder is then a few bit operations per pair.
        let words = (k + 63) / 64
        var agreement = [UInt64](repeating: 0, count: sample.count * words)
        table.values.withUnsafeBufferPointer { signatures in
            for (index, (a, b)) in sample.enumerated() {
                let sa = table.starts[a]
                let sb = table.starts[b]
                for i in 0..<k where signatures[sa + i] == signatures[sb + i] {
                    agreement[index * words + i / 64] |= 1 << UInt64(i % 64)
                }
            }
        }
        for (choice, parameters) in bandings.enumerated() {
            let bandMasks: [(word: Int, mask: UInt64)] = (0..<parameters.bands).compactMap { band in
                let start = band * parameters.rows
                // Bands never straddle two words when rows divide 64; otherwise check bit by bit.
                guard start + parameters.rows <= k, start / 64 == (start + parameters.rows - 1) / 64 else { return nil }
                let mask =
                    parameters.rows == 64 ? UInt64.max : ((1 << UInt64(parameters.rows)) - 1) << UInt64(start % 64)
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
                FileHandle.standardError.write(
                    Data(
                        "banding \(name) \(parameters.bands)x\(parameters.rows): \(colliding) of \(sample.count) sampled pairs collide, expected \(Int(expected)) pairs, budget \(Int(budget))\n"
                            .utf8))
            }
            if expected <= budget { return choice }
        }
        return bandings.count - 1
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
