internal import CopydeskSimilarity
internal import Foundation

/// Adds one document at a time to the index, inside the caller's transaction.
///
/// The buckets (``BandTable``), every document's sketch (``SketchTable``) and every verified
/// edge (``EdgeGraph``) are held in memory for the whole `add`, so finding a new document's
/// candidates, dropping the background ones and finding its component costs no SQLite read; its
/// band cells wait in memory until ``flush()`` writes the batch as one sorted run, just before
/// the commit.
final class IndexWriter {
    let lookup: IndexLookup
    private let pages: BandPages
    private var bands: BandTable
    private var sketches: SketchTable
    private var edges = EdgeGraph()
    /// Buffers of the band look-ups, reused from one document to the next.
    private var counts: [Int] = []
    private var lasts: [UInt32] = []
    private var slices: [(start: Int, end: Int)] = []
    private let exists: Statement
    private let insertDocument: Statement
    private let insertSketch: Statement
    let insertCluster: Statement
    let growCluster: Statement
    let setRepresentative: Statement
    let members: Statement
    private let member: Statement
    private let clusterOf: Statement
    let setRelation: Statement
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
        var edges = EdgeGraph()
        try database.prepare("SELECT document, shingles, sketch, neighbours FROM sketches").rows { row in
            guard row.int(0) <= lastRow, row.int(0) > 0 else { return }
            let document = Int(row.int(0))
            let count = Int(row.int(1))
            row.withBlob(2) { sketches.set(document, sketch: Array($0), count: count) }
            for neighbour in row.withBlob(3, { IndexSchema.decodeRows($0) }) where Int64(neighbour) <= lastRow {
                edges.link(UInt32(document), neighbour)
            }
        }
        self.sketches = sketches
        self.edges = edges
        exists = try database.prepare("SELECT id FROM documents WHERE content_hash = ?")
        insertDocument = try database.prepare(
            """
            INSERT INTO documents(id, source, title, url, published, outlet, length, shingles, content_hash, cluster,
                relation, similarity, added, signature, shingle_set)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSketch = try database.prepare(
            "INSERT INTO sketches(document, shingles, sketch, neighbours) VALUES (?, ?, ?, ?)")
        insertCluster = try database.prepare("INSERT INTO clusters(representative, size) VALUES (?, 0)")
        growCluster = try database.prepare("UPDATE clusters SET size = size + 1 WHERE id = ?")
        setRepresentative = try database.prepare("UPDATE clusters SET representative = ? WHERE id = ?")
        members = try database.prepare("SELECT rowid FROM documents WHERE cluster = ?")
        member = try database.prepare(
            "SELECT published, outlet, length, cluster, relation, similarity, content_hash FROM documents WHERE rowid = ?"
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
        try pages.write(chainEnds: bands.takeChanged())
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

    /// Adds one item of intake (``PreparedItem``: prepared off this thread); an item that could
    /// not be read is reported.
    func add(_ entry: PreparedItem, report: inout IndexAddReport) throws {
        let document: PreparedDocument
        switch entry {
        case .failure(let item):
            if case .failure(let message) = item.content { report.failures.append((item.source, item.id, message)) }
            return
        case .document(let prepared):
            document = prepared
        }
        let fingerprint = document.fingerprint
        let shingles = document.shingles
        let id = document.id
        let hash = document.hash
        var known = false
        try exists.rows([.integer(hash)]) { known = known || $0.text(0) == id }
        if known {
            report.alreadyIndexed += 1
            return
        }
        let keys = document.keys
        let sketch = document.sketch
        // Candidates: the first `bucketLimit` documents of each bucket; a full bucket (a stock
        // phrase) takes no more cells, only the newcomer as the end of its chain.
        var found: [Int64] = []
        var open: [UInt32] = []
        var full: [UInt32] = []
        bands.documents(
            of: keys, limit: IndexLookup.bucketLimit, found: &found, counts: &counts, lasts: &lasts,
            slices: &slices)
        for (position, key) in keys.enumerated() {
            if counts[position] < IndexLookup.bucketLimit {
                open.append(key)
            } else {
                // A full bucket is chained, as dedup chains a bucket over its largest: the
                // newcomer is proposed with the document that entered the chain last.
                found.append(Int64(bands.lastOfFull[key] ?? lasts[position]))
                full.append(key)
            }
        }
        SetSimilarity.sortUnique(&found)
        // The pairs dedup verifies: the byte sketches rule out (in memory) only pairs that
        // dedup's pre-check on the full signatures rules out too; that pre-check itself decides
        // the rest, as in a dedup run.
        var verified: [Int64] = []
        for candidate in found
        where sketches.mayPass(Int(candidate), sketch, count: shingles.count, options: lookup.options) {
            guard
                let set = try lookup.shinglesPassingDedupPreCheck(
                    candidate, fingerprint.signature, count: shingles.count),
                Verdict(SetOverlap(shingles, set), options: lookup.options) != nil
            else { continue }
            verified.append(candidate)
        }
        let neighbours = verified.map { UInt32(truncatingIfNeeded: $0) }
        let new = NewDocument(document: document, open: open, full: full, neighbours: neighbours)
        guard !verified.isEmpty else {
            try addPlacing(new, verified: [], report: &report)
            return
        }
        // What a dedup run of everything indexed plus this document would cluster differently:
        // the connected component the newcomer joins (dedup places each component on its own).
        // A component past the limit (stock phrases linking many stories) is cut to the clusters
        // of the newcomer's neighbours, as format 6 did; a neighbourhood past it too is placed
        // into.
        var rows: [Int64]
        if let component = edges.component(of: neighbours, limit: Self.reclusteringLimit - 1) {
            rows = component.map { Int64($0) }
        } else {
            var affected: [Int64] = []
            for neighbour in verified { try clusterOf.rows([.integer(neighbour)]) { affected.append($0.int(0)) } }
            SetSimilarity.sortUnique(&affected)
            rows = []
            for cluster in affected { try members.rows([.integer(cluster)]) { rows.append($0.int(0)) } }
            guard rows.count < Self.reclusteringLimit else {
                try addPlacing(new, verified: verified, report: &report)
                return
            }
        }
        var cluster: Int64 = 0
        try clusterOf.rows([.integer(verified[0])]) { cluster = $0.int(0) }
        let row = try insert(new, cluster: cluster, relation: nil, similarity: 1)
        report.added += 1
        if try recluster(rows + [row], newcomer: row) { report.reprints += 1 }
    }

    /// A document being added, fingerprinted.
    struct NewDocument {
        var document: PreparedDocument
        /// Its stored band keys whose bucket is not full: the buckets it enters.
        var open: [UInt32]
        /// Its stored band keys whose bucket is full: it ends their chains.
        var full: [UInt32]
        /// The indexed documents it verified against, ascending.
        var neighbours: [UInt32]
    }

    /// The most documents a neighbourhood is re-clustered with; a larger one (stock phrases
    /// shared by hundreds) is placed into as before, against representatives and members.
    static let reclusteringLimit = 96

    /// Writes the document's row and sketch, and its band cells to the open batch; returns its row.
    func insert(_ new: NewDocument, cluster: Int64, relation: Relation?, similarity: Double) throws -> Int64 {
        func text(_ value: String?) -> Statement.Value { value.map { .text($0) } ?? .null }
        let document = new.document
        let item = document.item
        try insertDocument.run([
            .text(document.id), .text(item.source), text(item.title), text(item.url), text(item.published),
            text(item.outlet), .integer(Int64(document.length)), .integer(Int64(document.shingles.count)),
            .integer(document.hash), .integer(cluster), text(relation?.rawValue), .real(similarity), .integer(now),
            .blob(document.encodedSignature), .blob(document.encodedSet),
        ])
        let row = lookup.database.lastInsertedRow
        // Band cells and the sketch table hold rows in 32 bits.
        guard row > 0, row < Int64(UInt32.max) else {
            throw DedupError(.full, "\(lookup.database.path): more documents than an index holds (4,294,967,294)")
        }
        try insertSketch.run([
            .integer(row), .integer(Int64(document.shingles.count)), .blob(document.sketch),
            .blob(IndexSchema.encodeRows(new.neighbours)),
        ])
        sketches.set(Int(row), sketch: document.sketch, count: document.shingles.count)
        for neighbour in new.neighbours { edges.link(UInt32(row), neighbour) }
        for key in new.open { bands.insert(key, document: UInt32(row)) }
        for key in new.full { bands.chain(key, to: UInt32(row)) }
        return row
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
    private func recluster(_ rows: [Int64], newcomer: Int64) throws -> Bool {
        // Row order: the order a dedup run of the archive as added reads them in, which breaks
        // ties between clusters the same way.
        var rows = rows
        SetSimilarity.sortUnique(&rows)
        var documents: [Member] = []
        for row in rows {
            try member.rows([.integer(row)]) {
                documents.append(
                    Member(
                        row: row, published: $0.text(0), outlet: $0.text(1), length: Int($0.int(2)),
                        cluster: $0.int(3), relation: $0.text(4), similarity: $0.double(5), content: $0.int(6)))
            }
        }
        let count = documents.count
        // Sort keys computed once: comparing through the members copied their arrays and looked
        // the outlet up among the agencies at every comparison (4% of an `add`).
        let keys = documents.map {
            (published: $0.published, agency: WireAgency.isAgency($0.outlet), length: $0.length, row: $0.row)
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
        for node in nodes { sets[node] = try lookup.shingles(documents[node].row) }
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
            order: nodes, count: count, neighbours: { adjacency[$0] }, overlap: { SetOverlap(sets[$0], sets[$1]) })
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
        var free = Set(documents.map(\.cluster))
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
                let verdict = verdictOf(node)
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
        /// Its content hash: equal for identical copies.
        var content: Int64
    }
}
