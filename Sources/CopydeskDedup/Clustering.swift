internal import Foundation

/// Where one document ended up.
public struct Assignment: Sendable, Hashable {
    /// Cluster number, from 1, in the order the clusters' representatives were read.
    public var cluster: Int
    /// The entry index of the cluster's representative.
    public var representative: Int
    /// nil for the representative itself.
    public var relation: Relation?
    /// Similarity to the representative (1 for the representative).
    public var similarity: Double
}

/// Verified edges and clusters that do not chain.
///
/// Candidate pairs are verified exactly on the stored shingle sets. Documents are then taken in
/// order of precedence (earliest published, then longest); each joins the cluster, among those of
/// its verified neighbours, whose representative it is itself a verified reprint of, or starts a
/// cluster of its own. So every member is checked against the representative, never only
/// against a neighbour: a long document that overlaps two unrelated stories cannot glue their
/// clusters together.
struct Clustering {
    let catalog: Catalog
    let store: ShingleStore
    let options: DedupOptions
    let threads: Int

    /// The pairs that pass exact verification, as adjacency lists indexed by entry.
    func verify(_ pairs: [UInt64]) throws -> [[Int32]] {
        let chunks = max(1, min(threads * 8, pairs.count / 1024 + 1))
        let collected = Edges(count: catalog.count)
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = pairs.count * chunk / chunks
            let upper = pairs.count * (chunk + 1) / chunks
            var a: [UInt32] = []
            var b: [UInt32] = []
            var loadedA = -1
            var edges: [(Int32, Int32)] = []
            do {
                for index in lower..<upper {
                    let (x, y) = CandidateSearch.unpack(pairs[index])
                    guard mayPass(x, y) else { continue }
                    // Pairs are sorted by their first entry: read it once for all its pairs.
                    if x != loadedA {
                        try store.read(catalog.entries[x].location, into: &a)
                        loadedA = x
                    }
                    try store.read(catalog.entries[y].location, into: &b)
                    if Verdict(SetOverlap(a, b), options: options) != nil {
                        edges.append((Int32(x), Int32(y)))
                    }
                }
            } catch {
                failure.record(error)
            }
            collected.add(edges)
        }
        if let error = failure.error { throw error }
        return collected.adjacency()
    }

    /// A cheap look at the MinHash estimate before reading sets: pairs far below both thresholds
    /// (background noise that LSH lets through) are dropped without touching the disk.
    func mayPass(_ x: Int, _ y: Int) -> Bool {
        let k = catalog.permutations
        var equal = 0
        catalog.signatures.withUnsafeBufferPointer { signatures in
            let sx = catalog.signatureStart[x]
            let sy = catalog.signatureStart[y]
            for i in 0..<k where signatures[sx + i] == signatures[sy + i] { equal += 1 }
        }
        let jaccard = Double(equal) / Double(k)
        // Three standard deviations of the estimate at K = 128 is about 0.13.
        let margin = 3 * (0.25 / Double(k)).squareRoot() + 0.01
        if jaccard >= options.jaccardThreshold - margin { return true }
        let a = Double(catalog.entries[x].shingleCount)
        let b = Double(catalog.entries[y].shingleCount)
        let shared = jaccard / (1 + jaccard) * (a + b)
        let containment = shared / max(1, min(a, b))
        return containment >= options.containmentThreshold - 2 * margin
    }

    /// Clusters the `nodes` (one entry per distinct content) over verified `adjacency`.
    /// - Returns: each node's cluster representative (an entry index) and verdict; nodes that
    ///   represent their own cluster map to themselves with no verdict.
    func cluster(nodes: [Int], adjacency: [[Int32]]) throws -> [Int: (representative: Int, verdict: Verdict?)] {
        let order = nodes.sorted { catalog.precedes($0, $1) }
        var representativeOf = [Int](repeating: -1, count: catalog.count)
        var result: [Int: (representative: Int, verdict: Verdict?)] = [:]
        result.reserveCapacity(nodes.count)
        var mine: [UInt32] = []
        var theirs: [UInt32] = []
        for node in order {
            var candidates: [Int] = []
            for neighbour in adjacency[node] {
                let representative = representativeOf[Int(neighbour)]
                if representative >= 0, !candidates.contains(representative) { candidates.append(representative) }
            }
            var best: (representative: Int, verdict: Verdict)?
            if !candidates.isEmpty {
                try store.read(catalog.entries[node].location, into: &mine)
                for representative in candidates {
                    try store.read(catalog.entries[representative].location, into: &theirs)
                    guard let verdict = Verdict(SetOverlap(mine, theirs), options: options) else { continue }
                    if best == nil || verdict.similarity > best?.verdict.similarity ?? 0 {
                        best = (representative, verdict)
                    }
                }
            }
            if let best {
                representativeOf[node] = best.representative
                result[node] = (best.representative, best.verdict)
            } else {
                representativeOf[node] = node
                result[node] = (node, nil)
            }
        }
        return result
    }
}

private final class Edges: @unchecked Sendable {
    private let lock = NSLock()
    private var lists: [[Int32]]

    init(count: Int) { lists = Array(repeating: [], count: count) }

    func add(_ edges: [(Int32, Int32)]) {
        lock.lock()
        for (a, b) in edges {
            lists[Int(a)].append(b)
            lists[Int(b)].append(a)
        }
        lock.unlock()
    }

    func adjacency() -> [[Int32]] {
        lock.lock()
        defer { lock.unlock() }
        return lists
    }
}

private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
}
