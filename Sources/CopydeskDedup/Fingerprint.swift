internal import CopydeskSimilarity
/// What dedup keeps of one document: its MinHash signature for candidate search, the size of its
/// shingle set, and a hash of the set that makes identical content recognisable at once.
public struct Fingerprint: Sendable, Hashable {
    public var signature: [UInt32]
    public var shingleCount: Int
    public var contentHash: ContentHash
}

/// 128 bits identifying a shingle set: equal for texts that differ only in case, punctuation,
/// spacing or line breaks.
public struct ContentHash: Sendable, Hashable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(sortedHashes: [UInt64]) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(sortedHashes.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344
        for hash in sortedHashes {
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

    public init?(bytes: [UInt8]) {
        guard bytes.count == 16 else { return nil }
        high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }
}

/// Turns article text into a ``Fingerprint`` and the shingle set used to verify pairs.
public struct Fingerprinter: Sendable {
    public let options: DedupOptions
    private let shingler: Shingler
    private let hasher: MinHasher

    public init(options: DedupOptions) {
        self.options = options
        shingler = Shingler(kind: options.shingleKind, seed: options.seed)
        hasher = MinHasher(k: options.permutations, seed: options.seed)
    }

    /// The fingerprint of `text` and its shingle set as stored for verification.
    public func fingerprint(_ text: String) -> (fingerprint: Fingerprint, shingles: [UInt32]) {
        let hashes = shingler.hashes(text)
        let signature = hasher.signature(hashes)
        let shingles = [UInt32](highHalvesOf: hashes)
        let fingerprint = Fingerprint(
            signature: signature.values, shingleCount: shingles.count, contentHash: ContentHash(sortedHashes: hashes))
        return (fingerprint, shingles)
    }
}
