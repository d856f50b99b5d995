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
        let placement = try place(shingles, fingerprint: fingerprint)
        let cluster: Int64
        if let placement {
            cluster = placement.cluster
        } else {
            try insertCluster.run([.integer(0)])
            cluster = lookup.database.lastInsertedRow
        }
        func text(_ value: String?) -> Statement.Value { value.map { .text($0) } ?? .null }
        try insertDocument.run([
            .text(id), .text(item.source), text(item.title), text(item.url), text(item.published), text(item.outlet),
            .integer(Int64(length)), .integer(Int64(shingles.count)), .integer(hash), .integer(cluster),
            text(placement?.verdict.relation.rawValue), .real(placement?.verdict.similarity ?? 1), .integer(now),
            .blob(ShingleSetCodec.encode(shingles)),
        ])
        let row = lookup.database.lastInsertedRow
        for key in lookup.keys(fingerprint) {
            insertBand.reset()
            try insertBand.bind(1, IndexSchema.storedKey(key))
            try insertBand.bind(2, row)
            while try insertBand.step() {}
        }
        try growCluster.run([.integer(cluster)])
        report.added += 1
        if let placement {
            report.reprints += 1
            let representative = placement.representative
            let newcomer = (published: item.published, length: length, row: row)
            if IndexLookup.precedes(newcomer, (representative.published, representative.length, representative.row)) {
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
