internal import CopydeskSimilarity
internal import Foundation

/// Adds one document at a time to the index, inside the caller's transaction.
///
/// The buckets (``BandTable``) and every document's sketch (``SketchTable``) are held in
/// memory for the whole `add`, so finding a new document's candidates and dropping the
/// background ones costs no SQLite read; its band cells wait in memory until ``flush()`` writes
/// the batch as one sorted run, just before the commit.
final class IndexWriter {
    private let lookup: IndexLookup
    private let pages: BandPages
    private var bands: BandTable
    private var sketches: SketchTable
    private let exists: Statement
    private let insertDocument: Statement
    private let insertSketch: Statement
    private let insertCluster: Statement
    private let growCluster: Statement
    private let setRepresentative: Statement
    private let members: Statement
    private let member: Statement
    private let clusterOf: Statement
    private let setRelation: Statement
    private let moveDocument: Statement
    private let setCluster: Statement
    private let deleteCluster: Statement
    /// Seconds since 1970 when this `add` started: the `added` of every document it writes.
    private let now: Int64

    init(index: ArchiveIndex) throws {
        lookup = try IndexLookup(index: index)
        let database = index.database
        pages = try BandPages(database: database)
        bands = try pages.load()
        var sketches = SketchTable(width: index.options.permutations)
        // A sketch row past the last document (a damaged file) is not given memory.
        let lastRow = try database.integer("SELECT max(rowid) FROM documents") ?? 0
        try database.prepare("SELECT document, shingles, sketch FROM sketches").rows { row in
            guard row.int(0) <= lastRow else { return }
            let document = Int(row.int(0))
            let count = Int(row.int(1))
            row.withBlob(2) { sketches.set(document, sketch: Array($0), count: count) }
        }
        self.sketches = sketches
        exists = try database.prepare("SELECT id FROM documents WHERE content_hash = ?")
        insertDocument = try database.prepare(
            """
            INSERT INTO documents(id, source, title, url, published, outlet, length, shingles, content_hash, cluster,
                relation, similarity, added, neighbours, shingle_set)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSketch = try database.prepare("INSERT INTO sketches(document, shingles, sketch) VALUES (?, ?, ?)")
        insertCluster = try database.prepare("INSERT INTO clusters(representative, size) VALUES (?, 0)")
        growCluster = try database.prepare("UPDATE clusters SET size = size + 1 WHERE id = ?")
        setRepresentative = try database.prepare("UPDATE clusters SET representative = ? WHERE id = ?")
        members = try database.prepare("SELECT rowid FROM documents WHERE cluster = ?")
        member = try database.prepare(
            "SELECT published, outlet, length, cluster, relation, similarity, neighbours FROM documents WHERE rowid = ?"
        )
        clusterOf = try database.prepare("SELECT cluster FROM documents WHERE rowid = ?")
        setRelation = try database.prepare("UPDATE documents SET relation = ?, similarity = ? WHERE rowid = ?")
        moveDocument = try database.prepare(
            "UPDATE documents SET cluster = ?, relation = ?, similarity = ? WHERE rowid = ?")
        setCluster = try database.prepare("UPDATE clusters SET representative = ?, size = ? WHERE id = ?")
        deleteCluster = try database.prepare("DELETE FROM clusters WHERE id = ?")
        now = Int64(Date().timeIntervalSince1970)
    }

    /// Writes the open batch's band cells as a new run, and merges the newest runs when they
    /// have grown as large as the one before (``BandTable/runsToMerge()``). Call before each
    /// commit: the cells are then in the same transaction as their documents.
    func flush() throws {
        guard bands.pendingCount > 0 else { return }
        let run = bands.takePending()
        bands.append(run: run, number: try pages.write(run))
        let merging = bands.runsToMerge()
        guard merging >= 2 else { return }
        let merged = BandRun.merged(Array(bands.runs.suffix(merging)), limit: IndexLookup.bucketLimit)
        let replaced = Array(bands.runNumbers.suffix(merging))
        let number = try pages.write(merged)
        for old in replaced { try pages.delete(old) }
        bands.replaceNewest(merging, with: merged, number: number)
    }

    /// Runs stored, for tests and statistics.
    var runCount: Int { bands.runs.count }

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
        var keys = lookup.storedKeys(fingerprint)
        SetSimilarity.sortUnique(&keys)
        let sketch = DocumentSketch.of(fingerprint.signature)
        // Candidates: the first `bucketLimit` documents of each bucket; a full bucket (a stock
        // phrase) takes no more cells.
        var found: [Int64] = []
        var open: [UInt32] = []
        for key in keys {
            let count = bands.documents(key, limit: IndexLookup.bucketLimit) { found.append(Int64($0)) }
            if count < IndexLookup.bucketLimit { open.append(key) }
        }
        SetSimilarity.sortUnique(&found)
        let candidates = found.filter {
            sketches.mayPass(Int($0), sketch, count: shingles.count, options: lookup.options)
        }
        // The clusters of the verified neighbours, and their members: the neighbourhood that a
        // dedup run of everything indexed plus this document would cluster differently.
        var affected: [Int64] = []
        var verified: [Int64] = []
        for candidate in candidates {
            guard Verdict(SetOverlap(shingles, try lookup.shingles(candidate)), options: lookup.options) != nil else {
                continue
            }
            verified.append(candidate)
            try clusterOf.rows([.integer(candidate)]) { affected.append($0.int(0)) }
        }
        SetSimilarity.sortUnique(&affected)
        var neighbourhood: [Int64] = []
        for cluster in affected { try members.rows([.integer(cluster)]) { neighbourhood.append($0.int(0)) } }
        let new = NewDocument(
            item: item, id: id, hash: hash, fingerprint: fingerprint, shingles: shingles, length: length, open: open,
            sketch: sketch, neighbours: verified.map { UInt32(truncatingIfNeeded: $0) })
        guard !affected.isEmpty, neighbourhood.count < Self.reclusteringLimit else {
            try addPlacing(new, candidates: candidates, report: &report)
            return
        }
        let row = try insert(new, cluster: affected[0], relation: nil, similarity: 1)
        report.added += 1
        if try recluster(neighbourhood + [row], clusters: affected, newcomer: row) { report.reprints += 1 }
    }

    /// A document being added, fingerprinted.
    private struct NewDocument {
        var item: IntakeItem
        var id: String
        var hash: Int64
        var fingerprint: Fingerprint
        var shingles: [UInt32]
        var length: Int
        /// Its stored band keys whose bucket is not full: the buckets it enters.
        var open: [UInt32]
        var sketch: [UInt8]
        /// The indexed documents it verified against, ascending.
        var neighbours: [UInt32]
    }

    /// The most documents a neighbourhood is re-clustered with; a larger one (stock phrases
    /// shared by hundreds) is placed into as before, against representatives and members.
    static let reclusteringLimit = 96

    /// Writes the document's row and sketch, and its band cells to the open batch; returns its row.
    private func insert(_ new: NewDocument, cluster: Int64, relation: Relation?, similarity: Double) throws -> Int64 {
        func text(_ value: String?) -> Statement.Value { value.map { .text($0) } ?? .null }
        let item = new.item
        try insertDocument.run([
            .text(new.id), .text(item.source), text(item.title), text(item.url), text(item.published),
            text(item.outlet), .integer(Int64(new.length)), .integer(Int64(new.shingles.count)), .integer(new.hash),
            .integer(cluster), text(relation?.rawValue), .real(similarity), .integer(now),
            .blob(IndexSchema.encodeRows(new.neighbours)), .blob(ShingleSetCodec.encode(new.shingles)),
        ])
        let row = lookup.database.lastInsertedRow
        // Band cells and the sketch table hold rows in 32 bits.
        guard row > 0, row < Int64(UInt32.max) else {
            throw DedupError(.full, "\(lookup.database.path): more documents than an index holds (4,294,967,294)")
        }
        try insertSketch.run([.integer(row), .integer(Int64(new.shingles.count)), .blob(new.sketch)])
        sketches.set(Int(row), sketch: new.sketch, count: new.shingles.count)
        for key in new.open { bands.insert(key, document: UInt32(row)) }
        return row
    }

    /// Clusters `rows` (whole clusters and a newcomer) again exactly as a dedup run would: the
    /// same precedence order, every pair verified, the same placement rules. So the clusters do
    /// not depend on the order documents were added in: a reprint indexed before its original
    /// joins the original's cluster when the original comes, and two reprints that do not match
    /// each other are brought together by the original they both match.
    /// - Returns: whether the newcomer shares its cluster with another document.
    ///
    /// The pairs linked are those dedup links: proposed by LSH, not ruled out by their sketches,
    /// and verified — as recorded in each document's `neighbours` when it was added. Only the
    /// rows whose cluster or relation changed are written.
    private func recluster(_ rows: [Int64], clusters: [Int64], newcomer: Int64) throws -> Bool {
        // Row order: the order a dedup run of the archive as added reads them in, which breaks
        // ties between clusters the same way.
        var rows = rows
        SetSimilarity.sortUnique(&rows)
        var documents: [Member] = []
        var sets: [[UInt32]] = []
        for row in rows {
            var found: Member?
            try member.rows([.integer(row)]) {
                found = Member(
                    row: row, published: $0.text(0), outlet: $0.text(1), length: Int($0.int(2)), cluster: $0.int(3),
                    relation: $0.text(4), similarity: $0.double(5),
                    neighbours: $0.withBlob(6) { IndexSchema.decodeRows($0) })
            }
            guard let found else { continue }
            documents.append(found)
            sets.append(try lookup.shingles(row))
        }
        let count = documents.count
        // Sort keys computed once: comparing through the members copied their arrays and looked
        // the outlet up among the agencies at every comparison (4% of an `add`).
        let keys = documents.map {
            (published: $0.published, agency: WireAgency.isAgency($0.outlet), length: $0.length, row: $0.row)
        }
        let order = (0..<count).sorted { IndexLookup.precedes(keys[$0], keys[$1]) }
        // Each edge was stored by the later of its two documents, when it was added.
        var node: [Int64: Int32] = [:]
        for (index, document) in documents.enumerated() { node[document.row] = Int32(index) }
        var adjacency = [[Int32]](repeating: [], count: count)
        for a in 0..<count {
            for neighbour in documents[a].neighbours {
                guard let b = node[Int64(neighbour)], Int(b) != a else { continue }
                adjacency[a].append(b)
                adjacency[Int(b)].append(Int32(a))
            }
        }
        for index in adjacency.indices { SetSimilarity.sortUnique(&adjacency[index]) }
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
                let verdict = node == representative ? nil : placed[node]?.verdict
                let document = documents[node]
                let relation = verdict?.relation.rawValue
                let similarity = verdict?.similarity ?? 1
                if document.row == newcomer { newcomerShares = group.count > 1 }
                if document.cluster == cluster, document.relation == relation, document.similarity == similarity,
                    document.row != newcomer
                {
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
        return newcomerShares
    }

    /// What re-clustering needs of a document.
    private struct Member {
        var row: Int64
        var published: String?
        var outlet: String?
        var length: Int
        var cluster: Int64
        var relation: String?
        var similarity: Double
        /// The rows it was verified against when it was added.
        var neighbours: [UInt32]
    }

    /// Adds a document to a neighbourhood too large to re-cluster: placed against the
    /// representatives and members of the clusters it touches.
    private func addPlacing(_ new: NewDocument, candidates: [Int64], report: inout IndexAddReport) throws {
        let placement = try place(new.shingles, candidates: candidates)
        let cluster: Int64
        if let placement {
            cluster = placement.cluster
        } else {
            try insertCluster.run([.integer(0)])
            cluster = lookup.database.lastInsertedRow
        }
        let row = try insert(
            new, cluster: cluster, relation: placement?.verdict.relation,
            similarity: placement?.verdict.similarity ?? 1)
        try growCluster.run([.integer(cluster)])
        report.added += 1
        if let placement {
            report.reprints += 1
            let representative = placement.representative
            let newcomer = (published: new.item.published, outlet: new.item.outlet, length: new.length, row: row)
            if IndexLookup.precedes(
                newcomer,
                (representative.published, representative.outlet, representative.length, representative.row))
            {
                try promote(row, shingles: new.shingles, in: cluster)
            }
        } else {
            try setRepresentative.run([.integer(row), .integer(cluster)])
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
