internal import Foundation
internal import Synchronization

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
    let sets: MappedShingles
    let options: DedupOptions
    let threads: Int

    /// The pairs that pass exact verification, as adjacency lists indexed by entry.
    func verify(_ pairs: [UInt64]) throws -> [[Int32]] {
        let chunks = max(1, min(threads * 8, pairs.count / 1024 + 1))
        let collected = Edges(count: catalog.count)
        // The pre-check reads signatures and counts through pointers, with the thresholds taken
        // out of the options once: per pair, a copy of the options or of the catalog's arrays
        // cost more than comparing 128 values.
        let k = catalog.permutations
        let jaccardThreshold = options.jaccardThreshold
        let containmentThreshold = options.containmentThreshold
        let catalog = catalog
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = pairs.count * chunk / chunks
            let upper = pairs.count * (chunk + 1) / chunks
            var edges: [(Int32, Int32)] = []
            var read = 0
            catalog.signatures.withUnsafeBufferPointer { signatures in
            catalog.signatureStart.withUnsafeBufferPointer { starts in
            catalog.entries.withUnsafeBufferPointer { entries in
            for index in lower..<upper {
                let (x, y) = CandidateSearch.unpack(pairs[index])
                guard x < entries.count, y < entries.count else { continue }
                let (sx, sy) = (starts[x], starts[y])
                guard sx >= 0, sy >= 0, sx + k <= signatures.count, sy + k <= signatures.count,
                    let base = signatures.baseAddress
                else { continue }
                let equal = k > 0 ? Verdict.equalValues(base + sx, base + sy, count: k) : 0
                guard
                    Verdict.plausible(
                        estimate: Double(equal) / Double(max(1, k)), permutations: k,
                        countA: entries[x].shingleCount, countB: entries[y].shingleCount,
                        jaccardThreshold: jaccardThreshold, containmentThreshold: containmentThreshold)
                else { continue }
                let overlap = SetOverlap(sets[entries[x].location], sets[entries[y].location])
                if Verdict(overlap, options: options) != nil {
                    edges.append((Int32(x), Int32(y)))
                }
                // Every pair read touches a page or two of each set: handed back every few
                // thousand pairs read, they stay a few tens of MB of the resident set.
                read &+= 1
                if read % Self.pairsBetweenReliefs == 0 { sets.relieve() }
            }
            }
            }
            }
            collected.add(edges)
        }
        sets.relieve()
        return collected.adjacency()
    }

    /// Clusters the `nodes` (one entry per distinct content) over verified `adjacency`.
    ///
    /// A node joins the cluster whose representative it is a verified reprint of (the most
    /// similar one if several). Failing that, it joins a cluster when it is verified against more
    /// than half of that cluster's members (two at least): two papers that extended the same
    /// agency story with different paragraphs of their own are too far apart to match each
    /// other, but both carry the same core that the rest of the cluster shares. A document that
    /// merely touches a cluster through one or two members never qualifies. And a document that
    /// is only a part of the representative (`contained`) joins a cluster that has members
    /// already only when one of them is a verified neighbour too, or passes verification against
    /// it (the first few members are checked).
    /// - Returns: for each node, its representative (an entry index) and its verdict against it;
    ///   a representative maps to itself with no verdict.
    func cluster(nodes: [Int], adjacency: [[Int32]]) throws -> [Int: (representative: Int, verdict: Verdict?)] {
        let order = catalog.inPrecedenceOrder(nodes)
        let entries = catalog.entries
        return GreedyPlacement(options: options).place(
            order: order, count: catalog.count, neighbours: { adjacency[$0] },
            overlap: { SetOverlap(sets[entries[$0].location], sets[entries[$1].location]) },
            step: { if $0 % Self.pairsBetweenReliefs == 0 { sets.relieve() } })
    }

    /// Pairs of sets read (or documents placed) between two reliefs of the mapped sets: 16,384
    /// let ~300 MB of set pages stay resident at a million documents; 2,048 keep it near 40 MB,
    /// at one `madvise` per 2,048 reads.
    static let pairsBetweenReliefs = 2_048
}

/// Dedup's clustering of nodes taken in precedence order, over any numbering of the nodes: the
/// one algorithm a dedup run and the index (re-clustering the neighbourhood of a document it
/// adds) both use, so that they give the same clusters.
struct GreedyPlacement {
    let options: DedupOptions

    /// - Parameters:
    ///   - order: the nodes, in precedence order.
    ///   - count: one more than the largest node number.
    ///   - neighbours: a node's verified neighbours, ascending.
    ///   - overlap: the exact overlap of two nodes' sets, the first as the member.
    ///   - step: called with the number of each step (a dedup run hands mapped pages back).
    /// - Returns: for each node, its representative and its verdict against it; a
    ///   representative maps to itself with no verdict.
    func place(
        order: [Int], count: Int, neighbours adjacency: (Int) -> [Int32], overlap: (Int, Int) -> SetOverlap,
        step: (Int) -> Void = { _ in }
    ) -> [Int: (representative: Int, verdict: Verdict?)] {
        var representativeOf = [Int32](repeating: -1, count: count)
        var size = [Int32](repeating: 1, count: count)
        var members: [Int: [Int32]] = [:]
        var result: [Int: (representative: Int, verdict: Verdict?)] = [:]
        result.reserveCapacity(order.count)
        for (number, node) in order.enumerated() {
            step(number)
            // Verified neighbours already placed, counted by their cluster's representative;
            // `witnesses` leaves the representative itself out.
            var neighbours: [(representative: Int, count: Int, witnesses: Int)] = []
            for neighbour in adjacency(node) {
                guard Int(neighbour) < count else { continue }
                let representative = Int(representativeOf[Int(neighbour)])
                guard representative >= 0 else { continue }
                let witness = Int(neighbour) != representative ? 1 : 0
                if let at = neighbours.firstIndex(where: { $0.representative == representative }) {
                    neighbours[at].count += 1
                    neighbours[at].witnesses += witness
                } else {
                    neighbours.append((representative, 1, witness))
                }
            }
            var best: (representative: Int, verdict: Verdict)?
            if !neighbours.isEmpty {
                for (representative, _, witnesses) in neighbours {
                    guard let verdict = Verdict(overlap(node, representative), options: options) else { continue }
                    // A part of the representative joins a cluster that has members already only
                    // if one of them vouches for it too: a roundup published first holds two
                    // unrelated stories, and each is "contained" in it, but not in each other.
                    // Members that are not LSH neighbours may vouch too: a few are checked exactly.
                    if verdict.relation == .contained, size[representative] > 1, witnesses == 0 {
                        let vouched = (members[representative] ?? []).prefix(4).contains { member in
                            Verdict(overlap(node, Int(member)), options: options) != nil
                        }
                        if !vouched { continue }
                    }
                    if best == nil || verdict.strength > best?.verdict.strength ?? 0 {
                        best = (representative, verdict)
                    }
                }
                if best == nil,
                    let core = neighbours.filter({ $0.count >= 2 && $0.count * 2 > Int(size[$0.representative]) })
                        .max(by: { $0.count < $1.count })
                {
                    best = (core.representative, Verdict(describing: overlap(node, core.representative), options: options))
                }
            }
            if let best {
                representativeOf[node] = Int32(best.representative)
                size[best.representative] += 1
                members[best.representative, default: []].append(Int32(node))
                result[node] = (best.representative, best.verdict)
            } else {
                representativeOf[node] = Int32(node)
                result[node] = (node, nil)
            }
        }
        return result
    }
}

/// Verified pairs as adjacency lists, added to by the verifying workers.
private final class Edges: Sendable {
    private let lists: Mutex<[[Int32]]>

    init(count: Int) { lists = Mutex(Array(repeating: [], count: count)) }

    func add(_ edges: [(Int32, Int32)]) {
        lists.withLock { lists in
            for (a, b) in edges {
                lists[Int(a)].append(b)
                lists[Int(b)].append(a)
            }
        }
    }

    /// Each list in ascending order, whatever order the workers finished in: ties between
    /// clusters are then broken the same way on every run, and by `copydesk cluster`.
    func adjacency() -> [[Int32]] {
        // Sorted in place and handed over: a sorted copy of every list would double them.
        lists.withLock { lists in
            for index in lists.indices where lists[index].count > 1 { lists[index].sort() }
            return lists
        }
    }
}
