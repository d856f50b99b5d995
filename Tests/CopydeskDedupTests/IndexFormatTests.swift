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
            saying: ["format 2", "earlier", "format 7"])
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
    /// Likewise format 4, whose word keys were not OCR-folded, and format 5, whose buckets were
    /// stored otherwise.
    @Test func aFormatThreeIndexIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.path("three.db")
        _ = try ArchiveIndex(path: path)
        try expectRefused(
            path, after: "UPDATE meta SET value = '3' WHERE key = 'version'; PRAGMA user_version = 3;",
            saying: ["format 3", "earlier", "format 7"])
        let four = scratch.path("four.db")
        _ = try ArchiveIndex(path: four)
        try expectRefused(
            four, after: "UPDATE meta SET value = '4' WHERE key = 'version'; PRAGMA user_version = 4;",
            saying: ["format 4", "earlier", "format 7"])
        // Format 5 had the same hashes, but its buckets were a B-tree of (key, document) rows
        // that this copydesk no longer writes: read, it would answer every query "not a reprint".
        let five = scratch.path("five.db")
        _ = try ArchiveIndex(path: five)
        try expectRefused(
            five, after: "UPDATE meta SET value = '5' WHERE key = 'version'; PRAGMA user_version = 5;",
            saying: ["format 5", "earlier", "format 7", "Build a new index"])
        // Format 6 had the same hashes and buckets, but no stored signatures (dedup's pre-check
        // could not be made) and its edges where a whole `add` could not read them.
        let six = scratch.path("six.db")
        _ = try ArchiveIndex(path: six)
        try expectRefused(
            six, after: "UPDATE meta SET value = '6' WHERE key = 'version'; PRAGMA user_version = 6;",
            saying: ["format 6", "earlier", "format 7", "Build a new index"])
    }

    /// Runs `sql` on the SQLite file at `path`, then expects opening it as an index to fail with a
    /// message that holds every one of `phrases`.
    func expectRefused(_ path: String, after sql: String, saying phrases: [String]) throws {
        try SQLiteDatabase(path: path).execute(sql)
        let error = #expect(throws: DedupError.self) { _ = try ArchiveIndex(path: path) }
        let message = error.map(\.message) ?? ""
        #expect(phrases.allSatisfy { message.contains($0) }, "\(message)")
        // The code says which refusal it is; the words are for people.
        let code: DedupError.Code = phrases.contains { $0.hasPrefix("format") } ? .otherFormat : .notAnIndex
        #expect(error?.code == code)
    }

    /// A band look-up is one seek per run in the band pages' primary key, and a document's set
    /// and sketch are read by rowid: no scan of a table that grows with the archive.
    @Test func lookUpsUseTheIndexes() throws {
        let scratch = try Scratch()
        let path = scratch.path("plan.db")
        _ = try ArchiveIndex(path: path)
        let database = try SQLiteDatabase(path: path)
        let bands = try database.prepare(
            "EXPLAIN QUERY PLAN SELECT cells FROM band_pages WHERE run = ? AND last_key >= ? ORDER BY last_key LIMIT 1"
        ).rowsText(column: 3)
        #expect(
            bands == ["SEARCH band_pages USING PRIMARY KEY (run=? AND last_key>?)"], "\(bands)")
        for sql in [
            "SELECT shingles, sketch FROM sketches WHERE document = ?",
            "SELECT shingles, signature FROM documents WHERE rowid = ?",
            "SELECT key, document FROM chain_ends WHERE key = ?",
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
    /// `bucketLimit` candidates, the first indexed, from memory (`add`) and from the stored
    /// pages (`query`) alike; other buckets are read in full.
    @Test func oneBucketGivesAtMostTheLimit() throws {
        let scratch = try Scratch()
        let index = try ArchiveIndex(path: scratch.path("buckets.db"))
        let lookup = try IndexLookup(index: index)
        let text = (0..<60).map { "word\($0) stands in sentence \($0 % 7) of the story" }.joined(separator: " ")
        let fingerprint = Fingerprinter(options: index.options).fingerprint(text).fingerprint
        let keys = lookup.storedKeys(fingerprint)
        let crowded = keys[0]
        let quiet = keys[1]
        #expect(crowded != quiet)
        let limit = IndexLookup.bucketLimit
        // Rows 1…limit+100 in the crowded bucket (over three batches), rows 10,001…10,010 in
        // the quiet one.
        var table = BandTable()
        let pages = try BandPages(database: index.database)
        try index.database.transaction {
            // Batches hold consecutive rows, as an `add` writes them.
            let cuts = [1, 30, 90, limit + 101]
            for batch in 0..<3 {
                for row in cuts[batch]..<cuts[batch + 1] { table.insert(crowded, document: UInt32(row)) }
                if batch == 2 { for row in 10_001...10_010 { table.insert(quiet, document: UInt32(row)) } }
                let run = table.takePending()
                table.append(run: run, number: try pages.write(run))
            }
        }
        var fromMemory: [UInt32] = []
        #expect(table.documents(crowded, limit: limit) { fromMemory.append($0) } == limit)
        #expect(fromMemory == Array(1...UInt32(limit)))
        let fromDisk = try lookup.candidates(fingerprint).map { Int($0) }
        #expect(fromDisk.filter { $0 > 10_000 } == Array(10_001...10_010))
        #expect(fromDisk.filter { $0 <= limit + 100 } == Array(1...limit))
        // Merged, a bucket keeps its first `limit` documents.
        let merged = BandRun.merged(table.runs, limit: limit)
        var kept: [UInt32] = []
        merged.forEach(crowded) {
            kept.append($0)
            return true
        }
        #expect(kept == Array(1...UInt32(limit)))
    }
}

@Suite("copydesk index: band runs")
struct BandRunTests {
    /// Random cells in, sorted runs out: every look-up finds exactly its bucket, from memory,
    /// after merging, and from the stored pages; no page splits a bucket or exceeds its size
    /// (so that no page overflows SQLite's cell).
    @Test func runsFindEveryBucket() throws {
        var generator = SplitMix64(seed: 16)
        var table = BandTable()
        var truth: [UInt32: [UInt32]] = [:]
        var document: UInt32 = 0
        let scratch = try Scratch()
        let index = try ArchiveIndex(path: scratch.path("runs.db"))
        let pages = try BandPages(database: index.database)
        for batch in 0..<7 {
            for _ in 0..<(batch == 3 ? 5 : 700) {
                document += 1
                for _ in 0..<3 {
                    // Few distinct keys in the low range: buckets of many documents.
                    let key =
                        generator.next() % 4 == 0
                        ? UInt32(generator.next() % 50) : UInt32(truncatingIfNeeded: generator.next())
                    if truth[key]?.last == document { continue }
                    if (truth[key]?.count ?? 0) < IndexLookup.bucketLimit {
                        table.insert(key, document: document)
                        truth[key, default: []].append(document)
                    }
                }
            }
            try index.database.transaction {
                let run = table.takePending()
                table.append(run: run, number: try pages.write(run))
                let merging = table.runsToMerge()
                if merging >= 2 {
                    let merged = BandRun.merged(Array(table.runs.suffix(merging)), limit: IndexLookup.bucketLimit)
                    let old = Array(table.runNumbers.suffix(merging))
                    let number = try pages.write(merged)
                    for run in old { try pages.delete(run) }
                    table.replaceNewest(merging, with: merged, number: number)
                }
            }
        }
        // Binary-counter merging: a handful of runs, not one per batch.
        #expect(table.runs.count <= 3, "\(table.runs.map(\.count))")
        let reloaded = try pages.load()
        #expect(reloaded.runs.map(\.count) == table.runs.map(\.count))
        let reader = try BandPageReader(database: index.database)
        for (key, documents) in truth {
            var fromMemory: [UInt32] = []
            table.documents(key, limit: 1000) { fromMemory.append($0) }
            #expect(fromMemory == documents, "key \(key)")
            var loaded: [UInt32] = []
            reloaded.documents(key, limit: 1000) { loaded.append($0) }
            #expect(loaded == documents, "key \(key)")
            var fromDisk: [Int64] = []
            try reader.documents(key, limit: 1000, into: &fromDisk)
            #expect(fromDisk == documents.map(Int64.init), "key \(key)")
        }
        var absent: [Int64] = []
        try reader.documents(UInt32.max - 1, limit: 1000, into: &absent)
        #expect(absent.isEmpty == (truth[UInt32.max - 1] == nil))
        var pageSizes: [Int] = []
        try index.database.prepare("SELECT length(cells) FROM band_pages").rows { pageSizes.append(Int($0.int(0))) }
        #expect(!pageSizes.isEmpty)
        #expect(pageSizes.allSatisfy { $0 > 0 && $0 <= BandRun.pageCells * 8 && $0 % 8 == 0 })
        for run in table.runs {
            for page in run.pages() {
                let cells = page.cells.withUnsafeBytes { BandRun.cells($0) } ?? []
                #expect(cells.last?.key == page.lastKey)
            }
        }
    }

    /// Sketches keep every pair that verifies (reprints cut, extended, rescanned) and drop
    /// unrelated stories' pairs before their sets are read.
    @Test func sketchesKeepReprintsAndDropBackground() {
        var stories = Stories(seed: 61)
        let options = DedupOptions()
        let fingerprinter = Fingerprinter(options: options)
        var kept = 0
        var dropped = 0
        var verified = 0
        var documents: [(Fingerprint, [UInt32])] = []
        for _ in 0..<12 {
            let story = stories.story(words: 420)
            let copies = [
                story, Array(story.prefix(story.count / 3)), story + stories.story(words: 120),
                story.map { scanned($0, every: 7) },
            ]
            let printed = copies.map { fingerprinter.fingerprint($0.joined(separator: "\n\n")) }
            for copy in printed.dropFirst() {
                guard Verdict(SetOverlap(copy.shingles, printed[0].shingles), options: options) != nil else { continue }
                verified += 1
                let passes = DocumentSketch.of(copy.fingerprint.signature).withUnsafeBufferPointer { a in
                    DocumentSketch.of(printed[0].fingerprint.signature).withUnsafeBufferPointer { b in
                        DocumentSketch.mayPass(
                            a, b, countA: copy.shingles.count, countB: printed[0].shingles.count, options: options)
                    }
                }
                #expect(passes)
            }
            documents.append((printed[0].fingerprint, printed[0].shingles))
        }
        #expect(verified >= 30)
        for a in documents.indices {
            for b in documents.indices where b > a {
                let passes = DocumentSketch.of(documents[a].0.signature).withUnsafeBufferPointer { x in
                    DocumentSketch.of(documents[b].0.signature).withUnsafeBufferPointer { y in
                        DocumentSketch.mayPass(
                            x, y, countA: documents[a].1.count, countB: documents[b].1.count, options: options)
                    }
                }
                if passes { kept += 1 } else { dropped += 1 }
            }
        }
        // Unrelated stories: nearly every pair dropped.
        #expect(dropped >= 60, "kept \(kept), dropped \(dropped)")
    }
}
