/// One word, number or character n-gram of a text, with where it sits in the original.
///
/// Offsets are stored as 32-bit integers (20 bytes a token instead of 40, which matters when a
/// document's tokens are rewritten thousands of times a second); texts are capped far below 2 GiB
/// long before they get here.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// A run of letters (and digits) in a script that separates words with spaces.
        case word
        /// Digits, with the separators that belong inside a number (`2001`, `3.5`, `1,000`).
        case number
        /// A character n-gram from a script written without spaces (Chinese, Japanese, Thai …).
        case characterGram
    }

    @usableFromInline var utf8Start: Int32
    @usableFromInline var utf8End: Int32
    @usableFromInline var scalarStart: Int32
    @usableFromInline var scalarEnd: Int32
    /// Word, number or character n-gram.
    public var kind: Kind

    /// UTF-8 byte offsets of the token in the original text.
    @inlinable public var utf8: Range<Int> { Int(utf8Start)..<Int(utf8End) }
    /// Unicode scalar offsets of the token in the original text (what ``Article`` offsets count).
    @inlinable public var scalars: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }

    /// A token at the given offsets; offsets beyond 32 bits are truncated, which no capped text
    /// reaches.
    public init(utf8: Range<Int>, scalars: Range<Int>, kind: Kind) {
        self.init(
            utf8Start: Int32(truncatingIfNeeded: utf8.lowerBound), utf8End: Int32(truncatingIfNeeded: utf8.upperBound),
            scalarStart: Int32(truncatingIfNeeded: scalars.lowerBound),
            scalarEnd: Int32(truncatingIfNeeded: scalars.upperBound), kind: kind)
    }

    init(utf8Start: Int32, utf8End: Int32, scalarStart: Int32, scalarEnd: Int32, kind: Kind) {
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
        self.kind = kind
    }

    static let placeholder = Token(utf8Start: 0, utf8End: 0, scalarStart: 0, scalarEnd: 0, kind: .word)
}

/// A tokenised text: the tokens in order and, for each, its normalised form (its *key*), the
/// thing fingerprints hash.
///
/// The keys sit back to back in one byte buffer. The buffers only ever grow: reuse one value
/// with ``WordTokenizer/tokenize(_:into:)`` and tokenising a document allocates nothing and
/// writes through raw pointers, with no per-byte capacity or uniqueness checks.
public struct TokenizedText: Sendable {
    // Physical storage is at least as long as the logical content, which `count` delimits.
    var tokenStorage: [Token] = []
    var keyStorage: [UInt8] = []
    var offsetStorage: [Int32] = [0]
    /// Room for the unescaped windows of an escaped JSON text (``WordTokenizer/tokenize(escapedJSON:into:)``).
    var windowStorage: [UInt8] = []
    /// The number of tokens.
    public internal(set) var count = 0

    /// An empty text, ready to be filled by ``WordTokenizer/tokenize(_:into:)``.
    public init() {}

    /// Whether the last tokenising wrote token records (`WordTokenizer.tokenizeKeys` does not).
    var recordsTokens = true

    /// The tokens, in order (empty after `WordTokenizer.tokenizeKeys`, which writes keys only).
    public var tokens: ArraySlice<Token> { tokenStorage[0..<(recordsTokens ? count : 0)] }
    /// Every key's UTF-8 bytes, back to back.
    public var keyBytes: ArraySlice<UInt8> { keyStorage[0..<Int(offsetStorage[count])] }
    /// Key `i` is `keyBytes[keyOffsets[i] ..< keyOffsets[i + 1]]`; one more entry than tokens.
    public var keyOffsets: ArraySlice<Int32> { offsetStorage[0...count] }

    /// The normalised form of token `index` (lower-cased, NFKC, one form of apostrophe …).
    public func key(_ index: Int) -> String {
        let range = Int(offsetStorage[index])..<Int(offsetStorage[index + 1])
        return String(decoding: keyStorage[range], as: UTF8.self)
    }

    /// Calls `body` with the key bytes and the `count + 1` key offsets, as raw buffers: the
    /// hashing loop's view.
    public func withKeys<R>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<Int32>) throws -> R
    ) rethrows -> R {
        try keyStorage.withUnsafeBufferPointer { bytes in
            try offsetStorage.withUnsafeBufferPointer { offsets in
                try body(bytes, UnsafeBufferPointer(rebasing: offsets[0...count]))
            }
        }
    }

    /// Empties the value but keeps its buffers for the next text.
    public mutating func removeAll() {
        count = 0
        offsetStorage[0] = 0
    }

    /// Appends a token whose normalised form is `key` (for text tokenised elsewhere).
    public mutating func append(_ token: Token, key: String) {
        if !recordsTokens {
            removeAll()
            recordsTokens = true
        }
        let start = Int(offsetStorage[count])
        let end = start + key.utf8.count
        if keyStorage.count < end { keyStorage.append(contentsOf: repeatElement(0, count: end - keyStorage.count)) }
        keyStorage.replaceSubrange(start..<end, with: key.utf8)
        if tokenStorage.count <= count { tokenStorage.append(token) } else { tokenStorage[count] = token }
        if offsetStorage.count <= count + 1 { offsetStorage.append(0) }
        offsetStorage[count + 1] = Int32(truncatingIfNeeded: end)
        count += 1
    }

    /// Grows the physical buffers to hold at least this much (contents past `count` are junk).
    mutating func reserve(tokens: Int, keyBytes: Int) {
        if tokenStorage.count < tokens {
            tokenStorage.append(contentsOf: repeatElement(.placeholder, count: tokens - tokenStorage.count))
        }
        if offsetStorage.count < tokens + 1 {
            offsetStorage.append(contentsOf: repeatElement(0, count: tokens + 1 - offsetStorage.count))
        }
        if keyStorage.count < keyBytes {
            keyStorage.append(contentsOf: repeatElement(0, count: keyBytes - keyStorage.count))
        }
    }
}
