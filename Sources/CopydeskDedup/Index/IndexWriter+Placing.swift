internal import CopydeskSimilarity

/// Placing a document into a neighbourhood too large to re-cluster (stock phrases shared by
/// hundreds of documents): against the representatives and members of the clusters it touches,
/// as dedup places a document, without re-placing the others.
extension IndexWriter {
    /// Adds a document to a neighbourhood too large to re-cluster: placed against the
    /// representatives and members of the clusters it touches.
    func addPlacing(_ new: NewDocument, verified: [Int64], report: inout IndexAddReport) throws {
        let placement = try place(new.document.shingles, candidates: verified)
        // Placing into a cluster (and promoting) changes rows that re-clustering may hold.
        if placement != nil { forgetMembers() }
        let row = try register(new)
        report.added += 1
        guard let placement else {
            // A cluster of its own, written with its representative and size at once.
            try insertSingleton.run([.integer(row)])
            try write(new, at: row, cluster: lookup.database.lastInsertedRow, relation: nil, similarity: 1)
            return
        }
        let cluster = placement.cluster
        try write(
            new, at: row, cluster: cluster, relation: placement.verdict.relation,
            similarity: placement.verdict.similarity)
        try growCluster.run([.integer(cluster)])
        report.reprints += 1
        let representative = placement.representative
        let item = new.document.item
        let newcomer = (published: item.published, outlet: item.outlet, length: new.document.length, row: row)
        if IndexLookup.precedes(
            newcomer, (representative.published, representative.outlet, representative.length, representative.row))
        {
            try promote(row, shingles: new.document.shingles, in: cluster)
        }
    }

    /// The cluster the document belongs to, as `dedup` decides it: verified against the
    /// representative, or against more than half of the cluster's members (two at least).
    private func place(_ shingles: [UInt32], candidates: [Int64]) throws
        -> (cluster: Int64, representative: IndexLookup.Document, verdict: Verdict)?
    {
        var byCluster: [Int64: [Int64]] = [:]
        for candidate in candidates {
            guard let document = try lookup.document(candidate) else { continue }
            byCluster[document.cluster, default: []].append(candidate)
        }
        var best: (cluster: Int64, representative: IndexLookup.Document, verdict: Verdict)?
        var clusters: [(id: Int64, representative: IndexLookup.Document, size: Int)] = []
        for cluster in byCluster.keys.sorted() {
            guard let (row, size) = try lookup.cluster(cluster), let representative = try lookup.document(row) else {
                continue
            }
            clusters.append((cluster, representative, size))
            let overlap = SetOverlap(shingles, try lookup.shingles(row))
            guard let verdict = Verdict(overlap, options: lookup.options) else { continue }
            // As in a dedup run: a part of the representative needs a member to vouch for it.
            if verdict.relation == .contained, size > 1 {
                var vouched = false
                for member in byCluster[cluster] ?? [] where member != row && !vouched {
                    vouched = Verdict(SetOverlap(shingles, try lookup.shingles(member)), options: lookup.options) != nil
                }
                if !vouched { continue }
            }
            if best == nil || verdict.strength > best?.verdict.strength ?? 0 {
                best = (cluster, representative, verdict)
            }
        }
        if best != nil { return best }
        var core: (cluster: Int64, representative: IndexLookup.Document, count: Int)?
        for (cluster, representative, size) in clusters {
            var count = 0
            for member in byCluster[cluster] ?? [] where member != representative.row {
                if Verdict(SetOverlap(shingles, try lookup.shingles(member)), options: lookup.options) != nil {
                    count += 1
                }
            }
            if count >= 2, count * 2 > size, count > core?.count ?? 0 { core = (cluster, representative, count) }
        }
        guard let core else { return nil }
        let verdict = Verdict(
            describing: SetOverlap(shingles, try lookup.shingles(core.representative.row)), options: lookup.options)
        return (core.cluster, core.representative, verdict)
    }

    /// Makes `row` the representative of `cluster` (it was published earlier than the one
    /// there) and restates every member's relation to it.
    private func promote(_ row: Int64, shingles: [UInt32], in cluster: Int64) throws {
        try setRepresentative.run([.integer(row), .integer(cluster)])
        var rows: [Int64] = []
        try members.rows([.integer(cluster)]) { rows.append($0.int(0)) }
        for member in rows {
            if member == row {
                try setRelation.run([.null, .real(1), .integer(member)])
                continue
            }
            let verdict = Verdict(
                describing: SetOverlap(try lookup.shingles(member), shingles), options: lookup.options)
            try setRelation.run([.text(verdict.relation.rawValue), .real(verdict.similarity), .integer(member)])
        }
    }
}
