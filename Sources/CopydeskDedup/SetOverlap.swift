internal import CopydeskSimilarity

/// Exact overlap of two shingle sets stored as sorted, duplicate-free 32-bit values.
public struct SetOverlap: Sendable, Hashable {
    /// Shingles in both sets.
    public var shared: Int
    /// Shingles in the first set.
    public var countA: Int
    /// Shingles in the second set.
    public var countB: Int

    /// - Complexity: O(|a| + |b|), one merge pass.
    public init(_ a: [UInt32], _ b: [UInt32]) {
        self = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in SetOverlap(a, b) } }
    }

    /// - Complexity: O(|a| + |b|), one merge pass.
    public init(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) {
        countA = a.count
        countB = b.count
        shared = SetSimilarity.sharedCount(a, b)
    }

    /// An overlap from its counts (read back from a record).
    public init(shared: Int, countA: Int, countB: Int) {
        self.shared = shared
        self.countA = countA
        self.countB = countB
    }

    /// |A ∩ B| / |A ∪ B|.
    public var jaccard: Double {
        let union = countA + countB - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// |A ∩ B| / |A|: how much of A is in B (A a truncated reprint of B when this is high).
    public var aInB: Double { countA == 0 ? 0 : Double(shared) / Double(countA) }

    /// |A ∩ B| / |B|.
    public var bInA: Double { countB == 0 ? 0 : Double(shared) / Double(countB) }
}
