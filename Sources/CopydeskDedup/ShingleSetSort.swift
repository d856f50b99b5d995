/// A document's stored shingle set from its shingle hashes: the high 32 bits of each, sorted,
/// repeats dropped. What ``RadixSort/sortUnique(_:scratch:)`` gives for the mapped values, in
/// about a third of the instructions for a news article's few hundred shingles.
///
/// A 500-word article has ~500 shingles. Four radix passes of 256 buckets touch each value eight
/// times (count and move, per byte) and were 8% of a 5,000-document dedup run. Here the values
/// are moved once, into buckets by their top bits (about one value per bucket, since the hashes
/// are uniform), and one insertion sort over the whole array finishes the job: a value only ever
/// moves past the few others of its bucket. A set whose buckets come out crowded (a bucket of
/// more than 64: values that are not uniform) or one too large for a small table goes to the
/// radix sort instead, so the insertion sort's cost stays bounded on any input.
enum ShingleSetSort {
    /// Sets of at most this many hashes are bucketed; larger ones are radix sorted.
    static let largestBucketed = 1 << 14
    /// The most values a bucket may hold before the set is radix sorted instead.
    static let crowdedBucket = 64

    /// The sorted, duplicate-free high halves of `hashes`; `counts` and `sorting` are buffers
    /// reused from call to call.
    static func set(
        of hashes: UnsafeBufferPointer<UInt64>, counts: inout [Int32], sorting: inout [UInt32]
    ) -> [UInt32] {
        let count = hashes.count
        guard count > 1, count <= largestBucketed, let source = hashes.baseAddress else {
            return radixSorted(hashes, sorting: &sorting)
        }
        // About one value per bucket: 2^bits between count / 2 and count, at least 16.
        let bits = max(4, Int.bitWidth - 1 - count.leadingZeroBitCount)
        let buckets = 1 << bits
        let shift = UInt64(64 - bits)
        if counts.count < buckets + 1 { counts = [Int32](repeating: 0, count: buckets + 1) }
        let bucketed: [UInt32]? = counts.withUnsafeMutableBufferPointer { table -> [UInt32]? in
            guard let starts = table.baseAddress else { return nil }
            starts.update(repeating: 0, count: buckets + 1)
            for index in 0..<count { starts[Int(truncatingIfNeeded: source[index] &>> shift)] &+= 1 }
            var total: Int32 = 0
            for bucket in 0..<buckets {
                let size = starts[bucket]
                if size > Int32(crowdedBucket) { return nil }
                starts[bucket] = total
                total &+= size
            }
            return [UInt32](unsafeUninitializedCapacity: count) { output, initialized in
                guard let values = output.baseAddress else { return }
                for index in 0..<count {
                    let hash = source[index]
                    let bucket = Int(truncatingIfNeeded: hash &>> shift)
                    values[Int(starts[bucket])] = UInt32(truncatingIfNeeded: hash &>> 32)
                    starts[bucket] &+= 1
                }
                // Buckets are in order, so each value is at most a bucket's length from its place.
                for index in 1..<count {
                    let value = values[index]
                    var place = index
                    while place > 0, values[place &- 1] > value {
                        values[place] = values[place &- 1]
                        place &-= 1
                    }
                    values[place] = value
                }
                var write = 1
                for read in 1..<count where values[read] != values[write &- 1] {
                    values[write] = values[read]
                    write &+= 1
                }
                initialized = write
            }
        }
        return bucketed ?? radixSorted(hashes, sorting: &sorting)
    }

    /// The same set by ``RadixSort``: for large or crowded sets.
    static func radixSorted(_ hashes: UnsafeBufferPointer<UInt64>, sorting: inout [UInt32]) -> [UInt32] {
        var shingles = hashes.map { UInt32(truncatingIfNeeded: $0 >> 32) }
        RadixSort.sortUnique(&shingles, scratch: &sorting)
        return shingles
    }
}
