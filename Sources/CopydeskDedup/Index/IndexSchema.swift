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
    static let version = "5"
    /// `PRAGMA application_id`: marks the SQLite file as a copydesk index ("CDIX").
    static let applicationID: Int32 = 0x4344_4958

    /// - `documents`: one row per indexed document; `shingle_set` is the sorted set of 32-bit
    ///   shingle hashes, Rice-coded (``ShingleSetCodec``), last so the columns before it are read
    ///   without decoding past it; `content_hash` is 64 bits of the set's hash (same id and same
    ///   hash: already indexed); `added` in seconds since 1970.
    /// - `bands`: one row per LSH band of a document, keyed (band key, document) WITHOUT ROWID, so
    ///   a look-up is one seek in a B-tree of 13-byte cells: the key is 32 bits of the band hash
    ///   (at a million documents a 32-bit key matches an unrelated band for one look-up in ~130;
    ///   such a candidate fails verification, it costs a row read).
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
            shingle_set BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_content ON documents(content_hash);
        CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
        CREATE TABLE IF NOT EXISTS bands(
            key INTEGER NOT NULL,
            document INTEGER NOT NULL,
            PRIMARY KEY(key, document)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS clusters(
            id INTEGER PRIMARY KEY,
            representative INTEGER NOT NULL,
            size INTEGER NOT NULL
        );
        """

    /// The stored form of a band key: its high 32 bits, signed, which SQLite keeps in 4 bytes.
    static func storedKey(_ key: UInt64) -> Int64 { Int64(Int32(truncatingIfNeeded: key >> 32)) }
}

/// The shingle kind as stored in the index's `meta` table.
struct ShingleKindSetting: CustomStringConvertible {
    var characters: Bool
    var size: Int

    var description: String { (characters ? "chars:" : "words:") + String(size) }

    init(characters: Bool, size: Int) {
        self.characters = characters
        self.size = size
    }

    init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let size = Int(parts[1]), size > 0 else { return nil }
        switch parts[0] {
        case "words": characters = false
        case "chars": characters = true
        default: return nil
        }
        self.size = size
    }
}
