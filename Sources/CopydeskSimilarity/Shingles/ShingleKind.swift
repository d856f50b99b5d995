/// What a shingle is made of.
public enum ShingleKind: Sendable, Hashable {
    /// `n` consecutive tokens (words, numbers, or character grams of unspaced scripts): robust
    /// to re-wrapping and punctuation, the usual unit for wire copy.
    case words(Int)
    /// `n` consecutive characters of the normalised token stream (tokens joined by one space,
    /// punctuation dropped): survives OCR noise and split or merged words better.
    case characters(Int)

    /// The `n` of the n-gram, at least 1.
    public var size: Int {
        switch self {
        case .words(let n), .characters(let n): max(1, n)
        }
    }
}

/// One shingle of a text in reading order: its hash and the span of the original text it covers.
public struct Shingle: Sendable, Hashable {
    /// The shingle's 64-bit hash (seeded, normalised text).
    public var hash: UInt64
    /// Unicode scalar offsets in the original text, from the first token's start to the last
    /// token's end.
    public var scalars: Range<Int>

    /// A shingle from its hash and the scalars it covers.
    public init(hash: UInt64, scalars: Range<Int>) {
        self.hash = hash
        self.scalars = scalars
    }
}
