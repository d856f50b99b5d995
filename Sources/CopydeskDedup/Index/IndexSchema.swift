/// The tables of an archive index, and the settings stored with it so that every later `add`
/// and `query` fingerprints exactly as the first one did.
enum IndexSchema {
    /// The format of the tables, stored in `meta` as `version` (and as SQLite's `user_version`).
    /// An index of another format is refused with a message saying so, never read.
    /// 2: 64-bit band keys, raw 32-bit shingle sets and MinHash signatures in `signatures`.
    /// 3: 32-bit band keys, Rice-coded shingle sets in `documents`, no stored signatures; and
    ///    `ShingleHash` of 17–48-byte inputs and `ShingleHash.combine` of 3–6 words changed, so
    ///    every word-shingle hash, band key and content hash differs from format 2.
    /// 4: the same tables; `ShingleHash` of 17–48 bytes (and so `combine` of 3–6 words) and
    ///    `MinHasher`'s binning changed again (for speed), so every stored shingle set, band key
    ///    and content hash differs from format 3.
    /// 5: the same tables; word keys are OCR-folded before hashing (``DedupOptions/foldsOCRConfusions``),
    ///    so every stored shingle set, band key and content hash differs from format 4.
    /// 6: the bands as sorted runs of pages that are appended and merged (`band_runs`,
    ///    `band_pages`; ``BandRun``) instead of a B-tree updated at random keys; a byte sketch of
    ///    every signature (`sketches`) to drop background candidates before their sets are read;
    ///    each document's verified neighbours (`documents.neighbours`), so the index links only
    ///    the pairs LSH proposes, as dedup does.
    /// 7: each document's full MinHash signature (`documents.signature`), so a candidate is ruled
    ///    out by dedup's own pre-check on 32-bit values (the byte sketch only narrows the
    ///    candidates first); the verified neighbours moved to `sketches`, which `add` reads whole,
    ///    so it holds every edge from both ends and re-clusters a newcomer's whole component;
    ///    a full bucket is chained as dedup chains one (`chain_ends`).
    static let version = "7"
    /// `PRAGMA application_id`: marks the SQLite file as a copydesk index ("CDIX").
    static let applicationID: Int32 = 0x4344_4958

    /// - `documents`: one row per indexed document; `shingle_set` is the sorted set of 32-bit
    ///   shingle hashes, Rice-coded (``ShingleSetCodec``), last so the columns before it are read
    ///   without decoding past it; `content_hash` is 64 bits of the set's hash (same id and same
    ///   hash: already indexed); `added` in seconds since 1970.
    ///   `signature` is the MinHash signature, 32-bit little-endian values: dedup's pre-check
    ///   of a pair (``Verdict/mayPass(_:_:countA:countB:options:)``) reads it.
    /// - `band_runs`, `band_pages`: the LSH buckets as sorted runs (``BandRun``): a page is up to
    ///   112 (key, document) cells, keyed (run, last key) WITHOUT ROWID, so a look-up is one seek
    ///   per run. A key is 32 bits of the band hash (at a million documents a 32-bit key matches
    ///   an unrelated band for one look-up in ~130; such a candidate fails verification).
    /// - `sketches`: one byte per MinHash value and the shingle count of each document
    ///   (``DocumentSketch``), rows apart from the documents so that `add` reads them all quickly;
    ///   and `neighbours`, the rows it was verified against when it was added (LSH proposed the
    ///   pair, dedup's pre-check did not rule it out, exact verification passed: the edges a
    ///   dedup run would have), 32-bit little-endian, ascending. `add` holds them all in memory
    ///   (``EdgeGraph``); re-clustering reads its edges there instead of verifying every pair of
    ///   a neighbourhood again.
    /// - `chain_ends`: for each full bucket (``IndexLookup/bucketLimit`` documents), the document
    ///   that was proposed with the one before it last (``BandTable/chain(_:to:)``).
    /// - `clusters`: representative (earliest published, then longest) and size.
    static let create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            outlet TEXT,
            length INTEGER NOT NULL,
            shingles INTEGER NOT NULL,
            content_hash INTEGER NOT NULL,
            cluster INTEGER NOT NULL,
            relation TEXT,
            similarity REAL NOT NULL,
            added INTEGER NOT NULL,
            signature BLOB NOT NULL,
            shingle_set BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_content ON documents(content_hash);
        CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
        CREATE TABLE IF NOT EXISTS band_runs(run INTEGER PRIMARY KEY, cells INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS band_pages(
            run INTEGER NOT NULL,
            last_key INTEGER NOT NULL,
            cells BLOB NOT NULL,
            PRIMARY KEY(run, last_key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS chain_ends(key INTEGER PRIMARY KEY, document INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS sketches(
            document INTEGER PRIMARY KEY,
            shingles INTEGER NOT NULL,
            sketch BLOB NOT NULL,
            neighbours BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS clusters(
            id INTEGER PRIMARY KEY,
            representative INTEGER NOT NULL,
            size INTEGER NOT NULL
        );
        """

    /// The stored form of a band key: its high 32 bits.
    static func storedKey(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    /// 32-bit values (rows) as little-endian bytes, in the order given.
    static func encodeRows(_ rows: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.count * 4)
        for row in rows { withUnsafeBytes(of: row.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }

    static func decodeRows(_ bytes: UnsafeRawBufferPointer) -> [UInt32] {
        (0..<bytes.count / 4).map {
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
        }
    }

    /// Whether two sorted key lists share a key: whether LSH proposes the pair.
    static func shareKey(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
