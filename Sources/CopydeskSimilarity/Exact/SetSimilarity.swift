/// Exact similarity of shingle sets held as sorted arrays of unique hashes (what
/// ``Shingler/hashes(_:)`` returns).
public enum SetSimilarity {
    /// |A ∩ B| by one linear merge.
    ///
    /// - Complexity: O(|A| + |B|).
    public static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in sharedCount(a, b) } }
    }

    /// |A ∩ B| of two sorted, duplicate-free sets: the one merge of the package's set overlaps
    /// (these shingle sets, and dedup's 32-bit stored sets). Inlinable, so each caller gets it
    /// specialised for its element type.
    ///
    /// - Complexity: O(|A| + |B|), one pass without a data-dependent branch per step.
    @inlinable
    public static func sharedCount<Element: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>
    ) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            // Branch-light merge: advance whichever side is not larger, both when equal.
            shared &+= x == y ? 1 : 0
            i &+= x <= y ? 1 : 0
            j &+= y <= x ? 1 : 0
        }
        return shared
    }

    /// Jaccard similarity |A ∩ B| / |A ∪ B|; 0 when both sets are empty.
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let shared = intersectionCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Containment of A in B, |A ∩ B| / |A|: how much of A is reprinted in B. A truncated
    /// reprint is fully contained in its original while their Jaccard stays low. 0 when A is
    /// empty.
    public static func containment(_ a: [UInt64], in b: [UInt64]) -> Double {
        a.isEmpty ? 0 : Double(intersectionCount(a, b)) / Double(a.count)
    }

    /// Sorts and removes duplicates: turns a stream of shingle hashes into a set.
    public static func sortedUnique(_ hashes: [UInt64]) -> [UInt64] {
        var hashes = hashes
        sortUnique(&hashes)
        return hashes
    }

    /// Sorts `values` and drops repeats, in place: the package's one comparison-based
    /// sort-and-unique (dedup's integer sets use `RadixSort` in `CopydeskDedup` instead, which
    /// is faster on large arrays of fixed-width integers).
    @inlinable
    public static func sortUnique<Value: Comparable>(_ values: inout [Value]) {
        values.sort()
        removeRepeats(fromSorted: &values)
    }

    /// Drops repeated values from a sorted array in place, keeping one of each.
    @inlinable
    public static func removeRepeats<Value: Equatable>(fromSorted values: inout [Value]) {
        var kept = 0
        for index in values.indices where kept == 0 || values[index] != values[kept - 1] {
            values[kept] = values[index]
            kept += 1
        }
        values.removeLast(values.count - kept)
    }

    /// One walk over two sorted lists (repeats allowed): `both` is called for each item they
    /// share, repeats paired one to one, and `onlyA` / `onlyB` for each item of one list the
    /// other lacks. Without `onlyA` and `onlyB` the walk stops where the shorter list ends. The
    /// one merge behind the weighted overlaps of `compare`'s sentence matching.
    ///
    /// - Complexity: O(|A| + |B|).
    @inlinable
    public static func merge<Element: Comparable>(
        _ a: [Element], _ b: [Element],
        both: (Element) -> Void,
        onlyA: ((Element) -> Void)? = nil,
        onlyB: ((Element) -> Void)? = nil
    ) {
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            if x == y {
                both(x)
                i += 1
                j += 1
            } else if x < y {
                onlyA?(x)
                i += 1
            } else {
                onlyB?(y)
                j += 1
            }
        }
        if let onlyA { while i < a.count { onlyA(a[i]); i += 1 } }
        if let onlyB { while j < b.count { onlyB(b[j]); j += 1 } }
    }
}
