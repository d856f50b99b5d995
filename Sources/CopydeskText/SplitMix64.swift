/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny seeded generator. It expands a seed into the
/// MinHash constants, and gives the tests and benchmarks data that is the same on every run.
/// The one copy in the package; not for anything that must be unpredictable.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state: the same state gives the same numbers.
    public var state: UInt64

    /// A generator whose numbers are fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
