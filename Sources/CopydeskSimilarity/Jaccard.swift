/// Exact set similarity on shingle sets.
public enum Jaccard {
    /// |A ∩ B| / |A ∪ B|; 0 when both sets are empty.
    public static func exact<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
