/// Copydesk's 64-bit hash: seedable, fast, non-cryptographic, identical on every machine.
///
/// The construction follows wyhash (final version 4) for inputs of up to 16 bytes (one
/// 64×64→128-bit multiply plus the finaliser) and of more than 48 (one multiply per 16 bytes).
/// Inputs of 17–48 bytes — word 5-gram strings, the hot case — use three independent keyed
/// 64×64→128-bit multiply-folds (XXH3's `mix16B`) and one folding multiply over their results,
/// with no branch on the length (see `hash(medium:count:preparedSeed:)`), and so do word
/// shingles of 3–6 words in ``combine(_:count:preparedSeed:)``.
/// Every load is little-endian, so a value is the same on any platform; the golden values in the
/// tests pin it, because signatures stored by one run are compared with signatures made by
/// another.
///
/// It is not a defence against an adversary who picks collisions on purpose; shingle hashing
/// needs speed and good avalanche, which is what this gives.
public enum ShingleHash {
    @usableFromInline static let secret0: UInt64 = 0x2d35_8dcc_aa6c_78a5
    @usableFromInline static let secret1: UInt64 = 0x8bb8_4b93_962e_acc9
    @usableFromInline static let secret2: UInt64 = 0x4b33_a62e_d433_d4a3
    @usableFromInline static let secret3: UInt64 = 0x4d5a_2da5_1de1_aa47

    /// The 128-bit product of `a` and `b`, folded to 64 bits by xor of its halves.
    @inlinable @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    @inlinable @inline(__always)
    static func read8(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inlinable @inline(__always)
    static func read4(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    /// The seed as the hash uses it; precompute it once with ``prepare(seed:)`` when hashing many
    /// small inputs under one seed.
    @inlinable @inline(__always)
    public static func prepare(seed: UInt64) -> UInt64 {
        seed ^ mix(seed ^ secret0, secret1)
    }

    /// Hashes `count` bytes at `bytes` under a seed already passed through ``prepare(seed:)``.
    ///
    /// Inputs of up to 48 bytes (words, shingle strings) take an inlined straight-line path;
    /// longer ones call `hashLong(_:count:preparedSeed:)`.
    ///
    /// - Complexity: O(`count`), one multiply per 16 bytes.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawPointer?, count: Int, preparedSeed: UInt64) -> UInt64 {
        guard let bytes, count > 0 else {
            return finish(0, 0, seed: preparedSeed, count: 0)
        }
        return hash(nonEmpty: bytes, count: count, preparedSeed: preparedSeed)
    }

    /// ``hash(_:count:preparedSeed:)`` of `count` > 0 bytes.
    @inlinable @inline(__always)
    static func hash(nonEmpty bytes: UnsafeRawPointer, count: Int, preparedSeed: UInt64) -> UInt64 {
        if count <= 16 {
            if count >= 4 {
                let shift = (count >> 3) << 2
                let a = (read4(bytes, 0) << 32) | read4(bytes, shift)
                let b = (read4(bytes, count &- 4) << 32) | read4(bytes, count &- 4 &- shift)
                return finish(a, b, seed: preparedSeed, count: count)
            }
            let p = bytes.assumingMemoryBound(to: UInt8.self)
            let a = (UInt64(p[0]) << 16) | (UInt64(p[count >> 1]) << 8) | UInt64(p[count &- 1])
            return finish(a, 0, seed: preparedSeed, count: count)
        }
        if count <= 48 { return hash(medium: bytes, count: count, preparedSeed: preparedSeed) }
        return hashLong(bytes, count: count, preparedSeed: preparedSeed)
    }

    /// ``hash(_:count:preparedSeed:)`` of 17…48 bytes (word 5-gram strings, mostly): three
    /// 16-byte blocks, at the start, the end and in between (for 32 bytes or fewer the middle
    /// block is the first again, under other keys), so every length in the range takes the same
    /// straight-line code; a branch on the length would mispredict on every other shingle. Three
    /// scalar 64×64→128-bit multiplies are cheaper here than a vector accumulation as XXH3's
    /// long-input loop does it (the signature benchmark's README gives the measurement).
    @inlinable @inline(__always)
    static func hash(medium bytes: UnsafeRawPointer, count: Int, preparedSeed: UInt64) -> UInt64 {
        let middle = max(0, count &- 32)
        return medium(
            read8(bytes, 0), read8(bytes, 8), read8(bytes, middle), read8(bytes, middle &+ 8),
            read8(bytes, count &- 16), read8(bytes, count &- 8), count: count, preparedSeed: preparedSeed)
    }

    /// The 17…48-byte hash of its three 16-byte blocks (first, middle, last; as 64-bit words):
    /// each block is keyed and multiplied out to 128 bits, folded to 64 by xor of the halves,
    /// and a last multiply-fold joins the three with the length. The final multiply is what gives
    /// every output bit an even chance of flipping with any input bit (checked in the tests); a
    /// plain sum of the folds leaves some output bits flipping 85% of the time. A keyed word that
    /// is zero loses its partner, as in XXH3 and wyhash: one input in 2⁶⁴ per block, never met
    /// by chance.
    @inlinable @inline(__always)
    static func medium(
        _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64, _ f: UInt64, count: Int,
        preparedSeed: UInt64
    ) -> UInt64 {
        let first = mix(a ^ (key0 ^ preparedSeed), b ^ key1)
        let second = mix(c ^ (key2 ^ preparedSeed), d ^ key3)
        let third = mix(e ^ (key4 ^ preparedSeed), f ^ key5)
        return mix(first &+ second, third ^ UInt64(truncatingIfNeeded: count))
    }

    @usableFromInline static let key0: UInt64 = 0xbe4b_a423_396c_feb8
    @usableFromInline static let key1: UInt64 = 0x1cad_21f7_2c81_017c
    @usableFromInline static let key2: UInt64 = 0xdb97_9083_e96d_d4de
    @usableFromInline static let key3: UInt64 = 0x1f67_b3b7_a4a4_4072
    @usableFromInline static let key4: UInt64 = 0x78e5_c0cc_4ee6_79cb
    @usableFromInline static let key5: UInt64 = 0x2172_ffcc_7dd0_5a82

    /// The path for more than 48 bytes: three independent lanes per 48 bytes.
    @inlinable @inline(never)
    static func hashLong(_ bytes: UnsafeRawPointer, count: Int, preparedSeed: UInt64) -> UInt64 {
        var seed = preparedSeed
        var offset = 0
        var remaining = count
        if remaining > 48 {
            var seed1 = seed
            var seed2 = seed
            repeat {
                seed = mix(read8(bytes, offset) ^ secret1, read8(bytes, offset + 8) ^ seed)
                seed1 = mix(read8(bytes, offset + 16) ^ secret2, read8(bytes, offset + 24) ^ seed1)
                seed2 = mix(read8(bytes, offset + 32) ^ secret3, read8(bytes, offset + 40) ^ seed2)
                offset &+= 48
                remaining &-= 48
            } while remaining > 48
            seed ^= seed1 ^ seed2
        }
        while remaining > 16 {
            seed = mix(read8(bytes, offset) ^ secret1, read8(bytes, offset + 8) ^ seed)
            offset &+= 16
            remaining &-= 16
        }
        return finish(
            read8(bytes, offset + remaining - 16), read8(bytes, offset + remaining - 8), seed: seed, count: count)
    }

    @inlinable @inline(__always)
    static func finish(_ a: UInt64, _ b: UInt64, seed: UInt64, count: Int) -> UInt64 {
        let product = (a ^ secret1).multipliedFullWidth(by: b ^ seed)
        return mix(product.low ^ secret0 ^ UInt64(truncatingIfNeeded: count), product.high ^ secret1)
    }

    /// Hashes a byte buffer under `seed`.
    @inlinable
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        hash(bytes.baseAddress, count: bytes.count, preparedSeed: prepare(seed: seed))
    }

    /// Hashes the UTF-8 bytes of a string under `seed`.
    public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
        var string = string
        return string.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Combines `count` 64-bit hashes into one, order-sensitively: how a word shingle's hash is
    /// made from the hashes of its tokens, with no shingle string ever built.
    ///
    /// Three to six words (24–48 bytes) take the path of `hash(medium:count:preparedSeed:)`:
    /// the value is that of hashing the words' little-endian bytes. Other counts
    /// mix words in pairs, each word first xored with a constant for its position, the pair
    /// products independent of each other so the multiplies overlap in the CPU; one finishing
    /// multiply folds in the seed and the count. The inputs are
    /// themselves ``ShingleHash`` outputs (uniform), which is what makes a single multiply per
    /// pair enough.
    @inlinable @inline(__always)
    public static func combine(_ words: UnsafePointer<UInt64>, count: Int, preparedSeed: UInt64) -> UInt64 {
        if count >= 3 && count <= 6 {
            // 3–6 words (word 5-grams): the 17–48-byte path over the words as little-endian
            // bytes, from the values themselves so that it is the same on any byte order.
            let middle = max(0, count &- 4)
            return medium(
                words[0], words[1], words[middle], words[middle &+ 1], words[count &- 2], words[count &- 1],
                count: count &* 8, preparedSeed: preparedSeed)
        }
        if count == 2 {
            // Word bigrams (dedup's shingles): the loop below for two words, unrolled; the same value.
            let pair = mix(words[0] ^ secret2, words[1] ^ (secret2 ^ secret3))
            return mix(pair ^ secret0, preparedSeed ^ secret1 ^ 2)
        }
        var accumulator: UInt64 = 0
        var index = 0
        var position = secret2
        while index &+ 1 < count {
            accumulator ^= mix(words[index] ^ position, words[index &+ 1] ^ (position ^ secret3))
            position = position &+ secret1
            index &+= 2
        }
        if index < count {
            accumulator ^= mix(words[index] ^ position, preparedSeed ^ secret3)
        }
        return mix(accumulator ^ secret0, preparedSeed ^ secret1 ^ UInt64(truncatingIfNeeded: count))
    }
}
