internal import CopydeskSimilarity
internal import Foundation

/// A persistent, growing index of fingerprinted articles in SQLite: `add` clusters each new
/// document against what is indexed, `query` says whether a document is a reprint of something
/// indexed, and when that was first seen.
///
/// WAL journal; each batch of documents is one transaction, so a run killed at any moment
/// (SIGKILL included) leaves the index as it was after the last complete batch, and running
/// `add` again skips what is there (same id, same content) and completes the rest.
public final class ArchiveIndex {
    let database: SQLiteDatabase
    /// The settings the index was created with; they override the caller's for fingerprinting.
    public private(set) var options: DedupOptions
    let parameters: LSHParameters
    public var batchSize = 500
    /// The candidate threshold of a new index unless the options name one: stricter than a
    /// dedup run's, so that a query against millions of documents verifies few candidates.
    public static let candidateThreshold = 0.4

    /// Opens the index at `path`, creating it with `options` when it does not exist.
    public init(path: String, options: DedupOptions = DedupOptions()) throws {
        let database = try SQLiteDatabase(path: path)
        self.database = database
        var created = false
        try database.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'meta'").rows { created = $0.int(0) > 0 }
        if !created {
            try database.execute("PRAGMA journal_mode=WAL")
            try database.transaction { try database.execute(IndexSchema.create) }
        }
        try database.execute("PRAGMA synchronous=NORMAL")
        // Band keys are random: inserts and look-ups touch pages all over the bands table, so a
        // page cache of 64 MB instead of SQLite's default 2 MB saves most reads on a large index.
        try database.execute("PRAGMA cache_size=-65536")
        var settings: [String: String] = [:]
        try database.prepare("SELECT key, value FROM meta").rows { row in
            if let key = row.text(0), let value = row.text(1) { settings[key] = value }
        }
        var options = options
        if settings.isEmpty {
            let parameters = Deduplicator.lshParameters(
                threshold: options.candidateThreshold ?? ArchiveIndex.candidateThreshold,
                permutations: options.permutations)
            let kind: ShingleKindSetting
            switch options.shingleKind {
            case .words(let n): kind = ShingleKindSetting(characters: false, size: n)
            case .characters(let n): kind = ShingleKindSetting(characters: true, size: n)
            }
            settings = [
                "version": IndexSchema.version, "shingles": kind.description,
                "permutations": String(options.permutations), "seed": String(options.seed),
                "bands": String(parameters.bands), "rows": String(parameters.rows),
                "jaccard": String(options.jaccardThreshold), "containment": String(options.containmentThreshold),
                "minimum_shingles": String(options.minimumShinglesForContainment),
            ]
            let insert = try database.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)")
            try database.transaction {
                for (key, value) in settings { try insert.run([.text(key), .text(value)]) }
            }
        }
        if let version = settings["version"], version != IndexSchema.version {
            throw DedupError(
                "\(path): an index of format \(version), and this copydesk reads format \(IndexSchema.version) only "
                    + "(its hashes changed, so the stored signatures would match nothing); build a new index from "
                    + "the same articles with `copydesk index add`")
        }
        guard settings["version"] == IndexSchema.version,
            let kind = settings["shingles"].flatMap(ShingleKindSetting.init),
            let permutations = settings["permutations"].flatMap(Int.init),
            let seed = settings["seed"].flatMap(UInt64.init),
            let bands = settings["bands"].flatMap(Int.init), let rows = settings["rows"].flatMap(Int.init),
            let jaccard = settings["jaccard"].flatMap(Double.init),
            let containment = settings["containment"].flatMap(Double.init),
            let minimum = settings["minimum_shingles"].flatMap(Int.init)
        else {
            throw DedupError("\(path): not a copydesk index")
        }
        options.shingleKind = kind.characters ? .characters(kind.size) : .words(kind.size)
        options.permutations = permutations
        options.seed = seed
        options.jaccardThreshold = jaccard
        options.containmentThreshold = containment
        options.minimumShinglesForContainment = minimum
        self.options = options
        parameters = LSHParameters(bands: bands, rows: rows)
    }

    /// Adds every document of `inputs`, clustering each against the index.
    public func add(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil
    ) throws -> IndexAddReport {
        var report = IndexAddReport()
        let writer = try IndexWriter(index: self)
        var pending: [IntakeItem] = []
        /// Writes whole batches of `batchSize` (and, at the end, the rest) one transaction each.
        func flush(all: Bool) throws {
            while pending.count >= batchSize || (all && !pending.isEmpty) {
                let items = pending.prefix(batchSize)
                try database.transaction {
                    for item in items { try writer.add(item, report: &report) }
                }
                pending.removeFirst(items.count)
            }
        }
        report.skipped = try Intake(options: options).run(inputs, progress: progress) { items in
            pending += items
            try flush(all: false)
        }
        try flush(all: true)
        return report
    }

    /// For each document of `inputs`: the indexed documents it is a verified reprint of.
    public func query(_ inputs: [String], answer: (IndexAnswer) throws -> Void) throws {
        let reader = try IndexReader(index: self)
        _ = try Intake(options: options).run(inputs) { items in
            for item in items { try answer(try reader.answer(item)) }
        }
    }

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
