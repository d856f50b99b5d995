internal import CopydeskSimilarity

/// Reads the index needs while adding and querying: candidates by band key, stored shingle sets,
/// clusters and their representatives.
final class IndexLookup {
    let database: SQLiteDatabase
    let options: DedupOptions
    let parameters: LSHParameters
    /// Banding of lead signatures.
    let lead: LSHParameters
    /// All band keys of a document in one statement: `key IN (?, ?, …)`, one seek per key in
    /// the bands table's primary key.
    private let byBands: Statement
    private let keyCount: Int
    private let shingleSet: Statement
    private let document: Statement
    private let cluster: Statement
    /// Recently decoded sets, by row (a stored set never changes): the representative of a
    /// cluster is read for each of its reprints, and is often a candidate too.
    private var decoded: [Int64: [UInt32]] = [:]

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
        keyCount = parameters.bands + lead.bands
        let marks = Array(repeating: "?", count: keyCount).joined(separator: ", ")
        byBands = try database.prepare("SELECT key, document FROM bands WHERE key IN (\(marks))")
        shingleSet = try database.prepare("SELECT shingle_set FROM documents WHERE rowid = ?")
        document = try database.prepare(
            """
            SELECT id, source, title, outlet, published, length, cluster,
                strftime('%Y-%m-%dT%H:%M:%SZ', added, 'unixepoch')
            FROM documents WHERE rowid = ?
            """)
        cluster = try database.prepare("SELECT representative, size FROM clusters WHERE id = ?")
    }

    /// Indexed documents sharing at least one LSH band with the fingerprint, of its whole text
    /// or of its lead, in row order. Every one is verified exactly on its stored set.
    ///
    /// A band bucket gives at most ``bucketLimit`` candidates, the first indexed: articles that
    /// open with the same stock sentence share lead bands by the thousand, and verifying them
    /// all made the slowest 1% of look-ups at a million documents 20–40 times the median. A story
    /// reprinted more often than that is still found (one verified member names the cluster),
    /// but its `query` answer lists the first members of such a bucket, not all.
    func candidates(_ fingerprint: Fingerprint) throws -> [Int64] {
        let keys = keys(fingerprint)
        byBands.reset()
        for index in 0..<keyCount {
            // A signature too short for every band repeats its first key.
            let key = index < keys.count ? keys[index] : keys.first ?? 0
            try byBands.bind(Int32(index + 1), IndexSchema.storedKey(key))
        }
        var found: [Int64] = []
        var taken: [Int64: Int] = [:]
        while try byBands.step() {
            let key = byBands.int(0)
            let count = taken[key, default: 0]
            guard count < Self.bucketLimit else { continue }
            taken[key] = count + 1
            found.append(byBands.int(1))
        }
        CandidateSearch.sortUnique(&found)
        return found
    }

    /// The most candidates one band bucket gives: above this a bucket is a stock phrase, not a
    /// story (the largest cluster of reprints in the benchmark archive has 13 documents).
    static let bucketLimit = 64

    /// The band keys stored for a document: its full signature's, then its lead signature's
    /// (numbered from 1000 so the two never share a key).
    func keys(_ fingerprint: Fingerprint) -> [UInt64] {
        var keys = BandKey.all(fingerprint.signature, bands: parameters.bands, rows: parameters.rows)
        fingerprint.lead.withUnsafeBufferPointer { lead in
            let rows = self.lead.rows
            for band in 0..<min(self.lead.bands, lead.count / max(1, rows)) {
                keys.append(BandKey.of(lead, band: 1000 + band, rows: rows, offset: band * rows))
            }
        }
        return keys
    }

    /// The stored shingle set of a document.
    func shingles(_ row: Int64) throws -> [UInt32] {
        if let set = decoded[row] { return set }
        var set: [UInt32]?
        shingleSet.reset()
        try shingleSet.bind(1, row)
        while try shingleSet.step() { set = shingleSet.withBlob(0) { ShingleSetCodec.decode($0) } }
        guard let set else { throw DedupError("\(database.path): the shingle set of document \(row) is damaged") }
        if decoded.count >= 256 { decoded.removeAll(keepingCapacity: true) }
        decoded[row] = set
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
        switch (a.published, b.published) {
        case (let p?, let q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let (agencyA, agencyB) = (WireAgency.isAgency(a.outlet), WireAgency.isAgency(b.outlet))
        if agencyA != agencyB { return agencyA }
        if a.length != b.length { return a.length > b.length }
        return a.row < b.row
    }
}
