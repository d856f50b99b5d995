internal import CopydeskSimilarity

/// Reads the index needs while adding and querying: candidates by band key, stored shingle sets,
/// clusters and their representatives.
final class IndexLookup {
    let database: SQLiteDatabase
    let options: DedupOptions
    let parameters: LSHParameters
    private let byBand: Statement
    private let shingleSet: Statement
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
        document = try database.prepare(
            "SELECT id, source, title, outlet, published, length, cluster, added FROM documents WHERE rowid = ?")
        cluster = try database.prepare("SELECT representative, size FROM clusters WHERE id = ?")
    }

    /// Indexed documents sharing at least one LSH band with `signature`.
    func candidates(_ signature: [UInt32]) throws -> [Int64] {
        var found: Set<Int64> = []
        for key in BandKey.all(signature, bands: parameters.bands, rows: parameters.rows) {
            try byBand.rows([.integer(Int64(bitPattern: key))]) { found.insert($0.int(0)) }
        }
        return found.sorted()
    }

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
        case let (p?, q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.length != b.length { return a.length > b.length }
        return a.row < b.row
    }
}
