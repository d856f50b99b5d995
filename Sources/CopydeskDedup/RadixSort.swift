/// Sorts unsigned integers ascending and drops repeats, in place: a least-significant-digit radix
/// sort, a byte per pass, that skips the bytes every value shares. The one sort of the package's
/// hot paths: 32-bit shingle sets (four passes at most) and packed 64-bit candidate pairs (entry
/// numbers below 2^k leave the high bytes of each half zero, so 5,000 documents need four passes
/// and a million six, where a comparison sort was 4% of a 5,000-document run). The result is the
/// same as any sort's: equal values cannot be told apart. ``KeyedSort`` makes the same passes over
/// (key, entry) pairs.
enum RadixSort {
    /// Sorts `values` and drops repeats; `scratch` is grown to the values' length and reused
    /// from call to call (it may be longer than `values`).
    static func sortUnique<Value: FixedWidthInteger & UnsignedInteger>(
        _ values: inout [Value], scratch: inout [Value]
    ) {
        let count = values.count
        guard count > 1 else { return }
        var any: Value = 0
        var all: Value = ~0
        for value in values {
            any |= value
            all &= value
        }
        // Bits that differ somewhere; a byte without any is already in order.
        let varying = any ^ all
        var passes: UInt8 = 0
        for byte in 0..<(Value.bitWidth / 8) where (varying >> (8 * byte)) & 0xFF != 0 { passes |= 1 << byte }
        sort(&values, scratch: &scratch, blank: 0, passes: passes) { Int(truncatingIfNeeded: ($0 >> $1) & 0xFF) }
        var write = 1
        values.withUnsafeMutableBufferPointer { a in
            for read in 1..<count where a[read] != a[write - 1] {
                a[write] = a[read]
                write &+= 1
            }
        }
        values.removeLast(count - write)
    }

    /// The passes every radix sort here makes: a stable counting sort on one byte of each value
    /// per bit set in `passes` (bit k: the byte at shift 8k, as `byte(value, shift)` reads it),
    /// least significant first. `scratch` is grown to the values' length and reused.
    @inline(__always)
    static func sort<Element>(
        _ values: inout [Element], scratch: inout [Element], blank: Element, passes: UInt8,
        byte: (Element, Int) -> Int
    ) {
        let count = values.count
        guard count > 1, passes != 0 else { return }
        if scratch.count < count { scratch = [Element](repeating: blank, count: count) }
        var counts = [Int](repeating: 0, count: 256)
        var sortedInScratch = false
        values.withUnsafeMutableBufferPointer { a in
            scratch.withUnsafeMutableBufferPointer { b in
                counts.withUnsafeMutableBufferPointer { counts in
                    var source = a
                    var target = b
                    for pass in 0..<8 where passes & (1 << pass) != 0 {
                        let shift = 8 * pass
                        for i in 0..<256 { counts[i] = 0 }
                        for i in 0..<count { counts[byte(source[i], shift)] &+= 1 }
                        var total = 0
                        for i in 0..<256 {
                            let c = counts[i]
                            counts[i] = total
                            total &+= c
                        }
                        // Stable: values with equal bytes keep their order from the pass before.
                        for i in 0..<count {
                            let value = source[i]
                            let bucket = byte(value, shift)
                            target[counts[bucket]] = value
                            counts[bucket] &+= 1
                        }
                        swap(&source, &target)
                        sortedInScratch.toggle()
                    }
                }
            }
        }
        // An odd number of passes leaves the sorted values in the scratch buffer, which may be
        // longer than `values` (it is reused): take it, cut to the values' length.
        if sortedInScratch {
            swap(&values, &scratch)
            values.removeLast(values.count - count)
        }
    }
}

/// Sorts (band key, entry) pairs by key, then entry: a radix sort on the keys' high 32 bits
/// (band keys are uniform hashes), then a small comparison sort of the rare runs whose high bits
/// are equal. Four linear passes instead of a million-element comparison sort per band.
enum KeyedSort {
    static func sort(_ items: inout [(key: UInt64, entry: Int32)], scratch: inout [(key: UInt64, entry: Int32)]) {
        let count = items.count
        guard count > 1 else { return }
        // The high four bytes of the key: passes 4 to 7.
        RadixSort.sort(&items, scratch: &scratch, blank: (0, 0), passes: 0xF0) { Int(($0.key >> UInt64($1)) & 0xFF) }
        // Runs with equal high halves may still differ in the low half.
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, items[end].key >> 32 == items[start].key >> 32 { end += 1 }
            if end - start > 1 {
                items[start..<end].sort { $0.key != $1.key ? $0.key < $1.key : $0.entry < $1.entry }
            }
            start = end
        }
    }
}
