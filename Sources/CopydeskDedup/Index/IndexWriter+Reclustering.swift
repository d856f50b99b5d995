internal import CopydeskSimilarity

/// Re-clustering a newcomer's component as a dedup run would cluster it.
extension IndexWriter {
    /// Whether `outlet` is a wire agency, remembered per outlet.
    func isAgency(_ outlet: String?) -> Bool {
        guard let outlet else { return WireAgency.isAgency(nil) }
        if let known = agencies[outlet] { return known }
        let agency = WireAgency.isAgency(outlet)
        // Outlets are few; a stream of distinct names (a damaged archive) must not grow this.
        if agencies.count >= 65_536 { agencies.removeAll(keepingCapacity: true) }
        agencies[outlet] = agency
        return agency
    }

    /// Clusters `rows` (whole clusters and a newcomer) again exactly as a dedup run would: the
    /// same precedence order, every pair verified, the same placement rules. So the clusters do
    /// not depend on the order documents were added in: a reprint indexed before its original
    /// joins the original's cluster when the original comes, and two reprints that do not match
    /// each other are brought together by the original they both match.
    /// - Returns: whether the newcomer shares its cluster with another document.
    ///
    /// The pairs linked are those dedup links: proposed by LSH, not ruled out by dedup's
    /// pre-check, and verified — as recorded in each document's `neighbours` when it was added
    /// (``EdgeGraph``). Only the rows whose cluster or relation changed are written; the clusters
    /// the rows were in are reused or deleted.
    ///
    /// The newcomer (`new`, registered at `newcomer`) is not written yet: it is placed from
    /// memory and written once, with its cluster. It counts as a member of `joining`'s cluster
    /// (its first verified neighbour's) when the old clusters' ids are handed on, as it did when
    /// it was written there first.
    func recluster(_ rows: [Int64], newcomer new: NewDocument, at newcomer: Int64, joining: Int64) throws
        -> Bool
    {
        // Row order: the order a dedup run of the archive as added reads them in, which breaks
        // ties between clusters the same way.
        var rows = rows
        SetSimilarity.sortUnique(&rows)
        var documents: [Member] = []
        for row in rows {
            if row == newcomer {
                let document = new.document
                documents.append(
                    Member(
                        row: row, published: document.item.published, outlet: document.item.outlet,
                        length: document.length, cluster: 0, relation: nil, similarity: 1, content: document.hash))
                continue
            }
            if let known = recentMembers[row] {
                documents.append(known)
                continue
            }
            try member.rows([.integer(row)]) {
                documents.append(
                    Member(
                        row: row, published: $0.text(0), outlet: $0.text(1), length: Int($0.int(2)),
                        cluster: $0.int(3), relation: $0.text(4), similarity: $0.double(5), content: $0.int(6)))
            }
        }
        if let joined = documents.first(where: { $0.row == joining })?.cluster,
            let at = documents.firstIndex(where: { $0.row == newcomer })
        {
            documents[at].cluster = joined
        }
        let count = documents.count
        // Sort keys computed once: comparing through the members copied their arrays and looked
        // the outlet up among the agencies at every comparison (4% of an `add`).
        let keys = documents.map {
            (published: $0.published, agency: isAgency($0.outlet), length: $0.length, row: $0.row)
        }
        let order = (0..<count).sorted { IndexLookup.precedes(keys[$0], keys[$1]) }
        // Identical copies are one node, led by the copy that comes first, as in a dedup run
        // (which clusters distinct contents): a copy identical to the representative is no
        // second member, so it neither vouches for a cut copy nor counts towards a core.
        var leader = Array(0..<count)
        var leaderOfContent: [Int64: Int] = [:]
        for node in order {
            if let first = leaderOfContent[documents[node].content] {
                leader[node] = first
            } else {
                leaderOfContent[documents[node].content] = node
            }
        }
        let nodes = order.filter { leader[$0] == $0 }
        var sets = [[UInt32]](repeating: [], count: count)
        for node in nodes {
            sets[node] =
                documents[node].row == newcomer ? new.document.shingles : try lookup.shingles(documents[node].row)
        }
        // The edges among the rows, from both ends (``EdgeGraph``), between their leaders.
        var index: [Int64: Int] = [:]
        for (position, document) in documents.enumerated() { index[document.row] = position }
        var adjacency = [[Int32]](repeating: [], count: count)
        for a in 0..<count {
            edges.forEachNeighbour(of: UInt32(truncatingIfNeeded: documents[a].row)) { neighbour in
                guard let b = index[Int64(neighbour)], leader[b] != leader[a] else { return }
                adjacency[leader[a]].append(Int32(leader[b]))
            }
        }
        for node in adjacency.indices { SetSimilarity.sortUnique(&adjacency[node]) }
        let placed = GreedyPlacement(options: lookup.options).place(
            order: nodes, count: count, neighbours: { adjacency[$0] },
            overlap: { self.overlaps.overlap(documents[$0].row, documents[$1].row, sets[$0], sets[$1]) })
        // A copy follows its leader: `identical` to it when the leader is the representative,
        // else the leader's verdict (dedup's rows say the same).
        func representativeOf(_ node: Int) -> Int { placed[leader[node]]?.representative ?? leader[node] }
        func verdictOf(_ node: Int) -> Verdict? {
            if node == representativeOf(node) { return nil }
            if leader[node] == representativeOf(node) { return Verdict(relation: .identical, similarity: 1) }
            return placed[leader[node]]?.verdict
        }
        // One cluster per representative, in precedence order; each keeps the id of the old
        // cluster most of its members were in, so ids stay put when nothing changed.
        var groups: [Int: [Int]] = [:]
        for node in order { groups[representativeOf(node), default: []].append(node) }
        // The clusters the rows were in (the newcomer's is one of them, or 0: none).
        var free = Set(documents.map(\.cluster))
        free.remove(0)
        var newcomerShares = false
        var newcomerWritten = false
        for representative in order where groups[representative] != nil {
            let group = groups[representative] ?? []
            var votes: [Int64: Int] = [:]
            for node in group where free.contains(documents[node].cluster) {
                votes[documents[node].cluster, default: 0] += 1
            }
            let cluster: Int64
            var before: (representative: Int64, size: Int)?
            if let kept = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
                cluster = kept
                free.remove(kept)
                before = try lookup.cluster(kept)
            } else {
                try insertCluster.run([.integer(0)])
                cluster = lookup.database.lastInsertedRow
            }
            for node in group {
                let verdict = verdictOf(node)
                let document = documents[node]
                let relation = verdict?.relation.rawValue
                let similarity = verdict?.similarity ?? 1
                var now = document
                (now.cluster, now.relation, now.similarity) = (cluster, relation, similarity)
                remember(now)
                if document.row == newcomer {
                    newcomerShares = group.count > 1
                    try write(new, at: newcomer, cluster: cluster, relation: verdict?.relation, similarity: similarity)
                    newcomerWritten = true
                    continue
                }
                if document.cluster == cluster, document.relation == relation, document.similarity == similarity {
                    continue
                }
                try moveDocument.run([
                    .integer(cluster), relation.map { .text($0) } ?? .null, .real(similarity), .integer(document.row),
                ])
            }
            let representativeRow = documents[representative].row
            if before?.representative != representativeRow || before?.size != group.count {
                try setCluster.run([.integer(representativeRow), .integer(Int64(group.count)), .integer(cluster)])
            }
        }
        for cluster in free { try deleteCluster.run([.integer(cluster)]) }
        // Every node is in a group, the newcomer too; were it not, it still gets a row, alone.
        if !newcomerWritten {
            recentMembers[newcomer] = nil
            try insertSingleton.run([.integer(newcomer)])
            let cluster = lookup.database.lastInsertedRow
            try write(new, at: newcomer, cluster: cluster, relation: nil, similarity: 1)
            newcomerShares = false
        }
        return newcomerShares
    }

    /// Keeps `member` as the row now stands in SQLite (bounded: emptied when full, rows are
    /// read again as needed).
    func remember(_ member: Member) {
        if recentMembers.count >= Self.recentMemberRows, recentMembers[member.row] == nil {
            recentMembers.removeAll(keepingCapacity: true)
        }
        recentMembers[member.row] = member
    }

    /// Forgets every row kept by re-clustering: the rows of a cluster changed otherwise
    /// (placed into, a new representative).
    func forgetMembers() { recentMembers.removeAll(keepingCapacity: true) }

    /// The most rows ``recentMembers`` holds: ~100 bytes each.
    static let recentMemberRows = 1 << 16

    /// What re-clustering needs of a document.
    struct Member {
        var row: Int64
        var published: String?
        var outlet: String?
        var length: Int
        var cluster: Int64
        var relation: String?
        var similarity: Double
        /// Its content hash: equal for identical copies.
        var content: Int64
    }
}
