internal import CopydeskSimilarity
internal import Foundation

/// Adds one document at a time to the index, inside the caller's transaction.
final class IndexWriter {
    private let lookup: IndexLookup
    private let exists: Statement
    private let insertDocument: Statement
    private let insertBand: Statement
    private let insertCluster: Statement
    private let growCluster: Statement
    private let setRepresentative: Statement
    private let members: Statement
    private let setRelation: Statement
    private let moveDocument: Statement
    private let setCluster: Statement
    private let deleteCluster: Statement
    /// Seconds since 1970 when this `add` started: the `added` of every document it writes.
    private let now: Int64

    init(index: ArchiveIndex) throws {
        lookup = try IndexLookup(index: index)
        let database = index.database
        exists = try database.prepare("SELECT id FROM documents WHERE content_hash = ?")
        insertDocument = try database.prepare(
            """
            INSERT INTO documents(id, source, title, url, published, outlet, length, shingles, content_hash, cluster,
                relation, similarity, added, shingle_set)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // OR IGNORE: two bands of one document may share a 32-bit key.
        insertBand = try database.prepare("INSERT OR IGNORE INTO bands(key, document) VALUES (?, ?)")
        insertCluster = try database.prepare("INSERT INTO clusters(representative, size) VALUES (?, 0)")
        growCluster = try database.prepare("UPDATE clusters SET size = size + 1 WHERE id = ?")
        setRepresentative = try database.prepare("UPDATE clusters SET representative = ? WHERE id = ?")
        members = try database.prepare("SELECT rowid FROM documents WHERE cluster = ?")
        setRelation = try database.prepare("UPDATE documents SET relation = ?, similarity = ? WHERE rowid = ?")
        moveDocument = try database.prepare(
            "UPDATE documents SET cluster = ?, relation = ?, similarity = ? WHERE rowid = ?")
        setCluster = try database.prepare("UPDATE clusters SET representative = ?, size = ? WHERE id = ?")
        deleteCluster = try database.prepare("DELETE FROM clusters WHERE id = ?")
        now = Int64(Date().timeIntervalSince1970)
    }

    func add(_ item: IntakeItem, report: inout IndexAddReport) throws {
        guard case .document(let fingerprint, let shingles, let length) = item.content else {
            if case .failure(let message) = item.content { report.failures.append((item.source, item.id, message)) }
            return
        }
        let id = item.id ?? item.source
        let hash = Int64(bitPattern: fingerprint.contentHash.high)
        var known = false
        try exists.rows([.integer(hash)]) { known = known || $0.text(0) == id }
        if known {
            report.alreadyIndexed += 1
            return
        }
        // The clusters of the verified neighbours, and their members: the neighbourhood that a
        // dedup run of everything indexed plus this document would cluster differently.
        var affected: [Int64] = []
        for candidate in try lookup.candidates(fingerprint) {
            guard Verdict(SetOverlap(shingles, try lookup.shingles(candidate)), options: lookup.options) != nil,
                let document = try lookup.document(candidate)
            else { continue }
            affected.append(document.cluster)
        }
        CandidateSearch.sortUnique(&affected)
        var neighbourhood: [Int64] = []
        for cluster in affected { try members.rows([.integer(cluster)]) { neighbourhood.append($0.int(0)) } }
        guard !affected.isEmpty, neighbourhood.count < Self.reclusteringLimit else {
            try addPlacing(item, id: id, hash: hash, fingerprint: fingerprint, shingles: shingles, length: length,
                report: &report)
            return
        }
        let row = try insert(item, id: id, hash: hash, fingerprint: fingerprint, shingles: shingles, length: length,
            cluster: affected[0], relation: nil, similarity: 1)
        report.added += 1
        if try recluster(neighbourhood + [row], clusters: affected, newcomer: row) { report.reprints += 1 }
    }

    /// The most documents a neighbourhood is re-clustered with; a larger one (stock phrases
    /// shared by hundreds) is placed into as before, against representatives and members.
    static let reclusteringLimit = 96

    /// Writes the document's row and band keys; returns its row.
    private func insert(
        _ item: IntakeItem, id: String, hash: Int64, fingerprint: Fingerprint, shingles: [UInt32], length: Int,
        cluster: Int64, relation: Relation?, similarity: Double
    ) throws -> Int64 {
        func text(_ value: String?) -> Statement.Value { value.map { .text($0) } ?? .null }
        try insertDocument.run([
            .text(id), .text(item.source), text(item.title), text(item.url), text(item.published), text(item.outlet),
            .integer(Int64(length)), .integer(Int64(shingles.count)), .integer(hash), .integer(cluster),
            text(relation?.rawValue), .real(similarity), .integer(now),
            .blob(ShingleSetCodec.encode(shingles)),
        ])
        let row = lookup.database.lastInsertedRow
        for key in lookup.keys(fingerprint) {
            insertBand.reset()
            try insertBand.bind(1, IndexSchema.storedKey(key))
            try insertBand.bind(2, row)
            while try insertBand.step() {}
        }
        return row
    }

    /// Clusters `rows` (whole clusters and a newcomer) again exactly as a dedup run would: the
    /// same precedence order, every pair verified, the same placement rules. So the clusters do
    /// not depend on the order documents were added in: a reprint indexed before its original
    /// joins the original's cluster when the original comes, and two reprints that do not match
    /// each other are brought together by the original they both match.
    /// - Returns: whether the newcomer shares its cluster with another document.
    private func recluster(_ rows: [Int64], clusters: [Int64], newcomer: Int64) throws -> Bool {
        var documents: [IndexLookup.Document] = []
        var sets: [[UInt32]] = []
        for row in rows {
            guard let document = try lookup.document(row) else { continue }
            documents.append(document)
            sets.append(try lookup.shingles(row))
        }
        let count = documents.count
        let order = (0..<count).sorted { a, b in
            IndexLookup.precedes(
                (documents[a].published, documents[a].outlet, documents[a].length, documents[a].row),
                (documents[b].published, documents[b].outlet, documents[b].length, documents[b].row))
        }
        var adjacency = [[Int32]](repeating: [], count: count)
        for a in 0..<count {
            for b in (a + 1)..<count where Verdict(SetOverlap(sets[a], sets[b]), options: lookup.options) != nil {
                adjacency[a].append(Int32(b))
                adjacency[b].append(Int32(a))
            }
        }
        let placed = GreedyPlacement(options: lookup.options).place(
            order: order, count: count, neighbours: { adjacency[$0] }, overlap: { SetOverlap(sets[$0], sets[$1]) })
        // One cluster per representative, in precedence order; each keeps the id of the old
        // cluster most of its members were in, so ids stay put when nothing changed.
        var groups: [Int: [Int]] = [:]
        for node in order { groups[placed[node]?.representative ?? node, default: []].append(node) }
        var free = Set(clusters)
        var newcomerShares = false
        for representative in order where groups[representative] != nil {
            let group = groups[representative] ?? []
            var votes: [Int64: Int] = [:]
            for node in group where free.contains(documents[node].cluster) { votes[documents[node].cluster, default: 0] += 1 }
            let cluster: Int64
            if let kept = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
                cluster = kept
                free.remove(kept)
            } else {
                try insertCluster.run([.integer(0)])
                cluster = lookup.database.lastInsertedRow
            }
            for node in group {
                let verdict = node == representative ? nil : placed[node]?.verdict
                try moveDocument.run([
                    .integer(cluster), verdict.map { .text($0.relation.rawValue) } ?? .null,
                    .real(verdict?.similarity ?? 1), .integer(documents[node].row),
                ])
                if documents[node].row == newcomer { newcomerShares = group.count > 1 }
            }
            try setCluster.run([.integer(documents[representative].row), .integer(Int64(group.count)), .integer(cluster)])
        }
        for cluster in free { try deleteCluster.run([.integer(cluster)]) }
        return newcomerShares
    }

    /// Adds a document to a neighbourhood too large to re-cluster: placed against the
    /// representatives and members of the clusters it touches.
    private func addPlacing(
        _ item: IntakeItem, id: String, hash: Int64, fingerprint: Fingerprint, shingles: [UInt32], length: Int,
        report: inout IndexAddReport
    ) throws {
        let placement = try place(shingles, fingerprint: fingerprint)
        let cluster: Int64
        if let placement {
            cluster = placement.cluster
        } else {
            try insertCluster.run([.integer(0)])
            cluster = lookup.database.lastInsertedRow
        }
        let row = try insert(
            item, id: id, hash: hash, fingerprint: fingerprint, shingles: shingles, length: length, cluster: cluster,
            relation: placement?.verdict.relation, similarity: placement?.verdict.similarity ?? 1)
        try growCluster.run([.integer(cluster)])
        report.added += 1
        if let placement {
            report.reprints += 1
            let representative = placement.representative
            let newcomer = (published: item.published, outlet: item.outlet, length: length, row: row)
            if IndexLookup.precedes(
                newcomer,
                (representative.published, representative.outlet, representative.length, representative.row))
            {
                try promote(row, shingles: shingles, in: cluster)
            }
        } else {
            try setRepresentative.run([.integer(row), .integer(cluster)])
        }
    }

    /// The cluster the document belongs to, as `dedup` decides it: verified against the
    /// representative, or against more than half of the cluster's members (two at least).
    private func place(_ shingles: [UInt32], fingerprint: Fingerprint) throws
        -> (cluster: Int64, representative: IndexLookup.Document, verdict: Verdict)?
    {
        var byCluster: [Int64: [Int64]] = [:]
        for candidate in try lookup.candidates(fingerprint) {
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
