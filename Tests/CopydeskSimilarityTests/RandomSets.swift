import CopydeskText
import CopydeskSimilarity

extension SplitMix64 {
    /// A double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Two shingle sets whose Jaccard is close to `target`, with a union of `union` random 64-bit
/// hashes (distinct but for a 2⁻⁶⁴ chance), and their exact Jaccard. Unsorted: MinHash needs no
/// order, and sorting in a debug build would dominate the tests' time.
func randomPair(jaccard target: Double, union: Int, _ generator: inout SplitMix64)
    -> (a: [UInt64], b: [UInt64], jaccard: Double)
{
    let shared = Int((target * Double(union)).rounded())
    let onlyA = (union - shared) / 2
    let onlyB = union - shared - onlyA
    let common = (0..<shared).map { _ in generator.next() }
    let a = common + (0..<onlyA).map { _ in generator.next() }
    let b = common + (0..<onlyB).map { _ in generator.next() }
    return (a, b, Double(shared) / Double(union))
}
