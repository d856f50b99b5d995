import CopydeskText
import CopydeskSimilarity
import Foundation
import CopydeskTestSupport
import Testing

@testable import CopydeskDedup

@Suite("copydesk index: stored format")
struct IndexFormatTests {
    @Test func shingleSetsRoundTrip() throws {
        var generator = SplitMix64(seed: 42)
        var sets: [[UInt32]] = [
            [], [0], [UInt32.max], [0, UInt32.max], Array(0..<1000), Array(UInt32.max - 300...UInt32.max),
        ]
        for count in [1, 2, 3, 17, 350, 5000] {
            var set = Set<UInt32>()
            while set.count < count { set.insert(UInt32(truncatingIfNeeded: generator.next())) }
            sets.append(set.sorted())
        }
        // Clustered values: long runs of small gaps, then a jump.
        sets.append((0..<400).map { UInt32($0 / 40) * 100_000_000 + UInt32($0 % 40) * 3 })
        for set in sets {
            let bytes = ShingleSetCodec.encode(set)
            let decoded = bytes.withUnsafeBytes { ShingleSetCodec.decode($0) }
            #expect(decoded == set, "a set of \(set.count)")
        }
        // ~25 bits a shingle for an article-sized set instead of 32.
        let article = sets[sets.count - 3]
        #expect(article.count == 350)
        #expect(ShingleSetCodec.encode(article).count < 350 * 27 / 8)
    }

    @Test func damagedSetsAreRejectedNotMisread() {
        var generator = SplitMix64(seed: 7)
        var set = Set<UInt32>()
        while set.count < 200 { set.insert(UInt32(truncatingIfNeeded: generator.next())) }
        let bytes = ShingleSetCodec.encode(set.sorted())
        for cut in [0, 1, 2, 10, bytes.count / 2, bytes.count - 1] {
            let decoded = Array(bytes.prefix(cut)).withUnsafeBytes { ShingleSetCodec.decode($0) }
            #expect(decoded == nil, "cut at \(cut)")
        }
        var ones = bytes
        for index in 3..<ones.count { ones[index] = 0xFF }
        #expect(ones.withUnsafeBytes { ShingleSetCodec.decode($0) } == nil)
    }

    /// An index written by an earlier copydesk (format 2: signatures table, 64-bit band keys)
    /// is named as such, not read as if it were the current format.
    @Test func anOlderFormatIsRecognised() throws {
        let scratch = try Scratch()
        let path = scratch.path("old.db")
        try expectRefused(
            path,
            after: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('version', '2'), ('shingles', 'words:2'), ('permutations', '128'),
                    ('seed', '1'), ('bands', '20'), ('rows', '6'), ('jaccard', '0.4'), ('containment', '0.65'),
                    ('minimum_shingles', '25');
                CREATE TABLE signatures(document INTEGER PRIMARY KEY, minhash BLOB NOT NULL, shingle_set BLOB NOT NULL);
                CREATE TABLE bands(key INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY(key, document))
                    WITHOUT ROWID;
                """,
            saying: ["format 2", "earlier", "format 5"])
        let query = try CLI.run(
            ["index", "query", "--db", path, "-"], stdin: "{\"id\": \"a\", \"text\": \"x y z\"}")
        #expect(query.status == 1)
        #expect(query.stderr.contains("an index in format 2"))
        let add = try CLI.run(
            ["index", "add", "--db", path, "--quiet", "-"], stdin: "{\"id\": \"a\", \"text\": \"x y z\"}")
        #expect(add.status == 1)
        // Nothing was written into the old file.
        let database = try SQLiteDatabase(path: path)
        #expect(try database.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'") == 0)
    }

    @Test func anotherSQLiteDatabaseIsNotTakenForAnIndex() throws {
        let scratch = try Scratch()
        try expectRefused(
            scratch.path("other.db"), after: "CREATE TABLE notes(text TEXT)", saying: ["not a copydesk index"])
    }

    @Test func aNewIndexIsMarkedWithItsFormat() throws {
        let scratch = try Scratch()
        let path = scratch.path("new.db")
        _ = try ArchiveIndex(path: path)
        let database = try SQLiteDatabase(path: path)
        #expect(try database.integer("PRAGMA user_version") == Int64(IndexSchema.version))
        #expect(try database.integer("PRAGMA application_id") == Int64(IndexSchema.applicationID))
        #expect(try database.prepare("PRAGMA journal_mode").rowsText() == ["wal"])
    }

    /// A format-3 index has the current tables, but its shingle hashes and band keys were made
    /// by the hash that format 4 replaced: it is refused, not queried with keys that never match.
    /// Likewise format 4, whose word keys were not OCR-folded.
    @Test func aFormatThreeIndexIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.path("three.db")
        _ = try ArchiveIndex(path: path)
        try expectRefused(
            path, after: "UPDATE meta SET value = '3' WHERE key = 'version'; PRAGMA user_version = 3;",
            saying: ["format 3", "earlier", "format 5"])
        let four = scratch.path("four.db")
        _ = try ArchiveIndex(path: four)
        try expectRefused(
            four, after: "UPDATE meta SET value = '4' WHERE key = 'version'; PRAGMA user_version = 4;",
            saying: ["format 4", "earlier", "format 5"])
    }

    /// Runs `sql` on the SQLite file at `path`, then expects opening it as an index to fail with a
    /// message that holds every one of `phrases`.
    func expectRefused(_ path: String, after sql: String, saying phrases: [String]) throws {
        try SQLiteDatabase(path: path).execute(sql)
        #expect {
            _ = try ArchiveIndex(path: path)
        } throws: { error in
            let message = "\(error)"
            return phrases.allSatisfy { message.contains($0) }
        }
    }

    /// Band look-ups are seeks in the bands table's primary key, and a document's set is read by
    /// rowid: no scan of a table that grows with the archive.
    @Test func lookUpsUseTheIndexes() throws {
        let scratch = try Scratch()
        let path = scratch.path("plan.db")
        _ = try ArchiveIndex(path: path)
        let database = try SQLiteDatabase(path: path)
        let bands = try database.prepare("EXPLAIN QUERY PLAN SELECT document FROM bands WHERE key IN (?, ?, ?)")
            .rowsText(column: 3)
        #expect(bands.contains { $0.contains("SEARCH bands USING PRIMARY KEY (key=?)") }, "\(bands)")
        for sql in [
            "SELECT shingle_set FROM documents WHERE rowid = ?",
            "SELECT id FROM documents WHERE content_hash = ?",
            "SELECT rowid FROM documents WHERE cluster = ?",
        ] {
            let plan = try database.prepare("EXPLAIN QUERY PLAN " + sql).rowsText(column: 3)
            #expect(plan.allSatisfy { $0.hasPrefix("SEARCH") }, "\(sql): \(plan)")
        }
    }
}

extension Statement {
    fileprivate func rowsText(column: Int32 = 0) throws -> [String] {
        var values: [String] = []
        try rows { values.append($0.text(column) ?? "") }
        return values
    }
}

@Suite("copydesk index: look-ups")
struct IndexLookupTests {
    /// A band bucket shared by hundreds of documents (a stock opening sentence) gives at most
    /// `bucketLimit` candidates, the first indexed; other buckets are read in full.
    @Test func oneBucketGivesAtMostTheLimit() throws {
        let scratch = try Scratch()
        let index = try ArchiveIndex(path: scratch.path("buckets.db"))
        let lookup = try IndexLookup(index: index)
        let text = (0..<60).map { "word\($0) stands in sentence \($0 % 7) of the story" }.joined(separator: " ")
        let fingerprint = Fingerprinter(options: index.options).fingerprint(text).fingerprint
        let keys = lookup.keys(fingerprint)
        let crowded = IndexSchema.storedKey(keys[0])
        let quiet = IndexSchema.storedKey(keys[1])
        #expect(crowded != quiet)
        let limit = IndexLookup.bucketLimit
        // Rows 1…limit+100 in the crowded bucket, rows 10,001…10,010 in the quiet one.
        for row in 1...(limit + 100) {
            try index.database.execute("INSERT INTO bands(key, document) VALUES (\(crowded), \(row))")
        }
        for row in 10_001...10_010 {
            try index.database.execute("INSERT INTO bands(key, document) VALUES (\(quiet), \(row))")
        }
        let candidates = try lookup.candidates(fingerprint)
        #expect(candidates.filter { $0 <= limit + 100 } == Array(1...Int64(limit)))
        #expect(candidates.filter { $0 > 10_000 } == Array(10_001...10_010))
    }
}
