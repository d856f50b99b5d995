import CopydeskText

/// Makes MinHash signatures of K values from shingle hashes.
///
/// ## Which algorithm, and why
/// Two are implemented and measured on the same ~500-word news documents (word 5-grams, K = 128,
/// see `Benchmarks/Signatures`):
///
/// - ``Algorithm-swift.enum/onePermutation`` (the default): one-permutation hashing with optimal
///   densification (Shrivastava, ICML 2017). Each shingle hash is permuted once and falls into one
///   of K bins; a bin keeps its minimum. Empty bins borrow the value of a non-empty bin chosen by
///   a hash of (bin, attempt) shared by every signature, which keeps
///   P(slot agrees) = Jaccard. Cost O(d + K) for d shingles.
/// - ``Algorithm-swift.enum/classic``: K independent multiply-add-shift hash functions, K minima.
///   Cost O(d · K).
///
/// One-permutation hashing is the default because it costs one bin update per shingle where
/// classic costs K multiply-min steps, with estimates as good (both pass the same accuracy
/// tests); for sets small next to K its bins sample without replacement, and tiny sets lean on
/// densification. `classic` stays for comparison. The measured figures live in
/// `Benchmarks/Signatures/README.md`.
public struct MinHasher: Sendable {
    /// How the K values are drawn from the shingle hashes.
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// One hash per shingle, binned into K buckets, empty buckets filled by optimal
        /// densification: the default, K times cheaper.
        case onePermutation = "oph"
        /// K independent hash functions, the minimum of each: the textbook estimator, kept for
        /// comparison.
        case classic
    }

    /// K, the number of values per signature.
    public let k: Int
    /// Seeds the hash functions: signatures compare only when made with the same seed.
    public let seed: UInt64
    /// One-permutation or classic.
    public let algorithm: Algorithm
    /// Classic: the multiplier (odd) and offset of each of the K hash functions.
    let multipliers: [UInt64]
    let offsets: [UInt64]
    /// One-permutation: the seed-dependent bijection applied to every shingle hash.
    let permutationKey: UInt64
    let permutationMultiplier: UInt64
    let densificationSeed: UInt64

    /// - Parameters:
    ///   - k: values per signature (at least 1); 128 by default, 512 bytes.
    ///   - seed: signatures are comparable only between hashers with the same seed, K and
    ///     algorithm.
    ///   - algorithm: one-permutation hashing with optimal densification by default.
    public init(k: Int = 128, seed: UInt64 = 0, algorithm: Algorithm = .onePermutation) {
        let k = max(1, k)
        self.k = k
        self.seed = seed
        self.algorithm = algorithm
        var state = SplitMix64(seed: seed)
        permutationKey = state.next()
        permutationMultiplier = state.next() | 1
        densificationSeed = state.next()
        if algorithm == .classic {
            multipliers = (0..<k).map { _ in state.next() | 1 }
            offsets = (0..<k).map { _ in state.next() }
        } else {
            multipliers = []
            offsets = []
        }
    }

    /// The signature of a set of shingle hashes. Order and duplicates do not matter, so the
    /// sorted unique output of ``Shingler/hashes(_:)`` and the raw stream of
    /// ``Shingler/appendHashes(of:to:scratch:)`` give the same signature.
    public func signature(_ hashes: [UInt64]) -> MinHashSignature {
        hashes.withUnsafeBufferPointer { signature($0) }
    }

    /// The signature of the shingle hashes in `hashes`.
    ///
    /// - Complexity: O(d + K) for one-permutation hashing, O(d · K) for classic.
    public func signature(_ hashes: UnsafeBufferPointer<UInt64>) -> MinHashSignature {
        let count = hashes.count
        return makeSignature(empty: count == 0) { slots in
            switch algorithm {
            case .onePermutation:
                guard let base = hashes.baseAddress else { return }
                fillBins(count, slots) { base[$0] }
            case .classic:
                multipliers.withUnsafeBufferPointer { a in
                    offsets.withUnsafeBufferPointer { b in
                        Self.classicMinima(hashes, a, b, slots)
                    }
                }
            }
        }
    }

    /// The signature of a set of byte strings laid back to back, hashed with ``ShingleHash``
    /// under `hashSeed`: string i is `bytes[offsets[i] ..< offsets[i + 1]]`, so `offsets` holds
    /// one more entry than there are strings (the layout of a string column in Arrow, say, or of
    /// a file's lines with their starts). The result equals ``signature(_:)-([UInt64])`` of the
    /// strings' `ShingleHash.hash(_:seed:)` values, without an array of hashes: for
    /// one-permutation hashing the strings are hashed 64 at a time into a stack buffer, which is
    /// binned while still in L1 (measured faster on the benchmark's 5-gram strings than binning
    /// each hash in the loop that makes it, and than one pass per stage).
    ///
    /// - Precondition: `offsets` is non-decreasing, within `0...bytes.count`.
    /// - Complexity: O(total bytes + K) for one-permutation hashing.
    public func signature(
        strings bytes: UnsafeRawBufferPointer, offsets: UnsafeBufferPointer<Int>, hashSeed: UInt64 = 0
    ) -> MinHashSignature {
        let count = max(0, offsets.count &- 1)
        guard count > 0, let ends = offsets.baseAddress else { return makeSignature(empty: true) { _ in } }
        let seed = ShingleHash.prepare(seed: hashSeed)
        let byteCount = bytes.count
        let base = bytes.baseAddress
        let start = ends[0]
        precondition(start >= 0 && start <= byteCount, "string offsets outside the bytes")
        guard algorithm == .onePermutation else {
            let hashes = (0..<count).map { index in
                let lower = ends[index]
                let upper = ends[index &+ 1]
                precondition(lower <= upper && upper <= byteCount, "string offsets decrease or leave the bytes")
                return ShingleHash.hash(base.map { $0 + lower }, count: upper &- lower, preparedSeed: seed)
            }
            return signature(hashes)
        }
        guard let bytesStart = base else {
            // No bytes: every string is empty.
            precondition(offsets.allSatisfy { $0 == 0 }, "string offsets leave the bytes")
            return signature([UInt64](repeating: ShingleHash.hash(nil, count: 0, preparedSeed: seed), count: count))
        }
        return makeSignature(empty: false) { slots in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.chunk) { buffer in
                guard let hashes = buffer.baseAddress else { return }
                var done = 0
                var lower = start
                while done < count {
                    let chunkCount = min(Self.chunk, count &- done)
                    for offset in 0..<chunkCount {
                        let upper = ends[done &+ offset &+ 1]
                        // 0 ≤ lower (checked above for the first, and as `upper` for the others)
                        // and upper ≤ byteCount, so the bytes read are inside the buffer; a
                        // decreasing pair is caught on the empty-string path.
                        precondition(
                            UInt(bitPattern: upper) <= UInt(bitPattern: byteCount), "string offsets leave the bytes")
                        let length = upper &- lower
                        if UInt(bitPattern: length &- 17) < 32 {
                            // 17…48 bytes, the common case for word 5-grams, tested first.
                            hashes[offset] = ShingleHash.hash(
                                medium: bytesStart + lower, count: length, preparedSeed: seed)
                        } else if length > 0 {
                            hashes[offset] = ShingleHash.hash(
                                nonEmpty: bytesStart + lower, count: length, preparedSeed: seed)
                        } else {
                            precondition(length == 0, "string offsets decrease")
                            hashes[offset] = ShingleHash.hash(nil, count: 0, preparedSeed: seed)
                        }
                        lower = upper
                    }
                    fillBins(chunkCount, slots) { hashes[$0] }
                    done &+= chunkCount
                }
            }
        }
    }

    /// Hashes per chunk of ``signature(strings:offsets:hashSeed:)``: 512 bytes, on the stack.
    static let chunk = 64

    /// K slots set to the maximum, filled by `fill`, densified unless the set is `empty`.
    @inline(__always)
    func makeSignature(empty: Bool, _ fill: (UnsafeMutableBufferPointer<UInt32>) -> Void) -> MinHashSignature {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: k) { slots in
            slots.initialize(repeating: .max)
            fill(slots)
            if !empty && algorithm == .onePermutation { densify(slots) }
            return MinHashSignature(values: Array(slots))
        }
    }

    /// The signature of `text` as `shingler` shingles it.
    public func signature(of text: String, shingler: Shingler) -> MinHashSignature {
        var hashes: [UInt64] = []
        var scratch = TokenizedText()
        shingler.appendHashes(of: text, to: &hashes, scratch: &scratch)
        return signature(hashes)
    }

    // MARK: One-permutation hashing

    /// Each hash, permuted by one multiply, picks its bin from the high half of a 64×64-bit
    /// product with K and its rank inside the bin from the low half, so any K works without a
    /// modulo. The hashes are ``ShingleHash`` outputs, uniform in all 64 bits, so the bits below
    /// the bin need no further mixing. `hash(i)`
    /// gives the i-th of `count` hashes, so a caller can make them in the same loop (inlined).
    @inline(__always)
    func fillBins(
        _ count: Int, _ slots: UnsafeMutableBufferPointer<UInt32>, _ hash: (Int) -> UInt64
    ) {
        guard let bins = slots.baseAddress else { return }
        let k = slots.count
        if k == 128 {
            // The default K: constant shifts (a variable shift needs %cl on baseline x86-64).
            fillPowerOfTwoBins(count, bins, shift: 7, hash)
        } else if k & (k &- 1) == 0 && k > 1 && k <= 1 << 32 {
            fillPowerOfTwoBins(count, bins, shift: UInt64(k.trailingZeroBitCount), hash)
        } else {
            let key = permutationKey
            let multiplier = permutationMultiplier
            let binCount = UInt64(truncatingIfNeeded: k)
            for index in 0..<count {
                let x = (hash(index) ^ key) &* multiplier
                let product = x.multipliedFullWidth(by: binCount)
                let bin = Int(truncatingIfNeeded: product.high)
                let rank = UInt32(truncatingIfNeeded: product.low &>> 32)
                bins[bin] = min(bins[bin], rank)
            }
        }
    }

    /// K = 2^`shift`: the 64×64-bit product with K is a pair of shifts, with the same values.
    @inline(__always)
    func fillPowerOfTwoBins(
        _ count: Int, _ bins: UnsafeMutablePointer<UInt32>, shift: UInt64, _ hash: (Int) -> UInt64
    ) {
        let key = permutationKey
        let multiplier = permutationMultiplier
        let binShift = 64 &- shift
        let rankShift = 32 &- shift
        var index = 0
        while index < count {
            let x = (hash(index) ^ key) &* multiplier
            let bin = Int(truncatingIfNeeded: x &>> binShift)
            // The 32 bits below the bin's: (x << shift) >> 32.
            let rank = UInt32(truncatingIfNeeded: x &>> rankShift)
            bins[bin] = min(bins[bin], rank)
            index &+= 1
        }
    }

    /// Optimal densification: an empty bin takes the value of the first non-empty bin on its own
    /// probe sequence, a hash of (bin, attempt) that every signature shares.
    func densify(_ slots: UnsafeMutableBufferPointer<UInt32>) {
        let k = slots.count
        let words = (k &+ 7) &>> 3
        // Which bins the shingles left empty, one byte each (1 = empty), fixed before any is
        // filled: donors must be bins that were filled by shingles, or two signatures would
        // borrow along different chains. A branch-free pass (it vectorises); then the map is read
        // eight bins at a time, so a signature with no or few empty bins costs little more.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { map in
            guard let mapStart = map.baseAddress else { return }
            map.initialize(repeating: 0)
            let empty = UnsafeMutableRawPointer(mapStart).assumingMemoryBound(to: UInt8.self)
            var emptyCount = 0
            for index in 0..<k {
                let isEmpty: UInt8 = slots[index] == .max ? 1 : 0
                empty[index] = isEmpty
                emptyCount &+= Int(isEmpty)
            }
            guard emptyCount > 0, emptyCount < k else { return }
            let bins = UInt64(truncatingIfNeeded: k)
            for word in 0..<words {
                // Byte i of the word is bin 8·word + i.
                var flags = UInt64(littleEndian: map[word])
                while flags != 0 {
                    let index = word &<< 3 | flags.trailingZeroBitCount &>> 3
                    flags &= flags &- 1
                    var attempt: UInt64 = 1
                    while true {
                        let probe = ShingleHash.mix(
                            (UInt64(index) << 32 | attempt) ^ densificationSeed, 0x9FB2_1C65_1E98_DF25)
                        let donor = Int(truncatingIfNeeded: probe.multipliedFullWidth(by: bins).high)
                        if empty[donor] == 0 {
                            slots[index] = slots[donor]
                            break
                        }
                        attempt &+= 1
                    }
                }
            }
        }
    }

    // MARK: Classic

    /// K multiply-add-shift hashes per shingle, (a·x + b) >> 32 with odd a: the inner loop runs
    /// over the K functions, contiguous, with wrapping arithmetic.
    @inline(__always)
    static func classicMinima(
        _ hashes: UnsafeBufferPointer<UInt64>, _ multipliers: UnsafeBufferPointer<UInt64>,
        _ offsets: UnsafeBufferPointer<UInt64>, _ slots: UnsafeMutableBufferPointer<UInt32>
    ) {
        let k = slots.count
        for hash in hashes {
            for index in 0..<k {
                let value = UInt32(truncatingIfNeeded: (hash &* multipliers[index] &+ offsets[index]) >> 32)
                slots[index] = min(slots[index], value)
            }
        }
    }
}
