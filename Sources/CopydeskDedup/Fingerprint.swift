internal import CopydeskSimilarity
internal import CopydeskText

/// What dedup keeps of one document: its MinHash signature for candidate search, the size of its
/// shingle set, and a hash of the set that makes identical content recognisable at once.
public struct Fingerprint: Sendable, Hashable {
    /// The MinHash signature of the whole shingle set, K values.
    public var signature: [UInt32]
    /// A small signature of the document's first shingles only: papers cut agency copy from the
    /// bottom, so a truncated or extended reprint shares the lead of the original even when the
    /// Jaccard similarity of the whole texts is too low for LSH to find it among millions.
    public var lead: [UInt32]
    /// Shingles in the document's set.
    public var shingleCount: Int
    /// Equal for identical content.
    public var contentHash: ContentHash
}

/// 128 bits identifying a shingle set: equal for texts that differ only in case, punctuation,
/// spacing or line breaks.
public struct ContentHash: Sendable, Hashable {
    /// The first 64 bits.
    public var high: UInt64
    /// The last 64 bits.
    public var low: UInt64

    /// A hash from its two halves, as stored.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(sortedSet: [UInt32]) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(sortedSet.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344
        for value in sortedSet {
            let hash = UInt64(value)
            a = Self.mix(a ^ hash)
            b = Self.mix(b &+ hash &* 0x9E37_79B9_7F4A_7C15)
        }
        high = a
        low = b
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 16 bytes, big-endian, for storage.
    public var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64($0))) }
    }

    /// Reads the 16 stored bytes back; nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 16 else { return nil }
        high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }
}

/// Turns article text into a ``Fingerprint`` and the shingle set used to verify pairs.
public struct Fingerprinter: Sendable {
    /// The shingle kind, K, seed and OCR folding every fingerprint uses.
    public let options: DedupOptions
    private let shingler: Shingler
    private let hasher: MinHasher
    private let leadHasher: MinHasher
    /// Lead signature length, and how many shingles of the start of a document it covers.
    public static let leadPermutations = 32
    /// Shingles of the start of a document the lead signature covers.
    public static let leadShingles = 40

    /// A fingerprinter for `options`.
    public init(options: DedupOptions) {
        self.options = options
        var shingler = Shingler(kind: options.shingleKind, seed: options.seed)
        shingler.foldsOCRConfusions = options.foldsOCRConfusions
        self.shingler = shingler
        hasher = MinHasher(k: options.permutations, seed: options.seed)
        leadHasher = MinHasher(k: Self.leadPermutations, seed: options.seed ^ 0x4C45_4144)
    }

    /// Buffers reused from one document to the next by one thread.
    public struct Scratch: Sendable {
        var tokens = TokenizedText()
        var hashes: [UInt64] = []
        var sorting: [UInt32] = []
        var bucketCounts: [Int32] = []
        var memo = TokenHashMemo()
        /// Empty buffers; they grow to the largest document seen.
        public init() {}
    }

    /// The fingerprint of `text` and its shingle set as stored for verification.
    public func fingerprint(_ text: String) -> (fingerprint: Fingerprint, shingles: [UInt32]) {
        var scratch = Scratch()
        return fingerprint(text, scratch: &scratch)
    }

    /// The fingerprint of `text` and its shingle set, reusing `scratch`'s buffers.
    ///
    /// The signature is taken over the shingle hashes in reading order (a minimum does not care
    /// about order or repeats); only the 32-bit set kept for verification is sorted
    /// (`ShingleSetSort`: buckets by the top bits, then an insertion sort).
    public func fingerprint(_ text: String, scratch: inout Scratch) -> (fingerprint: Fingerprint, shingles: [UInt32]) {
        var text = text
        return text.withUTF8 { fingerprint(utf8: $0, scratch: &scratch) }
    }

    /// The fingerprint of the text whose UTF-8 bytes are `utf8` (well-formed, as a `String`'s
    /// are), exactly as ``fingerprint(_:scratch:)`` gives it for the same text as a `String`:
    /// intake unescapes JSONL texts into a buffer of its own and fingerprints them from there.
    public func fingerprint(
        utf8: UnsafeBufferPointer<UInt8>, scratch: inout Scratch
    ) -> (fingerprint: Fingerprint, shingles: [UInt32]) {
        scratch.hashes.removeAll(keepingCapacity: true)
        shingler.appendHashes(ofUTF8: utf8, to: &scratch.hashes, scratch: &scratch.tokens, memo: &scratch.memo)
        return finish(&scratch)
    }

    /// The fingerprint of the text a JSON string stands for, given as the bytes between its
    /// quotes, escapes and all, exactly as ``fingerprint(_:scratch:)`` gives it for the unescaped
    /// text: tokenised in one pass over the escaped bytes (intake's path for JSONL texts).
    /// - Returns: also the unescaped text's length in UTF-8 bytes.
    public func fingerprint(
        escapedJSON escaped: UnsafeBufferPointer<UInt8>, scratch: inout Scratch
    ) -> (fingerprint: Fingerprint, shingles: [UInt32], length: Int) {
        scratch.hashes.removeAll(keepingCapacity: true)
        let length = shingler.appendHashes(
            ofEscapedJSON: escaped, to: &scratch.hashes, scratch: &scratch.tokens, memo: &scratch.memo)
        let (fingerprint, shingles) = finish(&scratch)
        return (fingerprint, shingles, length)
    }

    /// Signatures, set and content hash of the shingle hashes in `scratch.hashes`.
    private func finish(_ scratch: inout Scratch) -> (fingerprint: Fingerprint, shingles: [UInt32]) {
        let signature = hasher.signature(scratch.hashes)
        let lead = scratch.hashes.withUnsafeBufferPointer {
            leadHasher.signature(UnsafeBufferPointer(rebasing: $0.prefix(Self.leadShingles)))
        }
        let shingles = scratch.hashes.withUnsafeBufferPointer {
            ShingleSetSort.set(of: $0, counts: &scratch.bucketCounts, sorting: &scratch.sorting)
        }
        let fingerprint = Fingerprint(
            signature: signature.values, lead: lead.values, shingleCount: shingles.count,
            contentHash: ContentHash(sortedSet: shingles))
        return (fingerprint, shingles)
    }
}
