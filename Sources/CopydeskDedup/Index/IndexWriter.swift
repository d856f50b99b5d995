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
    var edges = EdgeGraph()
    /// Buffers of the band look-ups, reused from one document to the next.
    private var counts: [Int] = []
    private var lasts: [UInt32] = []
    private var slices: [(start: Int, end: Int)] = []
    private let exists: Statement
    private let insertDocument: Statement
    private let insertSketch: Statement
    let insertCluster: Statement
    /// A new cluster of one document, its representative.
    let insertSingleton: Statement
    let growCluster: Statement
    let setRepresentative: Statement
    let members: Statement
    let member: Statement
    private let clusterOf: Statement
    let setRelation: Statement
    let moveDocument: Statement
    let setCluster: Statement
    let deleteCluster: Statement
    /// Seconds since 1970 when this `add` started: the `added` of every document it writes.
    private let now: Int64
    /// The row the next document is written at (one past the largest): known before the row is
    /// written, so a newcomer is placed first and written once, with its cluster, instead of
    /// written and then updated (a second write of its ~2 KB row).
    private var nextRow: Int64
    /// Which content hashes may be indexed already (``ContentFilter``): a newcomer whose hash is
    /// not there needs no look-up in `documents_content`, which nearly every newcomer is.
    private var contents: ContentFilter
    /// Whether each outlet seen is a wire agency: re-clustering orders a component's members by
    /// it at every add (`WireAgency.isAgency` on each outlet was 2% of an `add`).
    var agencies: [String: Bool] = [:]
    /// Shingles shared by the pairs compared last (``RecentOverlaps``): 64 Ki pairs, 1.5 MB.
    var overlaps = RecentOverlaps(capacity: 1 << 16)
    /// What re-clustering read or wrote of each row lately (``Member``), so a component is not
    /// read again from SQLite at every add that joins it. Every write of a row's cluster,
    /// relation or similarity goes through this writer and updates or forgets the row here
    /// (``forgetMembers()`` where many rows change at once).
    var recentMembers: [Int64: Member] = [:]

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
        nextRow = lastRow + 1
        var contents = ContentFilter()
        try database.prepare("SELECT content_hash FROM documents INDEXED BY documents_content").rows {
            contents.insert($0.int(0))
        }
        self.contents = contents
        exists = try database.prepare("SELECT id FROM documents WHERE content_hash = ?")
        insertDocument = try database.prepare(
            """
            INSERT INTO documents(rowid, id, source, title, url, published, outlet, length, shingles, content_hash,
                cluster, relation, similarity, added, signature, shingle_set)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSketch = try database.prepare(
            "INSERT INTO sketches(document, shingles, sketch, neighbours) VALUES (?, ?, ?, ?)")
        insertCluster = try database.prepare("INSERT INTO clusters(representative, size) VALUES (?, 0)")
        insertSingleton = try database.prepare("INSERT INTO clusters(representative, size) VALUES (?, 1)")
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
        if contents.mayContain(hash) {
            try exists.rows([.integer(hash)]) { known = known || $0.text(0) == id }
        }
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
        // Read once: the options are a struct copied at every access through `lookup`.
        let options = lookup.options
        for candidate in found where sketches.mayPass(Int(candidate), sketch, count: shingles.count, options: options) {
            guard
                let set = try lookup.shinglesPassingDedupPreCheck(
                    candidate, fingerprint.signature, count: shingles.count)
            else { continue }
            let overlap = SetOverlap(shingles, set)
            // The newcomer will be written at `nextRow`: re-clustering compares it again.
            overlaps.remember(nextRow, candidate, overlap)
            guard Verdict(overlap, options: options) != nil else { continue }
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
        let row = try register(new)
        report.added += 1
        if try recluster(rows + [row], newcomer: new, at: row, joining: verified[0]) { report.reprints += 1 }
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

    /// Takes the next row for the document and enters it in memory (its sketch, edges, band
    /// cells of the open batch, set and signature among the recent ones); its rows are written by
    /// ``write(_:at:cluster:relation:similarity:)``, in the same transaction.
    func register(_ new: NewDocument) throws -> Int64 {
        let row = nextRow
        // Band cells and the sketch table hold rows in 32 bits.
        guard row > 0, row < Int64(UInt32.max) else {
            throw DedupError(.full, "\(lookup.database.path): more documents than an index holds (4,294,967,294)")
        }
        nextRow += 1
        let document = new.document
        sketches.set(Int(row), sketch: document.sketch, count: document.shingles.count)
        for neighbour in new.neighbours { edges.link(UInt32(row), neighbour) }
        for key in new.open { bands.insert(key, document: UInt32(row)) }
        for key in new.full { bands.chain(key, to: UInt32(row)) }
        contents.insert(document.hash)
        lookup.remember(row, set: document.shingles, signature: document.fingerprint.signature)
        return row
    }

    /// Writes the document's row (at the row ``register(_:)`` gave it) and its sketch.
    func write(_ new: NewDocument, at row: Int64, cluster: Int64, relation: Relation?, similarity: Double) throws {
        func text(_ value: String?) -> Statement.Value { value.map { .text($0) } ?? .null }
        let document = new.document
        let item = document.item
        try insertDocument.run([
            .integer(row), .text(document.id), .text(item.source), text(item.title), text(item.url),
            text(item.published), text(item.outlet), .integer(Int64(document.length)),
            .integer(Int64(document.shingles.count)), .integer(document.hash), .integer(cluster),
            text(relation?.rawValue), .real(similarity), .integer(now), .blob(document.encodedSignature),
            .blob(document.encodedSet),
        ])
        try insertSketch.run([
            .integer(row), .integer(Int64(document.shingles.count)), .blob(document.sketch),
            .blob(IndexSchema.encodeRows(new.neighbours)),
        ])
    }
}
