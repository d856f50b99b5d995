internal import CopydeskSimilarity

/// Reads the index needs while adding and querying: candidates by band key, stored shingle sets,
/// clusters and their representatives.
final class IndexLookup {
    let database: SQLiteDatabase
    let options: DedupOptions
    let parameters: LSHParameters
    private let byBand: Statement
    private let shingleSet: Statement
    private let minhash: Statement
    private let document: Statement
    private let cluster: Statement

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
        byBand = try database.prepare("SELECT document FROM bands WHERE key = ?")
        shingleSet = try database.prepare("SELECT shingle_set FROM signatures WHERE document = ?")
        minhash = try database.prepare(
            "SELECT s.minhash, d.shingles FROM signatures s JOIN documents d ON d.rowid = s.document WHERE s.document = ?"
        )
        document = try database.prepare(
            "SELECT id, source, title, outlet, published, length, cluster, added FROM documents WHERE rowid = ?")
        cluster = try database.prepare("SELECT representative, size FROM clusters WHERE id = ?")
    }

    /// Indexed documents sharing at least one LSH band with the fingerprint, of its whole text
    /// or of its lead, and whose MinHash estimate leaves a chance of passing verification (see
    /// ``Verdict/plausible(estimate:permutations:countA:countB:options:)``): shingle sets, four
    /// times larger than signatures, are read only for those.
    func candidates(_ fingerprint: Fingerprint) throws -> [Int64] {
        var found: Set<Int64> = []
        for key in keys(fingerprint) {
            try byBand.rows([.integer(Int64(bitPattern: key))]) { found.insert($0.int(0)) }
        }
        var plausible: [Int64] = []
        for row in found.sorted() {
            var keep = false
            try minhash.rows([.integer(row)]) { stored in
                let values = [UInt32](storedBytes: stored.blob(0))
                guard values.count == fingerprint.signature.count, !values.isEmpty else { return }
                var equal = 0
                for index in values.indices where values[index] == fingerprint.signature[index] { equal += 1 }
                keep = Verdict.plausible(
                    estimate: Double(equal) / Double(values.count), permutations: values.count,
                    countA: fingerprint.shingleCount, countB: Int(stored.int(1)), options: options)
            }
            if keep { plausible.append(row) }
        }
        return plausible
    }

    /// The band keys stored for a document: its full signature's, then its lead signature's
    /// (numbered from 1000 so the two never share a key).
    func keys(_ fingerprint: Fingerprint) -> [UInt64] {
        var keys = BandKey.all(fingerprint.signature, bands: parameters.bands, rows: parameters.rows)
        fingerprint.lead.withUnsafeBufferPointer { lead in
            for band in 0..<min(Self.lead.bands, lead.count / Self.lead.rows) {
                keys.append(BandKey.of(lead, band: 1000 + band, rows: Self.lead.rows, offset: band * Self.lead.rows))
            }
        }
        return keys
    }

    /// Banding of lead signatures in an index: strict enough for millions of documents.
    static let lead = (bands: 8, rows: 4)

    func shingles(_ row: Int64) throws -> [UInt32] {
        var set: [UInt32] = []
        try shingleSet.rows([.integer(row)]) { set = [UInt32](storedBytes: $0.blob(0)) }
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

    /// Earliest published first (undated last), then the longest, then the first indexed: the
    /// same order as a dedup run's.
    static func precedes(
        _ a: (published: String?, length: Int, row: Int64), _ b: (published: String?, length: Int, row: Int64)
    ) -> Bool {
        switch (a.published, b.published) {
        case (let p?, let q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.length != b.length { return a.length > b.length }
        return a.row < b.row
    }
}
