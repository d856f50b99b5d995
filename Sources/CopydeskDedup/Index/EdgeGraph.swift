/// Every verified edge of the index (the pairs dedup would link: proposed by LSH, not ruled out
/// by the MinHash pre-check, verified exactly), both ways, in memory for `add`.
///
/// Re-clustering the clusters of a newcomer's neighbours is not enough to give dedup's clusters:
/// a cut copy that no member vouched for stays alone, linked to the representative only, and
/// when a member that would vouch for it arrives later (an LSH neighbour of the representative,
/// not of the copy) the copy is not among the newcomer's neighbours' clusters. Dedup places each
/// connected component of the edge graph on its own, so re-clustering the newcomer's whole
/// component is dedup's answer for it; that needs the edges from both ends, which the stored
/// neighbour lists (the later document's) do not give without this table.
///
/// Adjacency as singly linked lists in flat arrays: 12 bytes per edge direction and 4 per row,
/// ~80 MB at a million documents with ~3 edges each; appending costs no allocation per row.
struct EdgeGraph {
    /// `head[row]`: the first edge slot of `row`, or -1.
    private var head: [Int32] = []
    private var target: [UInt32] = []
    private var next: [Int32] = []

    /// Links `a` and `b` both ways (a repeated pair is linked again; ``component(of:limit:)``
    /// visits each row once whatever the repeats).
    mutating func link(_ a: UInt32, _ b: UInt32) {
        guard a != b, target.count < Int(Int32.max) - 2 else { return }
        let highest = Int(max(a, b))
        if highest >= head.count {
            head.append(contentsOf: repeatElement(-1, count: max(highest + 1, head.count * 2, 1024) - head.count))
        }
        append(from: a, to: b)
        append(from: b, to: a)
    }

    private mutating func append(from: UInt32, to: UInt32) {
        target.append(to)
        next.append(head[Int(from)])
        head[Int(from)] = Int32(target.count - 1)
    }

    /// Calls `body` with each row linked to `row` (repeats possible).
    func forEachNeighbour(of row: UInt32, _ body: (UInt32) -> Void) {
        guard Int(row) < head.count else { return }
        var slot = head[Int(row)]
        while slot >= 0, Int(slot) < target.count {
            body(target[Int(slot)])
            slot = next[Int(slot)]
        }
    }

    /// The rows connected to `seeds` (the seeds included), ascending; nil when there are more
    /// than `limit`. A breadth-first walk that stops as soon as it passes the limit, so a
    /// component of stock phrases shared by thousands costs `limit` steps, not thousands.
    func component(of seeds: [UInt32], limit: Int) -> [UInt32]? {
        var seen: Set<UInt32> = []
        var queue: [UInt32] = []
        for seed in seeds where seen.insert(seed).inserted { queue.append(seed) }
        var position = 0
        while position < queue.count {
            if queue.count > limit { return nil }
            let row = queue[position]
            position += 1
            forEachNeighbour(of: row) { neighbour in
                if seen.insert(neighbour).inserted { queue.append(neighbour) }
            }
        }
        if queue.count > limit { return nil }
        queue.sort()
        return queue
    }

    /// Edge directions held (twice the edges).
    var count: Int { target.count }
}
