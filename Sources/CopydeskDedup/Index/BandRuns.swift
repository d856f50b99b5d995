internal import CopydeskSimilarity

/// The LSH buckets of an index, as sorted runs of (band key, document) cells that are only ever
/// appended and merged, never updated in place.
///
/// A B-tree keyed by random band keys (format 5's `bands` table) takes every insert on a random
/// leaf: at a million documents each batch of 25,000 dirtied nearly every page of a 450 MB table,
/// which the commit then wrote to the WAL and the checkpoint wrote again, and the cost per
/// document grew with the index. Here a batch's cells are sorted once and written as a new run,
/// page after page; runs of similar size are merged (cells read in order, written in order), so a
/// look-up meets a handful of runs, and each cell is rewritten about log₂(batches) times.
///
/// On disk (`band_pages`): a run is cut into pages of at most ``pageCells`` cells, each a row
/// keyed (run, last key) holding the cells as little-endian (key, document) pairs of 32 bits.
/// A bucket (one key) never straddles two pages, so a look-up is one seek per run.
struct BandRun {
    /// Ascending; a key repeats once per document of its bucket, at most ``IndexLookup/bucketLimit``.
    private(set) var keys: [UInt32]
    /// The documents of `keys`, ascending within a bucket (the first indexed first).
    private(set) var documents: [UInt32]
    /// `directory[p]` is the first cell whose key's top bits are `p` or more: uniform band keys
    /// make each slice a few cells long, so finding a key is one or two cache misses, not a
    /// binary search over millions.
    private var directory: [Int32]
    private var shift: UInt32

    var count: Int { keys.count }

    /// - Precondition: `keys` ascending, `documents` as long (checked: a mismatch keeps the
    ///   common prefix; the cells come from this file's own writers).
    init(keys: [UInt32], documents: [UInt32]) {
        let count = min(keys.count, documents.count)
        self.keys = keys.count == count ? keys : Array(keys.prefix(count))
        self.documents = documents.count == count ? documents : Array(documents.prefix(count))
        // About four cells a slice; between 2⁴ and 2²² slices.
        var bits: UInt32 = 4
        while bits < 22, (1 << (bits + 2)) < count { bits += 1 }
        shift = 32 - bits
        var directory = [Int32](repeating: Int32(count), count: (1 << Int(bits)) + 1)
        var slice = 0
        for (index, key) in self.keys.enumerated() {
            let top = Int(key >> shift)
            while slice <= top {
                directory[slice] = Int32(index)
                slice += 1
            }
        }
        self.directory = directory
    }

    /// Calls `body` with each document of `key`'s bucket, first indexed first, until it returns
    /// false.
    func forEach(_ key: UInt32, _ body: (UInt32) -> Bool) {
        let (start, end) = slice(key)
        forEach(key, in: start, end, body)
    }

    /// The cells among which `key`'s bucket lies (empty when it cannot be there): a look in the
    /// directory, apart from reading the cells so that the look-ups of a document's keys, made
    /// one after the other, wait for memory together rather than in turn.
    func slice(_ key: UInt32) -> (start: Int, end: Int) {
        let slot = Int(key >> shift)
        guard slot + 1 < directory.count else { return (0, 0) }
        return (Int(directory[slot]), Int(directory[slot + 1]))
    }

    /// ``forEach(_:_:)`` within a ``slice(_:)`` of the run.
    func forEach(_ key: UInt32, in start: Int, _ end: Int, _ body: (UInt32) -> Bool) {
        guard start >= 0, end <= keys.count else { return }
        var index = start
        while index < end, keys[index] < key { index += 1 }
        while index < end, keys[index] == key {
            if !body(documents[index]) { return }
            index += 1
        }
    }

    /// The cells of `runs` (oldest first) in one run, each bucket cut to its first `limit`
    /// documents: the older runs hold the earlier documents.
    ///
    /// Two runs at a time, oldest first, each a plain two-way merge on the keys that takes the
    /// older run's cells of a key before the newer's (cutting at `limit` at each step keeps the
    /// same first `limit`). The merge of several runs looked for the smallest head key among all
    /// of them at every key: at a million documents one merge of the large runs took seconds
    /// (a third of the writer's time in a 12-second profile).
    static func merged(_ runs: [BandRun], limit: Int) -> BandRun {
        let empty = BandRun(keys: [], documents: [])
        guard let first = runs.first else { return empty }
        var merged = merge(first, runs.count > 1 ? runs[1] : empty, limit: limit)
        for run in runs.dropFirst(2) { merged = merge(merged, run, limit: limit) }
        return merged
    }

    /// The cells of `older` and `newer` by key; within a key the older run's first, at most
    /// `limit` in all.
    private static func merge(_ older: BandRun, _ newer: BandRun, limit: Int) -> BandRun {
        let total = older.count + newer.count
        var keys = [UInt32](repeating: 0, count: total)
        var documents = [UInt32](repeating: 0, count: total)
        var written = 0
        keys.withUnsafeMutableBufferPointer { keysOut in
            documents.withUnsafeMutableBufferPointer { documentsOut in
                older.keys.withUnsafeBufferPointer { aKeys in
                    older.documents.withUnsafeBufferPointer { aDocuments in
                        newer.keys.withUnsafeBufferPointer { bKeys in
                            newer.documents.withUnsafeBufferPointer { bDocuments in
                                // One run's cells of `key` from `index` on, copied while fewer
                                // than `limit` of the key are out.
                                func take(
                                    _ key: UInt32, _ runKeys: UnsafeBufferPointer<UInt32>,
                                    _ runDocuments: UnsafeBufferPointer<UInt32>, from index: inout Int, end: Int,
                                    taken: inout Int
                                ) {
                                    while index < end, runKeys[index] == key {
                                        if taken < limit, written < total {
                                            keysOut[written] = key
                                            documentsOut[written] = runDocuments[index]
                                            written += 1
                                            taken += 1
                                        }
                                        index += 1
                                    }
                                }
                                var a = 0
                                var b = 0
                                let aEnd = min(aKeys.count, aDocuments.count)
                                let bEnd = min(bKeys.count, bDocuments.count)
                                while a < aEnd || b < bEnd {
                                    // The next key: the smaller head; all of the older run's
                                    // cells of it, then the newer's, up to `limit`.
                                    let key: UInt32
                                    if b >= bEnd || (a < aEnd && aKeys[a] <= bKeys[b]) {
                                        key = aKeys[a]
                                    } else {
                                        key = bKeys[b]
                                    }
                                    var taken = 0
                                    take(key, aKeys, aDocuments, from: &a, end: aEnd, taken: &taken)
                                    take(key, bKeys, bDocuments, from: &b, end: bEnd, taken: &taken)
                                }
                            }
                        }
                    }
                }
            }
        }
        keys.removeLast(total - written)
        documents.removeLast(total - written)
        return BandRun(keys: keys, documents: documents)
    }

    /// The most cells a page holds: 896 bytes, under the ~1,000 bytes a WITHOUT ROWID row
    /// keeps in its B-tree cell at 4 KiB pages, so no page overflows.
    static let pageCells = 112

    /// The run's pages: (last key, cells), a bucket never cut between two.
    func pages() -> [(lastKey: UInt32, cells: [UInt8])] {
        var pages: [(UInt32, [UInt8])] = []
        var start = 0
        while start < count {
            // Take whole buckets while they fit; a single bucket longer than a page (never, with
            // the bucket limit under `pageCells`) would make a longer page rather than be cut.
            var end = start
            while end < count {
                var bucketEnd = end + 1
                while bucketEnd < count, keys[bucketEnd] == keys[end] { bucketEnd += 1 }
                if bucketEnd - start > Self.pageCells, end > start { break }
                end = bucketEnd
            }
            var cells = [UInt8]()
            cells.reserveCapacity((end - start) * 8)
            for index in start..<end {
                withUnsafeBytes(of: keys[index].littleEndian) { cells.append(contentsOf: $0) }
                withUnsafeBytes(of: documents[index].littleEndian) { cells.append(contentsOf: $0) }
            }
            pages.append((keys[end - 1], cells))
            start = end
        }
        return pages
    }

    /// The cells of one stored page, or nil when its length is not a whole number of cells.
    static func cells(_ bytes: UnsafeRawBufferPointer) -> [(key: UInt32, document: UInt32)]? {
        guard bytes.count % 8 == 0 else { return nil }
        var cells: [(key: UInt32, document: UInt32)] = []
        cells.reserveCapacity(bytes.count / 8)
        var offset = 0
        while offset + 8 <= bytes.count {
            let key = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let document = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            cells.append((key, document))
            offset += 8
        }
        return cells
    }
}

/// Every bucket of the index in memory, for `add`: the stored runs, and the cells of the batch
/// not yet written. A look-up costs a few cache misses per run instead of a B-tree seek, and a
/// new document's cells go to memory until its batch is committed.
struct BandTable {
    /// Oldest first, as stored; `runNumbers` are their numbers in `band_runs`.
    private(set) var runs: [BandRun] = []
    private(set) var runNumbers: [Int64] = []
    /// The open batch's cells; each links to the one before of the same key. `slots` is an
    /// open-addressing table from a key to its last cell (key in the high 32 bits, cell + 1 in
    /// the low; 0 is empty), kept at most half full: a Dictionary cost a hash and a probe through
    /// generic code per key, 4% of an `add`.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)
    private var pendingKeys: [UInt32] = []
    private var pendingDocuments: [UInt32] = []
    private var pendingPrevious: [Int32] = []
    /// The document that entered each full bucket's chain last (see ``chain(_:to:)``), and the
    /// keys changed since ``takeChanged()``.
    private(set) var lastOfFull: [UInt32: UInt32] = [:]
    private var changed: [UInt32] = []

    /// Makes `document` the end of the chain of `key`'s full bucket. A dedup run links a bucket
    /// larger than its largest as a chain of consecutive documents, not all pairs; the index
    /// keeps a full bucket's first documents and proposes each later one with the one before it
    /// in the chain, so that, added in the order dedup reads, it proposes the pairs dedup does.
    mutating func chain(_ key: UInt32, to document: UInt32) {
        if lastOfFull.updateValue(document, forKey: key) == nil || changed.last != key { changed.append(key) }
    }

    /// Sets the chain ends read from the index.
    mutating func loadChainEnd(_ key: UInt32, _ document: UInt32) { lastOfFull[key] = document }

    /// The chain ends changed since the last call, to be written.
    mutating func takeChanged() -> [(key: UInt32, document: UInt32)] {
        SetSimilarity.sortUnique(&changed)
        defer { changed.removeAll(keepingCapacity: true) }
        return changed.compactMap { key in lastOfFull[key].map { (key, $0) } }
    }

    /// The slot of `key`: where it is, or the empty slot where it would go.
    private func slot(_ key: UInt32) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[index] != 0, UInt32(truncatingIfNeeded: slots[index] >> 32) != key { index = (index + 1) & mask }
        return index
    }

    /// The last cell of `key` in the open batch, or -1.
    private func lastCell(_ key: UInt32) -> Int32 {
        let value = slots[slot(key)]
        return value == 0 ? -1 : Int32(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
    }

    var pendingCount: Int { pendingKeys.count }

    mutating func append(run: BandRun, number: Int64) {
        runs.append(run)
        runNumbers.append(number)
    }

    /// For each of `keys`: its bucket's documents appended to `found` (first indexed first, at
    /// most `limit`), how many there were in `counts` and the last of them in `lasts`. The
    /// directory of each run is read for every key before any cell, so the cache misses of the
    /// keys overlap (one key at a time, they were half of the look-up's time).
    func documents(
        of keys: [UInt32], limit: Int, found: inout [Int64], counts: inout [Int], lasts: inout [UInt32],
        slices: inout [(start: Int, end: Int)]
    ) {
        counts.removeAll(keepingCapacity: true)
        counts.append(contentsOf: repeatElement(0, count: keys.count))
        lasts.removeAll(keepingCapacity: true)
        lasts.append(contentsOf: repeatElement(0, count: keys.count))
        for run in runs {
            slices.removeAll(keepingCapacity: true)
            for key in keys { slices.append(run.slice(key)) }
            for (position, key) in keys.enumerated() where counts[position] < limit {
                let (start, end) = slices[position]
                run.forEach(key, in: start, end) { document in
                    found.append(Int64(document))
                    lasts[position] = document
                    counts[position] += 1
                    return counts[position] < limit
                }
            }
        }
        for (position, key) in keys.enumerated() where counts[position] < limit {
            var cell = lastCell(key)
            guard cell >= 0 else { continue }
            var newest: [UInt32] = []
            while cell >= 0 {
                newest.append(pendingDocuments[Int(cell)])
                cell = pendingPrevious[Int(cell)]
            }
            for document in newest.reversed() where counts[position] < limit {
                found.append(Int64(document))
                lasts[position] = document
                counts[position] += 1
            }
        }
    }

    /// Calls `body` with the documents of `key`'s bucket, first indexed first, at most `limit`;
    /// returns how many there were (at most `limit`).
    @discardableResult
    func documents(_ key: UInt32, limit: Int, _ body: (UInt32) -> Void) -> Int {
        var taken = 0
        for run in runs {
            guard taken < limit else { return taken }
            run.forEach(key) { document in
                body(document)
                taken += 1
                return taken < limit
            }
        }
        var cell = lastCell(key)
        guard taken < limit, cell >= 0 else { return taken }
        // The open batch's cells of the key, newest first: gather, then hand on oldest first.
        var newest: [UInt32] = []
        while cell >= 0 {
            newest.append(pendingDocuments[Int(cell)])
            cell = pendingPrevious[Int(cell)]
        }
        for document in newest.reversed() where taken < limit {
            body(document)
            taken += 1
        }
        return taken
    }

    mutating func insert(_ key: UInt32, document: UInt32) {
        if (pendingKeys.count + 1) * 2 > slots.count { grow() }
        let cell = Int32(pendingKeys.count)
        let at = slot(key)
        pendingPrevious.append(slots[at] == 0 ? -1 : Int32(truncatingIfNeeded: slots[at] & 0xFFFF_FFFF) - 1)
        slots[at] = UInt64(key) << 32 | UInt64(cell + 1)
        pendingKeys.append(key)
        pendingDocuments.append(document)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for value in old where value != 0 { slots[slot(UInt32(truncatingIfNeeded: value >> 32))] = value }
    }

    /// The open batch's cells as a run (sorted by key, then document), and an empty batch.
    mutating func takePending() -> BandRun {
        // Packed (key, document) pairs sort as integers, in that order; a document enters a
        // bucket once, so no pair repeats (a comparison sort was 1% of an `add`).
        var packed = (0..<pendingKeys.count).map { UInt64(pendingKeys[$0]) << 32 | UInt64(pendingDocuments[$0]) }
        var scratch: [UInt64] = []
        RadixSort.sortUnique(&packed, scratch: &scratch)
        let run = BandRun(
            keys: packed.map { UInt32(truncatingIfNeeded: $0 >> 32) },
            documents: packed.map { UInt32(truncatingIfNeeded: $0) })
        for index in slots.indices { slots[index] = 0 }
        pendingKeys.removeAll(keepingCapacity: true)
        pendingDocuments.removeAll(keepingCapacity: true)
        pendingPrevious.removeAll(keepingCapacity: true)
        return run
    }

    /// Replaces the newest `count` runs by `run`, numbered `number`.
    mutating func replaceNewest(_ count: Int, with run: BandRun, number: Int64) {
        let kept = max(0, runs.count - count)
        runs.removeLast(runs.count - kept)
        runNumbers.removeLast(runNumbers.count - kept)
        append(run: run, number: number)
    }

    /// How many of the newest runs to merge after a run was added: runs stay in sizes that at
    /// least double from newest to oldest (a binary counter), so there are about log₂ of the
    /// number of batches, and at most ``mostRuns``.
    func runsToMerge() -> Int {
        var sizes = runs.map(\.count)
        var merging = 1
        while sizes.count >= 2 {
            let last = sizes.removeLast()
            if sizes[sizes.count - 1] <= 2 * last || sizes.count + 1 > Self.mostRuns {
                sizes[sizes.count - 1] += last
                merging += 1
            } else {
                break
            }
        }
        return merging == 1 ? 0 : merging
    }

    static let mostRuns = 8
}
