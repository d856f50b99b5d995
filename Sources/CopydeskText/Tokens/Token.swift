/// One word, number or character n-gram of a text, with where it sits in the original.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// A run of letters (and digits) in a script that separates words with spaces.
        case word
        /// Digits, with the separators that belong inside a number (`2001`, `3.5`, `1,000`).
        case number
        /// A character n-gram from a script written without spaces (Chinese, Japanese, Thai …).
        case characterGram
    }

    /// UTF-8 byte offsets of the token in the original text.
    public var utf8: Range<Int>
    /// Unicode scalar offsets of the token in the original text (what ``Article`` offsets count).
    public var scalars: Range<Int>
    public var kind: Kind

    public init(utf8: Range<Int>, scalars: Range<Int>, kind: Kind) {
        self.utf8 = utf8
        self.scalars = scalars
        self.kind = kind
    }
}

/// A tokenised text: the tokens in order and, for each, its normalised form (its *key*), the
/// thing fingerprints hash.
///
/// The keys sit back to back in one byte buffer so that tokenising a document allocates nothing
/// once the buffers have grown; reuse one value with ``WordTokenizer/tokenize(_:into:)``.
public struct TokenizedText: Sendable {
    public internal(set) var tokens: [Token] = []
    /// Every key's UTF-8 bytes, back to back.
    public internal(set) var keyBytes: [UInt8] = []
    /// Key `i` is `keyBytes[keyOffsets[i] ..< keyOffsets[i + 1]]`; one more entry than tokens.
    public internal(set) var keyOffsets: [Int32] = [0]

    public init() {}

    public var count: Int { tokens.count }

    /// The normalised form of token `index` (lower-cased, NFKC, one form of apostrophe …).
    public func key(_ index: Int) -> String {
        let range = Int(keyOffsets[index])..<Int(keyOffsets[index + 1])
        return String(decoding: keyBytes[range], as: UTF8.self)
    }

    /// Empties the value but keeps its buffers for the next text.
    public mutating func removeAll() {
        tokens.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        keyOffsets.removeAll(keepingCapacity: true)
        keyOffsets.append(0)
    }

    /// Appends a token whose normalised form is `key` (for text tokenised elsewhere).
    public mutating func append(_ token: Token, key: String) {
        keyBytes.append(contentsOf: key.utf8)
        append(token)
    }

    mutating func append(_ token: Token) {
        tokens.append(token)
        keyOffsets.append(Int32(truncatingIfNeeded: keyBytes.count))
    }
}
