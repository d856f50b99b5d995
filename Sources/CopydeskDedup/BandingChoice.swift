internal import CopydeskSimilarity
internal import Foundation

/// Chooses how loose LSH can be for an archive: the lowest candidate threshold whose expected
/// number of candidate pairs stays within budget.
///
/// Unrelated news stories are not unrelated as sets of shingles: stock phrases ("said in a
/// statement", "according to the") give every pair some background similarity, and the number of
/// pairs grows with the square of the archive. A banding that is cheap for ten thousand
/// documents proposes billions of pairs for a million. So the rate is measured on the archive
/// itself: a sample of random document pairs is checked for a shared band under each banding of
/// the ladder, which is exactly the event that makes a pair a candidate.
///
/// The sample is as large as the decision needs, and never larger than `samples`: what has to
/// be told apart is a collision rate around budget ÷ pairs, and a rate is measured to about ±20%
/// from ~`collisionsAtBudget` sampled collisions. A small archive affords a loose banding
/// whose rate is high, so a few tens of thousands of pairs decide; a million documents need the
/// full 400,000. (A fixed 400,000 was a quarter of the work of deduplicating 5,000 documents.)
public struct BandingChoice: Sendable {
    let options: DedupOptions
    /// The most pairs ever sampled: the cost of the choice is bounded whatever the archive.
    var samples = 400_000
    /// The fewest pairs sampled when sampling at all.
    var minimumSamples = 20_000
    /// Sampled collisions expected at exactly the budget's rate.
    var collisionsAtBudget = 20.0

    /// A choice for the matching `options` (shingles, K, candidate threshold ladder).
    public init(options: DedupOptions) { self.options = options }

    /// Rows per band of the lead bandings tried, loosest first.
    public static let leadRowsLadder = [2, 3, 4, 5, 6, 8]

    /// The full signatures' bandings tried, loosest first.
    func fullLadder(permutations: Int) -> (thresholds: [Double], bandings: [LSHParameters]) {
        let ladder = options.candidateThresholdLadder.sorted()
        return (ladder, ladder.map { Deduplicator.lshParameters(threshold: $0, permutations: permutations) })
    }

    func leadLadder(width: Int) -> [LSHParameters] {
        Self.leadRowsLadder.map { LSHParameters(bands: width / $0, rows: $0) }
    }

    /// The candidate threshold for the full signatures.
    func threshold(catalog: Catalog, nodes: [Int]) -> Double {
        let (ladder, bandings) = fullLadder(permutations: catalog.permutations)
        let chosen = choose(bandings, table: catalog.table(lead: false), nodes: nodes, name: "full")
        return ladder[chosen]
    }

    /// The banding for the lead signatures: as many rows per band as the budget requires.
    func leadBanding(catalog: Catalog, nodes: [Int]) -> LSHParameters {
        let bandings = leadLadder(width: catalog.leadWidth)
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
        let sample = samplePositions(nodeCount: nodes.count).map { (nodes[$0.0], nodes[$0.1]) }
        return choose(bandings, table: table, sample: sample, pairs: pairs, budget: budget, name: name)
    }

    /// The index of the first banding under which the `sample` of pairs (rows of `table`)
    /// collides rarely enough for `pairs` pairs to stay within `budget`, or the last.
    func choose(
        _ bandings: [LSHParameters], table: SignatureTable, sample: [(Int, Int)], pairs: Double, budget: Double,
        name: String
    ) -> Int {
        guard !bandings.isEmpty else { return 0 }
        let k = table.width
        // Which signature positions each sampled pair agrees on, as a bit mask: the signatures
        // are read once, and each banding of the ladder is then a few bit operations per pair.
        let words = (k + 63) / 64
        var agreement = [UInt64](repeating: 0, count: sample.count * words)
        table.values.withUnsafeBufferPointer { signatures in
            agreement.withUnsafeMutableBufferPointer { bits in
                for (index, (a, b)) in sample.enumerated() {
                    let sa = table.starts[a]
                    let sb = table.starts[b]
                    guard sa >= 0, sb >= 0, sa + k <= signatures.count, sb + k <= signatures.count else { continue }
                    for i in 0..<k where signatures[sa + i] == signatures[sb + i] {
                        bits[index * words + i / 64] |= 1 << UInt64(i % 64)
                    }
                }
            }
        }
        for (choice, parameters) in bandings.enumerated() {
            // The bit where each band starts, per word. Bands never straddle two words when rows
            // divide 64; a band that would is left out of the estimate.
            var starts = [UInt64](repeating: 0, count: words)
            for band in 0..<parameters.bands {
                let start = band * parameters.rows
                guard start + parameters.rows <= k, start / 64 == (start + parameters.rows - 1) / 64 else { continue }
                starts[start / 64] |= 1 << UInt64(start % 64)
            }
            var colliding = 0
            for index in 0..<sample.count {
                let base = index * words
                for word in 0..<words where starts[word] != 0 {
                    // A start bit survives the ANDs of the word shifted by 0 … rows − 1 exactly when
                    // its band's rows all agree: every band of the word in `rows` steps, not one by one.
                    let agreed = agreement[base + word]
                    var run = agreed & starts[word]
                    var shift = 1
                    while shift < parameters.rows, run != 0 {
                        run &= agreed >> UInt64(shift)
                        shift += 1
                    }
                    if run != 0 {
                        colliding += 1
                        break
                    }
                }
            }
            let expected = Double(colliding) / Double(max(1, sample.count)) * pairs
            if ProcessInfo.processInfo.environment["COPYDESK_DEBUG_BANDING"] != nil {
                FileHandle.standardError.write(
                    Data(
                        "banding \(name) \(parameters.bands)x\(parameters.rows): \(colliding) of \(sample.count) sampled pairs collide, expected \(Self.whole(expected)) pairs, budget \(Self.whole(budget))\n"
                            .utf8))
            }
            if expected <= budget { return choice }
        }
        return bandings.count - 1
    }

    /// The pairs of positions in the list of nodes (distinct contents in input order) whose
    /// signatures the choice compares: random, drawn with a fixed seed so that a run is
    /// reproducible; none when every pair of the archive fits the budget.
    public func samplePositions(nodeCount: Int) -> [(Int, Int)] {
        guard nodeCount > 1 else { return [] }
        let n = Double(nodeCount)
        let pairs = n * (n - 1) / 2
        if pairs <= budget(nodeCount: nodeCount) { return [] }
        let count = sampleCount(nodeCount: nodeCount)
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = ContentHash.mix(state)
            return Int(state % UInt64(nodeCount))
        }
        var sample: [(Int, Int)] = []
        sample.reserveCapacity(count)
        while sample.count < count {
            let a = next()
            let b = next()
            if a != b { sample.append((a, b)) }
        }
        return sample
    }

    /// How many pairs the choice samples for an archive of `nodeCount` distinct contents: enough
    /// for `collisionsAtBudget` collisions at the budget's rate, within `minimumSamples` …
    /// `samples`, and never more than the archive has pairs; 0 when every pair fits the budget.
    public func sampleCount(nodeCount: Int) -> Int {
        guard nodeCount > 1 else { return 0 }
        let n = Double(nodeCount)
        let pairs = n * (n - 1) / 2
        let budget = budget(nodeCount: nodeCount)
        guard pairs > budget else { return 0 }
        // Compared as doubles: past ~4.3 billion nodes the number of pairs exceeds Int.max. A
        // budget of nothing (or less) has no rate to resolve: the most pairs.
        let wanted = budget > 0 ? (collisionsAtBudget * pairs / budget).rounded(.up) : .infinity
        let needed = min(Double(samples), max(Double(minimumSamples), wanted))
        return needed < pairs ? Int(needed) : Int(pairs)
    }

    /// A count held as a double, as a whole number for messages; clamped, since converting a
    /// double past Int's range traps.
    static func whole(_ value: Double) -> Int {
        guard value.isFinite else { return value > 0 ? .max : 0 }
        if value >= 9.2e18 { return .max }
        if value <= -9.2e18 { return .min }
        return Int(value)
    }

    func budget(nodeCount: Int) -> Double {
        max(options.candidateBudgetFloor, options.candidateBudgetPerDocument * Double(nodeCount))
    }

    /// The banding dedup chooses for an archive of `nodeCount` distinct contents, from the
    /// signatures of the nodes at the positions ``samplePositions(nodeCount:)`` names (others
    /// may be missing): what a distributed run needs to band exactly as dedup does.
    public func banding(nodeCount: Int, sampled: [Int: (signature: [UInt32], lead: [UInt32])]) throws
        -> (threshold: Double, banding: RecordBanding)
    {
        guard nodeCount >= 0 else { throw DedupError(.badRecord, "the node count \(nodeCount) is negative") }
        let sample = samplePositions(nodeCount: nodeCount)
        let (thresholds, bandings) = fullLadder(permutations: options.permutations)
        let leads = leadLadder(width: Fingerprinter.leadPermutations)
        let lead = { (choice: Int) in options.leadCandidates ? leads[choice] : nil }
        let fixed = options.candidateThreshold.map {
            Deduplicator.lshParameters(threshold: $0, permutations: options.permutations)
        }
        guard !sample.isEmpty else {
            let threshold = options.candidateThreshold ?? thresholds.first ?? 0.5
            return (threshold, RecordBanding(full: fixed ?? bandings[0], lead: lead(0)))
        }
        // A compact table of the sampled nodes only, rows in position order.
        let positions = Set(sample.flatMap { [$0.0, $0.1] }).sorted()
        var row: [Int: Int] = [:]
        var full: [UInt32] = []
        var leadValues: [UInt32] = []
        for position in positions {
            guard let signatures = sampled[position], signatures.signature.count == options.permutations,
                signatures.lead.count == Fingerprinter.leadPermutations
            else { throw DedupError(.badRecord, "the signature of node \(position) is missing or has the wrong length") }
            row[position] = row.count
            full += signatures.signature
            leadValues += signatures.lead
        }
        let rows = sample.compactMap { pair in row[pair.0].flatMap { a in row[pair.1].map { (a, $0) } } }
        let n = Double(nodeCount)
        let pairs = n * (n - 1) / 2
        let budget = budget(nodeCount: nodeCount)
        let starts = (0..<positions.count)
        let threshold =
            options.candidateThreshold
            ?? thresholds[
                choose(
                    bandings,
                    table: SignatureTable(
                        values: full, width: options.permutations, starts: starts.map { $0 * options.permutations }),
                    sample: rows, pairs: pairs, budget: budget, name: "full")]
        // Without lead candidates there is no lead banding to choose (as in dedup).
        let leadChoice =
            options.leadCandidates
            ? choose(
                leads,
                table: SignatureTable(
                    values: leadValues, width: Fingerprinter.leadPermutations,
                    starts: starts.map { $0 * Fingerprinter.leadPermutations }),
                sample: rows, pairs: pairs, budget: budget, name: "lead") : 0
        return (
            threshold,
            RecordBanding(
                full: Deduplicator.lshParameters(threshold: threshold, permutations: options.permutations),
                lead: lead(leadChoice))
        )
    }
}
