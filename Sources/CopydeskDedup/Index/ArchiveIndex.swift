internal import CopydeskSimilarity
internal import Foundation

/// A persistent, growing index of fingerprinted articles in SQLite: `add` clusters each new
/// document against what is indexed, `query` says whether a document is a reprint of something
/// indexed, and when that was first seen.
///
/// WAL journal; `add` writes `batchSize` documents per transaction, so a run killed at any
/// moment (SIGKILL included) leaves the index as it was after the last complete batch, and
/// running `add` again skips what is there (same id, same content) and completes the rest.
///
/// Threads: intake reads on the calling thread and fingerprints on every core; the calling
/// thread is also the one writer, with prepared statements, a large transaction at a time.
public final class ArchiveIndex {
    let database: SQLiteDatabase
    /// The settings the index was created with; they override the caller's for fingerprinting.
    public private(set) var options: DedupOptions
    let parameters: LSHParameters
    let leadParameters: LSHParameters
    /// Documents per transaction: each batch's band cells are written as one sorted run
    /// (`BandRun`), and runs are merged as they grow, so larger batches mean fewer, larger
    /// runs and fewer merges. A run killed in the middle loses at most one batch's work, which
    /// the next `add` redoes.
    public var batchSize = ArchiveIndex.defaultBatchSize
    /// The default of ``batchSize``.
    public static let defaultBatchSize = 25_000

    /// SQLite's page size of a new index (an existing one keeps its own).
    static let pageBytes = 16_384
    /// Page cache of `add`. Its writes are appends (documents, sketches, band pages) plus two
    /// small indexes (content hash, cluster) that take random inserts; the buckets and sketches
    /// it reads are in memory (``IndexWriter``), so 256 MiB holds what a batch dirties.
    static let addCacheKiB = 256 << 10
    /// How much of the file queries map (SQLite's `mmap_size`): a million documents' index is
    /// ~2 GB. Mapped pages are the OS's file cache, shared, not the process's own memory.
    static let queryMapBytes = 8 << 30
    /// Page cache of a query: a look-up reads ~40 pages.
    static let queryCacheKiB = 64 << 10

    /// What an index is opened for.
    public enum Mode: Sendable {
        /// `add` (and anything else): created when missing, written.
        case adding
        /// `query` and `statistics` only: never created or written, so an index the user may
        /// only read, in a folder they may only read, works.
        case reading
    }

    /// Opens the index at `path`, creating it with `options` when it does not exist (unless
    /// only `reading`).
    /// - Parameters:
    ///   - path: the SQLite file of the index.
    ///   - options: the matching settings of a new index; an existing one keeps its own.
    ///   - mode: `adding` creates and writes; `reading` only reads.
    ///   - leadRows: rows per band of the lead signatures' banding of a new index (one of
    ///   ``BandingChoice/leadRowsLadder``); nil: the index's default. With `options.candidateThreshold`
    ///   it makes an index banded as a dedup run of a given archive is, whose clusters are then
    ///   dedup's (`Benchmarks/Dedup/run.sh index`).
    public init(path: String, options: DedupOptions = DedupOptions(), mode: Mode = .adding, leadRows: Int? = nil)
        throws
    {
        let database = try SQLiteDatabase(path: path, readOnly: mode == .reading)
        self.database = database
        var tables: Set<String> = []
        try database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").rows {
            if let name = $0.text(0) { tables.insert(name) }
        }
        if mode == .reading, !tables.contains("meta") {
            throw DedupError(.notAnIndex, "\(path): not a copydesk index (create one with `copydesk index add`)")
        }
        if tables.isEmpty {
            // 16 KiB pages: `add` writes every page twice (to the WAL at the commit, to the file
            // at the checkpoint), one system call a page; at 4 KiB those calls were 11% of the
            // writer thread's time (30,000 documents: 16 KiB 11% less, 64 KiB 15% less, but a
            // look-up that misses the cache then reads 64 KiB for one ~2 KB row). A band page
            // of 112 cells (896 bytes) stays under what a WITHOUT ROWID row keeps in its B-tree
            // cell (~1,000 bytes at 4 KiB, ~4,000 at 16), so none overflows.
            try database.execute("PRAGMA page_size=\(Self.pageBytes)")
            try database.execute("PRAGMA journal_mode=WAL")
            try database.execute("PRAGMA application_id=\(IndexSchema.applicationID)")
            try database.transaction {
                try database.execute(IndexSchema.create)
                try database.execute("PRAGMA user_version=\(IndexSchema.version)")
            }
        } else if !tables.contains("meta") {
            throw DedupError(.notAnIndex, "\(path): an SQLite database, but not a copydesk index")
        }
        try database.execute("PRAGMA cache_size=-\(Self.queryCacheKiB)")
        try database.execute("PRAGMA temp_store=MEMORY")
        if mode == .reading {
            // Queries read band pages, sketches and sets all over the file: through SQLite's
            // cache each miss was a pread (a quarter of a batch query's time at a million
            // documents); mapped, a miss is a page fault on the OS's cache, once.
            try database.execute("PRAGMA mmap_size=\(Self.queryMapBytes)")
        }
        if mode == .adding {
            // WAL with synchronous=NORMAL: a commit is not fsynced (checkpoints are), so the index
            // is always consistent after a crash or SIGKILL; a power cut may lose the last
            // batches, which the next `add` redoes.
            try database.execute("PRAGMA synchronous=NORMAL")
            // Checkpoints run at commits (every 1,000 WAL pages, SQLite's default); after one the
            // WAL file is cut back to 64 MB instead of staying as large as the largest batch.
            try database.execute("PRAGMA journal_size_limit=\(64 << 20)")
        }
        var settings: [String: String] = [:]
        try database.prepare("SELECT key, value FROM meta").rows { row in
            if let key = row.text(0), let value = row.text(1) { settings[key] = value }
        }
        var options = options
        if settings.isEmpty {
            let parameters =
                options.candidateThreshold.map {
                    Deduplicator.lshParameters(threshold: $0, permutations: options.permutations)
                } ?? Self.defaultBanding(permutations: options.permutations)
            let lead =
                leadRows.map { LSHParameters(bands: Fingerprinter.leadPermutations / max(1, $0), rows: max(1, $0)) }
                ?? Self.leadBanding
            settings = [
                "version": IndexSchema.version, "shingles": options.shingleKind.description,
                "permutations": String(options.permutations), "seed": String(options.seed),
                "bands": String(parameters.bands), "rows": String(parameters.rows),
                "lead_bands": String(lead.bands), "lead_rows": String(lead.rows),
                "jaccard": String(options.jaccardThreshold), "containment": String(options.containmentThreshold),
                "minimum_shingles": String(options.minimumShinglesForContainment),
            ]
            let insert = try database.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)")
            let stored = try database.prepare("SELECT key, value FROM meta")
            try database.transaction {
                for (key, value) in settings { try insert.run([.text(key), .text(value)]) }
                // Another add creating the index at the same moment may have written its settings
                // first: those are the index's, whatever this one was asked for.
                try stored.rows { row in
                    if let key = row.text(0), let value = row.text(1) { settings[key] = value }
                }
            }
        }
        if let version = settings["version"], version != IndexSchema.version {
            throw DedupError(
                .otherFormat,
                "\(path): an index in format \(version), made by "
                    + ((Int(version) ?? 0) < (Int(IndexSchema.version) ?? 0) ? "an earlier" : "a later")
                    + " copydesk; this one reads format \(IndexSchema.version). Build a new index from the archive"
                    + " with `copydesk index add --db NEW.db …`")
        }
        guard settings["version"] == IndexSchema.version,
            let kind = settings["shingles"].flatMap(ShingleKind.init),
            let permutations = settings["permutations"].flatMap(Int.init),
            let seed = settings["seed"].flatMap(UInt64.init),
            let bands = settings["bands"].flatMap(Int.init), let rows = settings["rows"].flatMap(Int.init),
            let leadBands = settings["lead_bands"].flatMap(Int.init),
            let leadRows = settings["lead_rows"].flatMap(Int.init),
            let jaccard = settings["jaccard"].flatMap(Double.init),
            let containment = settings["containment"].flatMap(Double.init),
            let minimum = settings["minimum_shingles"].flatMap(Int.init)
        else {
            throw DedupError(.damaged, "\(path): not a copydesk index, or a damaged one (its settings are incomplete)")
        }
        options.shingleKind = kind
        options.permutations = permutations
        options.seed = seed
        options.jaccardThreshold = jaccard
        options.containmentThreshold = containment
        options.minimumShinglesForContainment = minimum
        self.options = options
        parameters = LSHParameters(bands: bands, rows: rows)
        leadParameters = LSHParameters(bands: leadBands, rows: leadRows)
    }

    /// The banding of a new index's signatures: 25 bands of 5 rows at 128 permutations.
    ///
    /// An index is meant to grow to millions of documents, and unrelated news stories share
    /// stock phrases: on the generated benchmark archive, random pairs of unrelated articles have
    /// a word-bigram Jaccard of 0.07 (median) to 0.12 (max). The background candidates a look-up
    /// meets grow with the index; at a million documents, modelled from those pairs: ~1,000 per
    /// look-up with 32×4 (the optimum for a 0.4 threshold), ~70 with 25×5, ~5 with 21×6. Each
    /// costs a row read and an exact verification (~2 µs). Measured on 100,000 documents and
    /// 1,000 held-out queries: 21×6 found 97.7% of the reprints, 25×5 98.6%, at the same add
    /// time. Reprints that 25×5 misses (J 0.4–0.6) are mostly truncated or extended copies,
    /// which the lead bands find.
    static func defaultBanding(permutations: Int) -> LSHParameters {
        LSHParameters(bands: max(1, permutations * 25 / 128), rows: 5)
    }

    /// Banding of lead signatures (32 values over the first 40 shingles): 8×4, ~50 background
    /// candidates per look-up at a million documents, but what finds a truncated reprint.
    static let leadBanding = LSHParameters(bands: 8, rows: 4)

    /// Adds every document of `inputs`, clustering each against the index.
    ///
    /// One `add` at a time writes an index: a second, in this process or another, waits until
    /// the first has finished (`waiting` is called when it starts to wait), so the clusters are
    /// those of one run after the other, never of their batches interleaved.
    public func add(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil,
        warning: ((_ source: String, _ message: String) -> Void)? = nil, waiting: (() -> Void)? = nil
    ) throws -> IndexAddReport {
        guard !database.readOnly else {
            throw DedupError(.readOnly, "\(database.path): the index was opened for reading")
        }
        try database.lockWriters(waiting: waiting)
        defer { database.unlockWriters() }
        var report = IndexAddReport()
        try database.execute("PRAGMA cache_size=-\(Self.addCacheKiB)")
        defer { try? database.execute("PRAGMA cache_size=-\(Self.queryCacheKiB)") }
        let writer = try IndexWriter(index: self)
        // Items of the open transaction (bad inputs count too: a batch is `batchSize` items).
        // These, the writer and the report belong to the writer thread until `finish` returns.
        var open = 0
        var written = IndexAddReport()
        let batchSize = self.batchSize
        let database = self.database
        let thread = WriterThread(
            work: { items in
                // By index: a `for item in items` copied each prepared document (retaining its
                // arrays) on the writer's thread.
                for index in items.indices {
                    if open == 0 { try database.begin() }
                    try writer.add(items[index], report: &written)
                    open += 1
                    if open >= batchSize {
                        try writer.flush()
                        try database.commit()
                        open = 0
                    }
                }
            },
            end: {
                if open > 0 {
                    try writer.flush()
                    try database.commit()
                    open = 0
                }
            },
            cancel: {
                if open > 0 { database.rollback() }
                open = 0
            })
        thread.start()
        let parameters = self.parameters
        let lead = leadParameters
        do {
            report.skipped = try Intake(options: options).run(inputs, progress: progress, warning: warning) { items in
                // Band keys, sketches and encoded sets are made here, beside the writer.
                try thread.send(items.map { PreparedItem($0, parameters: parameters, lead: lead) })
            }
        } catch {
            thread.abandon()
            throw error
        }
        try thread.finish()
        report.added = written.added
        report.reprints = written.reprints
        report.alreadyIndexed = written.alreadyIndexed
        report.failures = written.failures
        // Leave a small WAL behind: everything is in the main file.
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return report
    }

    /// For each document of `inputs`: the indexed documents it is a verified reprint of.
    public func query(
        _ inputs: [String], warning: ((_ source: String, _ message: String) -> Void)? = nil,
        answer: (IndexAnswer) throws -> Void
    ) throws {
        let reader = try IndexReader(index: self)
        // One read transaction for the whole run: every answer sees the same index, and the
        // runs listed at the start are not merged away by a concurrent `add` under it.
        try database.execute("BEGIN")
        defer { try? database.execute("COMMIT") }
        try reader.beginReading()
        _ = try Intake(options: options).run(inputs, warning: warning) { items in
            for item in items {
                let start = DispatchTime.now().uptimeNanoseconds
                var found = try reader.answer(item)
                found.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                try answer(found)
            }
        }
    }

    /// What the index holds: documents, clusters, the largest clusters, its settings and size.
    public func statistics() throws -> IndexStatistics {
        var statistics = IndexStatistics()
        try database.prepare("SELECT count(*) FROM documents").rows { statistics.documents = Int($0.int(0)) }
        try database.prepare("SELECT count(*), coalesce(sum(size > 1), 0), coalesce(sum(size - 1), 0) FROM clusters")
            .rows {
                statistics.clusters = Int($0.int(0))
                statistics.clustersWithReprints = Int($0.int(1))
                statistics.reprints = Int($0.int(2))
            }
        try database.prepare(
            """
            SELECT c.id, c.size, d.id, d.published FROM clusters c JOIN documents d ON d.rowid = c.representative
            WHERE c.size > 1 ORDER BY c.size DESC, c.id LIMIT 10
            """
        ).rows {
            statistics.largest.append((Int($0.int(0)), Int($0.int(1)), $0.text(2) ?? "", $0.text(3)))
        }
        try database.prepare("SELECT key, value FROM meta").rows { row in
            if let key = row.text(0), let value = row.text(1) { statistics.settings[key] = value }
        }
        try database.prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()").rows {
            statistics.fileBytes = Int($0.int(0))
        }
        return statistics
    }
}
