/// The decoded shingle sets (and, when known, MinHash signatures) of the rows used last, for
/// the look-ups of `add` and `query`.
///
/// Reprints of a story arrive close together, so a newcomer's candidates and the members of the
/// component it joins are mostly rows added shortly before it: `add` puts every row it writes
/// here (its set is in memory already), and a candidate or member is then neither read from
/// SQLite nor decoded again. The old cache held 256 rows and was emptied whole when full, so
/// a component re-clustered just after the purge read every set again (and the pre-check read
/// the row a second time for its signature).
///
/// Eviction is first in, first out over a ring of rows: a stored set never changes, so an entry
/// is never stale, only old.
struct RecentSets {
    struct Entry {
        var set: [UInt32]
        /// The stored MinHash signature, when it was read or written with the set.
        var signature: [UInt32]?
    }

    private var entries: [Int64: Entry] = [:]
    private var ring: [Int64] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        entries.reserveCapacity(min(self.capacity, 1 << 16))
    }

    subscript(row: Int64) -> Entry? { entries[row] }

    var count: Int { entries.count }

    /// Remembers `row`'s set (and signature); a row already held keeps its place in the ring
    /// and gains the signature if it had none.
    mutating func remember(_ row: Int64, set: [UInt32], signature: [UInt32]?) {
        if var entry = entries[row] {
            if entry.signature == nil, let signature {
                entry.signature = signature
                entries[row] = entry
            }
            return
        }
        if ring.count < capacity {
            ring.append(row)
        } else {
            entries[ring[next]] = nil
            ring[next] = row
            next = (next + 1) % capacity
        }
        entries[row] = Entry(set: set, signature: signature)
    }
}

/// Which content hashes an index may hold: one bit per hash's low bits, set for every indexed
/// document (a filter with no false negatives). `add` asks SQLite whether a newcomer is
/// indexed already (same content, same id) only when its bit is set: at a million documents
/// in 2²⁵ bits (4 MB), 3% of new documents are asked about, instead of all of them.
struct ContentFilter {
    private var words = [UInt64](repeating: 0, count: ContentFilter.bits / 64)
    static let bits = 1 << 25

    private static func position(_ hash: Int64) -> (word: Int, bit: UInt64) {
        // The hash is already uniform: its low bits pick the position.
        let value = Int(truncatingIfNeeded: UInt64(bitPattern: hash) & UInt64(bits - 1))
        return (value >> 6, 1 << UInt64(value & 63))
    }

    mutating func insert(_ hash: Int64) {
        let (word, bit) = Self.position(hash)
        words[word] |= bit
    }

    func mayContain(_ hash: Int64) -> Bool {
        let (word, bit) = Self.position(hash)
        return words[word] & bit != 0
    }
}

/// The shingles two rows share, for the pairs compared last: re-clustering a component
/// compares its members with their representatives again at every add that joins it, and
/// the newcomer with the candidates it was just verified against; a stored set never
/// changes, so neither does the count. First in, first out, like ``RecentSets``.
struct RecentOverlaps {
    private var shared: [UInt64: UInt32] = [:]
    private var ring: [UInt64] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        shared.reserveCapacity(min(self.capacity, 1 << 16))
    }

    private static func key(_ a: Int64, _ b: Int64) -> UInt64 {
        let low = UInt64(UInt32(truncatingIfNeeded: min(a, b)))
        let high = UInt64(UInt32(truncatingIfNeeded: max(a, b)))
        return high << 32 | low
    }

    /// The overlap of `a`'s set with `b`'s (`a` the member, as ``SetOverlap`` takes them),
    /// counted once per pair of rows.
    mutating func overlap(_ a: Int64, _ b: Int64, _ setA: [UInt32], _ setB: [UInt32]) -> SetOverlap {
        // Rows are 32-bit (band cells hold them so); anything else is counted, not cached.
        guard a != b, a > 0, b > 0, a < Int64(UInt32.max), b < Int64(UInt32.max) else {
            return SetOverlap(setA, setB)
        }
        let key = Self.key(a, b)
        if let count = shared[key] { return SetOverlap(shared: Int(count), countA: setA.count, countB: setB.count) }
        let overlap = SetOverlap(setA, setB)
        remember(key, overlap.shared)
        return overlap
    }

    /// Records an overlap counted elsewhere (the newcomer against a verified candidate).
    mutating func remember(_ a: Int64, _ b: Int64, _ overlap: SetOverlap) {
        guard a != b, a > 0, b > 0, a < Int64(UInt32.max), b < Int64(UInt32.max) else { return }
        remember(Self.key(a, b), overlap.shared)
    }

    private mutating func remember(_ key: UInt64, _ count: Int) {
        guard shared[key] == nil else { return }
        if ring.count < capacity {
            ring.append(key)
        } else {
            shared[ring[next]] = nil
            ring[next] = key
            next = (next + 1) % capacity
        }
        shared[key] = UInt32(clamping: count)
    }
}
