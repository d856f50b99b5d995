import CopydeskSimilarity

/// A small seeded generator so test data is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Two shingle sets whose Jaccard is close to `target`, with a union of `union` random 64-bit
/// hashes (distinct but for a 2⁻⁶⁴ chance), and their exact Jaccard. Unsorted: MinHash needs no
/// order, and sorting in a debug build would dominate the tests' time.
func randomPair(jaccard target: Double, union: Int, _ generator: inout SplitMix)
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
