internal import CopydeskSimilarity

/// Reads the index needs while adding and querying: candidates by band key, stored shingle sets,
/// clusters and their representatives.
final class IndexLookup {
    let database: SQLiteDatabase
    let options: DedupOptions
    let parameters: LSHParameters
    /// Banding of lead signatures.
    let lead: LSHParameters
    /// Band look-ups in the stored pages; nil in `add`, which holds the buckets in memory.
    private var pages: BandPageReader?
    private let shingleSet: Statement
    private let document: Statement
    private let cluster: Statement
    /// Recently used sets and signatures, by row (``RecentSets``): a newcomer's candidates and
    /// the component it joins are mostly rows added shortly before it.
    private var recent = RecentSets(capacity: IndexLookup.recentRows)
    /// Rows held in ``recent``: ~2.5 KB each (a ~500-word article's set and its signature),
    /// 20 MB in all; more than the rows a story's reprints span in a wire archive.
    static let recentRows = 8192

    /// What the index keeps of a document, short of its shingles.
    struct Document {
        var row: Int64
        var id: String
        var source: String
        var title: String?
        var outlet: String?
        var published: String?
        var length: Int
        var cluster: Int64
        var added: String
    }

    init(index: ArchiveIndex) throws {
        database = index.database
        options = index.options
        parameters = index.parameters
        lead = index.leadParameters
        shingleSet = try database.prepare("SELECT shingle_set FROM documents WHERE rowid = ?")
        document = try database.prepare(
            """
            SELECT id, source, title, outlet, published, length, cluster,
                strftime('%Y-%m-%dT%H:%M:%SZ', added, 'unixepoch')
            FROM documents WHERE rowid = ?
            """)
        cluster = try database.prepare("SELECT representative, size FROM clusters WHERE id = ?")
        sketch = try database.prepare("SELECT shingles, sketch FROM sketches WHERE document = ?")
        signature = try database.prepare("SELECT shingles, signature, shingle_set FROM documents WHERE rowid = ?")
    }

    private let signature: Statement

    /// The stored shingle set of the document at `row` when dedup's pre-check
    /// (``passesDedupPreCheck(_:_:count:)``) lets it through against `own` and `count`, else
    /// nil: one read of the row for both.
    func shinglesPassingDedupPreCheck(_ row: Int64, _ own: [UInt32], count: Int) throws -> [UInt32]? {
        if let entry = recent[row] {
            if let signature = entry.signature {
                let passes = Self.plausible(signature, own, countA: entry.set.count, countB: count, options: options)
                return passes ? entry.set : nil
            }
            return try passesDedupPreCheck(row, own, count: count) ? entry.set : nil
        }
        var passes = true
        var set: [UInt32]?
        var signature: [UInt32] = []
        try self.signature.rows([.integer(row)]) { stored in
            let shingles = Int(stored.int(0))
            stored.withBlob(1) { bytes in
                passes = Self.plausible(bytes, own, countA: shingles, countB: count, options: options)
                if passes { signature = IndexSchema.decodeRows(bytes) }
            }
            if passes { set = stored.withBlob(2) { ShingleSetCodec.decode($0) } }
        }
        guard passes else { return nil }
        guard let set else {
            throw DedupError(.damaged, "\(database.path): the shingle set of document \(row) is damaged")
        }
        recent.remember(row, set: set, signature: signature)
        return set
    }

    /// Puts a row just written (its set and signature in memory) among the recent ones.
    func remember(_ row: Int64, set: [UInt32], signature: [UInt32]) {
        recent.remember(row, set: set, signature: signature)
    }

    /// Dedup's pre-check of a stored signature (`bytes`, 32-bit little-endian) against `own`.
    private static func plausible(
        _ bytes: UnsafeRawBufferPointer, _ own: [UInt32], countA: Int, countB: Int, options: DedupOptions
    ) -> Bool {
        let k = min(own.count, bytes.count / 4)
        guard k > 0 else { return true }
        var equal = 0
        for index in 0..<k
        where UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) == own[index] {
            equal += 1
        }
        return Verdict.plausible(
            estimate: Double(equal) / Double(k), permutations: k, countA: countA, countB: countB, options: options)
    }

    /// ``plausible(_:_:countA:countB:options:)`` of a signature in memory.
    private static func plausible(
        _ signature: [UInt32], _ own: [UInt32], countA: Int, countB: Int, options: DedupOptions
    ) -> Bool {
        let k = min(own.count, signature.count)
        guard k > 0 else { return true }
        var equal = 0
        for index in 0..<k where signature[index] == own[index] { equal += 1 }
        return Verdict.plausible(
            estimate: Double(equal) / Double(k), permutations: k, countA: countA, countB: countB, options: options)
    }

    /// Whether dedup's own pre-check (``Verdict/mayPass(_:_:countA:countB:options:)``, on the
    /// full 32-bit signatures) lets the stored document at `row` and a document of `own`
    /// signature and `count` shingles through to exact verification: the index then verifies
    /// exactly the pairs a dedup run verifies. A row with no stored signature passes.
    func passesDedupPreCheck(_ row: Int64, _ own: [UInt32], count: Int) throws -> Bool {
        var passes = true
        try signature.rows([.integer(row)]) { stored in
            let shingles = Int(stored.int(0))
            stored.withBlob(1) { bytes in
                passes = Self.plausible(bytes, own, countA: shingles, countB: count, options: options)
            }
        }
        return passes
    }

    private let sketch: Statement

    /// Reads the stored runs' list again: a query's read transaction has begun.
    func beginReading() throws {
        if let pages {
            try pages.refresh()
        } else {
            pages = try BandPageReader(database: database)
        }
    }

    /// Indexed documents sharing at least one LSH band with the fingerprint, of its whole text
    /// or of its lead, in row order. Every one is verified exactly on its stored set.
    ///
    /// A band bucket gives at most ``bucketLimit`` candidates, the first indexed: articles that
    /// open with the same stock sentence share lead bands by the thousand, and verifying them
    /// all made the slowest 1% of look-ups at a million documents 20–40 times the median. A story
    /// reprinted more often than that is still found (one verified member names the cluster),
    /// but its `query` answer lists the first members of such a bucket, not all.
    ///
    /// Candidates whose sketch says they cannot pass verification (``DocumentSketch``) are left
    /// out, as dedup leaves out pairs whose signatures say so.
    func candidates(_ fingerprint: Fingerprint) throws -> [Int64] {
        if pages == nil { try beginReading() }
        guard let pages else { return [] }
        var found: [Int64] = []
        var keys = storedKeys(fingerprint)
        SetSimilarity.sortUnique(&keys)
        for key in keys { try pages.documents(key, limit: Self.bucketLimit, into: &found) }
        SetSimilarity.sortUnique(&found)
        let own = DocumentSketch.of(fingerprint.signature)
        return try found.filter { try mayPass($0, own, count: fingerprint.shingleCount) }
    }

    /// Whether the stored document at `row` may pass verification against a document of
    /// `sketch` and `count` shingles.
    private func mayPass(_ row: Int64, _ own: [UInt8], count: Int) throws -> Bool {
        var passes = true
        try sketch.rows([.integer(row)]) { stored in
            let shingles = Int(stored.int(0))
            stored.withBlob(1) { bytes in
                let bytes = bytes.bindMemory(to: UInt8.self)
                own.withUnsafeBufferPointer { own in
                    passes = DocumentSketch.mayPass(bytes, own, countA: shingles, countB: count, options: options)
                }
            }
        }
        return passes
    }

    /// The most candidates one band bucket gives: above this a bucket is a stock phrase, not a
    /// story (the largest cluster of reprints in the benchmark archive has 13 documents).
    static let bucketLimit = 64

    /// The stored (32-bit) band keys of a document, sorted.
    func storedKeys(_ fingerprint: Fingerprint) -> [UInt32] {
        keys(fingerprint).map(IndexSchema.storedKey).sorted()
    }

    /// The band keys of a document: its full signature's, then its lead signature's
    /// (numbered from 1000 so the two never share a key).
    func keys(_ fingerprint: Fingerprint) -> [UInt64] {
        Self.keys(fingerprint, parameters: parameters, lead: lead)
    }

    /// ``keys(_:)`` for an index of the banding `parameters` and `lead`.
    static func keys(_ fingerprint: Fingerprint, parameters: LSHParameters, lead: LSHParameters) -> [UInt64] {
        var keys = BandKey.all(fingerprint.signature, bands: parameters.bands, rows: parameters.rows)
        fingerprint.lead.withUnsafeBufferPointer { signature in
            let rows = lead.rows
            for band in 0..<min(lead.bands, signature.count / max(1, rows)) {
                keys.append(BandKey.of(signature, band: 1000 + band, rows: rows, offset: band * rows))
            }
        }
        return keys
    }

    /// The stored shingle set of a document.
    func shingles(_ row: Int64) throws -> [UInt32] {
        if let entry = recent[row] { return entry.set }
        var set: [UInt32]?
        shingleSet.reset()
        try shingleSet.bind(1, row)
        while try shingleSet.step() { set = shingleSet.withBlob(0) { ShingleSetCodec.decode($0) } }
        guard let set else {
            throw DedupError(.damaged, "\(database.path): the shingle set of document \(row) is damaged")
        }
        recent.remember(row, set: set, signature: nil)
        return set
    }

    func document(_ row: Int64) throws -> Document? {
        var found: Document?
        try document.rows([.integer(row)]) {
            found = Document(
                row: row, id: $0.text(0) ?? "", source: $0.text(1) ?? "", title: $0.text(2), outlet: $0.text(3),
                published: $0.text(4), length: Int($0.int(5)), cluster: $0.int(6), added: $0.text(7) ?? "")
        }
        return found
    }

    func cluster(_ id: Int64) throws -> (representative: Int64, size: Int)? {
        var found: (Int64, Int)?
        try cluster.rows([.integer(id)]) { found = ($0.int(0), Int($0.int(1))) }
        return found
    }

    /// Earliest published first (undated last), then a wire agency's own copy, then the longest,
    /// then the first indexed: the same order as a dedup run's.
    static func precedes(
        _ a: (published: String?, outlet: String?, length: Int, row: Int64),
        _ b: (published: String?, outlet: String?, length: Int, row: Int64)
    ) -> Bool {
        precedes(
            (a.published, WireAgency.isAgency(a.outlet), a.length, a.row),
            (b.published, WireAgency.isAgency(b.outlet), b.length, b.row))
    }

    /// ``precedes(_:_:)`` with whether each outlet is a wire agency already known.
    static func precedes(
        _ a: (published: String?, agency: Bool, length: Int, row: Int64),
        _ b: (published: String?, agency: Bool, length: Int, row: Int64)
    ) -> Bool {
        switch (a.published, b.published) {
        case (let p?, let q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.agency != b.agency { return a.agency }
        if a.length != b.length { return a.length > b.length }
        return a.row < b.row
    }
}
