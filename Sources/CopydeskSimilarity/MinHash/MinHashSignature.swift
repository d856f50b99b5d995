/// A MinHash signature: K 32-bit minima, 4·K bytes (512 at K = 128).
///
/// Two signatures made by the same ``MinHasher`` (same K, seed and algorithm) agree in each
/// position with probability equal to the Jaccard similarity of the two shingle sets; the
/// fraction of agreeing positions is the estimate. 32 bits per value keep the signature compact
/// while the chance that two different minima collide (2⁻³²) stays far below any estimate's
/// noise.
public struct MinHashSignature: Sendable, Hashable, Codable {
    /// The K minima, in slot order.
    public let values: [UInt32]

    /// A signature from its values, as ``MinHasher`` made them.
    public init(values: [UInt32]) {
        self.values = values
    }

    /// K, the number of values.
    public var count: Int { values.count }

    /// The storage the values take: 4·K bytes.
    public var byteCount: Int { values.count * MemoryLayout<UInt32>.size }

    /// True for the signature of an empty set (no shingles): every slot still holds the maximum.
    public var isEmpty: Bool { values.allSatisfy { $0 == .max } }

    /// The estimated Jaccard similarity of the two sets: the fraction of slots that agree.
    ///
    /// Signatures of different K, or of an empty set, estimate 0: they share nothing comparable.
    ///
    /// - Complexity: O(K), a branch-free pass that vectorises.
    public func estimate(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        let matches = values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                var matches = 0
                for index in 0..<a.count { matches &+= a[index] == b[index] ? 1 : 0 }
                return matches
            }
        }
        if matches == values.count && isEmpty { return 0 }
        return Double(matches) / Double(values.count)
    }

    /// The values as little-endian bytes, for storage; ``init(bytes:)`` reads them back.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }

    /// Reads a signature written by ``bytes``; nil when the length is not a multiple of 4.
    public init?(bytes: [UInt8]) {
        guard bytes.count % 4 == 0 else { return nil }
        var values: [UInt32] = []
        values.reserveCapacity(bytes.count / 4)
        for offset in stride(from: 0, to: bytes.count, by: 4) {
            values.append(
                UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                    | UInt32(bytes[offset + 3]) << 24)
        }
        self.values = values
    }
}
