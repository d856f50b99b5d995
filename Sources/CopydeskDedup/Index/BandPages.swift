/// The stored band runs of an index (``BandRun``): written page after page, merged, deleted
/// whole, and read one page per (run, key) by a query.
final class BandPages {
    private let database: SQLiteDatabase
    private let insertPage: Statement
    private let insertRun: Statement
    private let deletePages: Statement
    private let deleteRun: Statement
    private let setChainEnd: Statement

    init(database: SQLiteDatabase) throws {
        self.database = database
        insertPage = try database.prepare("INSERT INTO band_pages(run, last_key, cells) VALUES (?, ?, ?)")
        insertRun = try database.prepare("INSERT INTO band_runs(cells) VALUES (?)")
        deletePages = try database.prepare("DELETE FROM band_pages WHERE run = ?")
        deleteRun = try database.prepare("DELETE FROM band_runs WHERE run = ?")
        setChainEnd = try database.prepare("INSERT OR REPLACE INTO chain_ends(key, document) VALUES (?, ?)")
    }

    /// Writes the ends of full buckets' chains (``BandTable/chain(_:to:)``).
    func write(chainEnds: [(key: UInt32, document: UInt32)]) throws {
        for (key, document) in chainEnds { try setChainEnd.run([.integer(Int64(key)), .integer(Int64(document))]) }
    }

    /// Writes `run` as a new run (inside the caller's transaction); returns its number.
    func write(_ run: BandRun) throws -> Int64 {
        try insertRun.run([.integer(Int64(run.count))])
        let number = database.lastInsertedRow
        for page in run.pages() {
            try insertPage.run([.integer(number), .integer(Int64(page.lastKey)), .blob(page.cells)])
        }
        return number
    }

    func delete(_ number: Int64) throws {
        try deletePages.run([.integer(number)])
        try deleteRun.run([.integer(number)])
    }

    /// Every stored run, in memory, oldest first.
    func load() throws -> BandTable {
        var table = BandTable()
        var numbers: [(Int64, Int)] = []
        try database.prepare("SELECT run, cells FROM band_runs ORDER BY run").rows {
            numbers.append(($0.int(0), Int($0.int(1))))
        }
        let pages = try database.prepare("SELECT cells FROM band_pages WHERE run = ? ORDER BY last_key")
        for (number, count) in numbers {
            var keys: [UInt32] = []
            var documents: [UInt32] = []
            // The stored count only sizes the arrays (capped: a damaged file could claim any).
            keys.reserveCapacity(max(0, min(count, 1 << 26)))
            documents.reserveCapacity(max(0, min(count, 1 << 26)))
            var damaged = false
            try pages.rows([.integer(number)]) { row in
                row.withBlob(0) { bytes in
                    guard bytes.count % 8 == 0 else {
                        damaged = true
                        return
                    }
                    var offset = 0
                    while offset + 8 <= bytes.count {
                        keys.append(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                        documents.append(
                            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
                        offset += 8
                    }
                }
            }
            // Pages are read in key order; a damaged file could break that, and a look-up in a
            // run out of order would silently miss buckets.
            if damaged || zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) {
                throw DedupError(.damaged, "\(database.path): the band run \(number) is damaged; rebuild the index")
            }
            table.append(run: BandRun(keys: keys, documents: documents), number: number)
        }
        try database.prepare("SELECT key, document FROM chain_ends").rows { row in
            guard let key = UInt32(exactly: row.int(0)), let document = UInt32(exactly: row.int(1)) else { return }
            table.loadChainEnd(key, document)
        }
        return table
    }
}

/// Band look-ups straight from the stored pages, for `query`: one seek per run and key.
final class BandPageReader {
    private let database: SQLiteDatabase
    private let page: Statement
    /// The runs, oldest first, as of the read transaction the reader was made in.
    private var runs: [Int64] = []

    init(database: SQLiteDatabase) throws {
        self.database = database
        page = try database.prepare(
            "SELECT cells FROM band_pages WHERE run = ? AND last_key >= ? ORDER BY last_key LIMIT 1")
        try refresh()
    }

    /// Reads the list of runs again (an `add` merges and deletes runs between transactions).
    func refresh() throws {
        runs = []
        try database.prepare("SELECT run FROM band_runs ORDER BY run").rows { runs.append($0.int(0)) }
    }

    /// The documents of `key`'s bucket, first indexed first, at most `limit`.
    func documents(_ key: UInt32, limit: Int, into found: inout [Int64]) throws {
        var taken = 0
        for run in runs where taken < limit {
            page.reset()
            try page.bind(1, run)
            try page.bind(2, Int64(key))
            var damaged = false
            while try page.step() {
                page.withBlob(0) { bytes in
                    guard bytes.count % 8 == 0 else {
                        damaged = true
                        return
                    }
                    // The first cell of the key: cells ascend, so a binary search.
                    var low = 0
                    var high = bytes.count / 8
                    while low < high {
                        let middle = (low + high) / 2
                        let cell = UInt32(
                            littleEndian: bytes.loadUnaligned(fromByteOffset: middle * 8, as: UInt32.self))
                        if cell < key { low = middle + 1 } else { high = middle }
                    }
                    var index = low
                    while index < bytes.count / 8, taken < limit,
                        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt32.self)) == key
                    {
                        let document = UInt32(
                            littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8 + 4, as: UInt32.self))
                        found.append(Int64(document))
                        taken += 1
                        index += 1
                    }
                }
            }
            if damaged {
                throw DedupError(.damaged, "\(database.path): a page of band run \(run) is damaged; rebuild the index")
            }
        }
    }
}

/// One byte per MinHash value of a document, kept for every indexed document: enough to tell,
/// before its stored set is read and decoded, that a candidate LSH proposed is background (two
/// unrelated articles that share a band by chance or a stock phrase), as dedup does with whole
/// signatures (``Verdict/mayPass(_:_:countA:countB:options:)``). A million documents' sketches
/// are 128 MB, held in memory by `add`.
enum DocumentSketch {
    /// The byte of each signature value: its top byte after a multiplicative hash, so equal
    /// values give equal bytes and different ones collide one time in 256.
    static func of(_ signature: [UInt32]) -> [UInt8] {
        signature.map { UInt8(truncatingIfNeeded: ($0 &* 0x9E37_79B1) >> 24) }
    }

    /// The share of equal bytes: an upper bound of the share of equal signature values (equal
    /// values give equal bytes), so no more than dedup's MinHash estimate of the pair. It is not
    /// corrected for chance collisions: corrected, it fell below dedup's estimate for some pairs
    /// and dropped a pair dedup verifies.
    static func estimate(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> (Double, Int) {
        let k = min(a.count, b.count)
        guard k > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return (0, 0) }
        // Eight bytes at a time: a byte of a ^ b is zero where the sketches agree; the high bit of
        // each byte of `same` is set where it is zero (a byte loop was most of the time the
        // writer spent ruling candidates out).
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var equal = 0
        var index = 0
        while index + 8 <= k {
            let x =
                UnsafeRawPointer(pa + index).loadUnaligned(as: UInt64.self)
                ^ UnsafeRawPointer(pb + index).loadUnaligned(as: UInt64.self)
            let same = ~(((x & low) &+ low) | x | low)
            equal += same.nonzeroBitCount
            index += 8
        }
        while index < k {
            if pa[index] == pb[index] { equal += 1 }
            index += 1
        }
        return (Double(equal) / Double(k), k)
    }

    /// Whether the pair may pass exact verification (see ``Verdict/plausible(estimate:permutations:countA:countB:options:)``):
    /// false only when dedup's pre-check on the full signatures would be false too, since the
    /// byte estimate is never below the signatures' and the pre-check only loosens as the
    /// estimate grows.
    static func mayPass(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, countA: Int, countB: Int,
        options: DedupOptions
    ) -> Bool {
        let (estimate, k) = estimate(a, b)
        guard k > 0 else { return true }
        return Verdict.plausible(estimate: estimate, permutations: k, countA: countA, countB: countB, options: options)
    }
}

/// Every indexed document's sketch and shingle count, in memory by row, for `add`.
struct SketchTable {
    let width: Int
    private(set) var bytes: [UInt8] = []
    private(set) var counts: [UInt32] = []

    init(width: Int) { self.width = max(1, width) }

    mutating func set(_ row: Int, sketch: [UInt8], count: Int) {
        guard row >= 0 else { return }
        if row >= counts.count {
            let grown = max(row + 1, counts.count * 2, 1024)
            counts.append(contentsOf: repeatElement(0, count: grown - counts.count))
            bytes.append(contentsOf: repeatElement(0, count: grown * width - bytes.count))
        }
        counts[row] = UInt32(clamping: count)
        let start = row * width
        let copied = min(width, sketch.count)
        bytes.replaceSubrange(start..<start + copied, with: sketch.prefix(copied))
    }

    /// Whether the pair may pass verification; true for a row with no sketch (it is read and
    /// verified exactly).
    func mayPass(_ row: Int, _ sketch: [UInt8], count: Int, options: DedupOptions) -> Bool {
        guard row >= 0, row < counts.count, counts[row] > 0 else { return true }
        let start = row * width
        return bytes.withUnsafeBufferPointer { all in
            sketch.withUnsafeBufferPointer { own in
                DocumentSketch.mayPass(
                    UnsafeBufferPointer(rebasing: all[start..<start + width]), own, countA: Int(counts[row]),
                    countB: count, options: options)
            }
        }
    }
}
