/// Sorts unsigned integers ascending and drops repeats, in place: a least-significant-digit radix
/// sort, a byte per pass, that skips the bytes every value shares. The one sort of the package's
/// hot paths: 32-bit shingle sets (four passes at most) and packed 64-bit candidate pairs (entry
/// numbers below 2^k leave the high bytes of each half zero, so 5,000 documents need four passes
/// and a million six, where a comparison sort was 4% of a 5,000-document run). The result is the
/// same as any sort's: equal values cannot be told apart.
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
        if scratch.count < count { scratch = [Value](repeating: 0, count: count) }
        var counts = [Int](repeating: 0, count: 256)
        var sortedInScratch = false
        values.withUnsafeMutableBufferPointer { a in
            scratch.withUnsafeMutableBufferPointer { b in
                counts.withUnsafeMutableBufferPointer { counts in
                    var source = a
                    var target = b
                    for shift in stride(from: 0, to: Value.bitWidth, by: 8) where (varying >> shift) & 0xFF != 0 {
                        for i in 0..<256 { counts[i] = 0 }
                        for i in 0..<count { counts[Int(truncatingIfNeeded: (source[i] >> shift) & 0xFF)] &+= 1 }
                        var total = 0
                        for i in 0..<256 {
                            let c = counts[i]
                            counts[i] = total
                            total &+= c
                        }
                        for i in 0..<count {
                            let value = source[i]
                            let bucket = Int(truncatingIfNeeded: (value >> shift) & 0xFF)
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
        var write = 1
        values.withUnsafeMutableBufferPointer { a in
            for read in 1..<count where a[read] != a[write - 1] {
                a[write] = a[read]
                write &+= 1
            }
        }
        values.removeLast(count - write)
    }
}
