/// The tables of an archive index, and the settings stored with it so that every later `add`
/// and `query` fingerprints exactly as the first one did.
enum IndexSchema {
    /// The format of the index, stored in `meta`. An index of another format is refused with a
    /// message saying so, never read: its signatures, band keys and content hashes were made by
    /// other hash functions and would silently match nothing.
    ///
    /// - 2: the format before 3.
    /// - 3: `ShingleHash` of 17–48-byte inputs and `ShingleHash.combine` of 3–6 words changed:
    ///   every word-shingle hash, and so every signature, band key and content hash, differs
    ///   from format 2.
    static let version = "3"

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
            content_hash BLOB NOT NULL,
            cluster INTEGER NOT NULL,
            relation TEXT,
            similarity REAL NOT NULL,
            added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            UNIQUE(content_hash, id)
        );
        CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
        CREATE TABLE IF NOT EXISTS signatures(
            document INTEGER PRIMARY KEY REFERENCES documents(rowid),
            minhash BLOB NOT NULL,
            shingle_set BLOB NOT NULL
        );
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

    /// `words:2` / `chars:5`.
    static func describe(_ kind: ShingleKindSetting) -> String { kind.description }
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
