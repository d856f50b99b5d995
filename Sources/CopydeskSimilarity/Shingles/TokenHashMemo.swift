/// The hashes of short token keys a thread has already worked out, kept from one document to the
/// next: word keys repeat (a few thousand words make most of any news text), and OCR folding plus
/// hashing a key costs several times a look-up here.
///
/// A direct-mapped table of 8,192 slots (256 KB): a key of up to 16 bytes, read as two
/// little-endian words with the bytes past its end masked off (the second word 0 for keys of up to
/// 8), and the hash ``Shingler`` gives it. A key's last byte is never 0 (keys are letters, digits,
/// joiners and non-ASCII bytes), so the words say the length too; a key whose last byte were 0
/// would simply not be remembered. A slot that does not hold the key is overwritten: the table only
/// saves work, every value it returns is the one the hash would give. It remembers under which
/// seed and folding it was filled, and starts over when asked under others.
public struct TokenHashMemo: Sendable {
    static let slotBits = 13
    /// Key (two words), hash and a spare word per slot, so that a slot is one aligned 32-byte
    /// piece of a cache line; empty until first used (a zero key is never a key).
    var slots: [UInt64] = []
    var tokenSeed: UInt64 = 0
    var folds = false

    /// An empty memo; its table is allocated on first use.
    public init() {}

    /// Ready for hashes under `tokenSeed` with folding on or off: emptied if it held others.
    mutating func prepare(tokenSeed: UInt64, folds: Bool) {
        if slots.isEmpty || tokenSeed != self.tokenSeed || folds != self.folds {
            slots = [UInt64](repeating: 0, count: 4 << Self.slotBits)
            self.tokenSeed = tokenSeed
            self.folds = folds
        }
    }

    /// The words a key of `count` (1…16) bytes at `key` is remembered by, or nil when it cannot
    /// be: longer keys, or a last byte of 0. Sixteen bytes at `key` must be readable.
    @inline(__always)
    static func words(_ key: UnsafeRawPointer, count: Int) -> (UInt64, UInt64)? {
        guard count > 0, count <= 16 else { return nil }
        let first = UInt64(littleEndian: key.loadUnaligned(as: UInt64.self))
        if count <= 8 {
            let word = first & (~0 &>> UInt64(64 &- 8 &* count))
            guard word &>> UInt64(8 &* (count &- 1)) != 0 else { return nil }
            return (word, 0)
        }
        let rest = count &- 8
        let second =
            UInt64(littleEndian: key.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & (~0 &>> UInt64(64 &- 8 &* rest))
        guard second &>> UInt64(8 &* (rest &- 1)) != 0 else { return nil }
        return (first, second)
    }

    /// The slot (its first word's index) of a key's words.
    @inline(__always)
    static func slot(_ words: (UInt64, UInt64)) -> Int {
        let mixed = (words.0 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed &>> UInt64(64 - slotBits)) &<< 2
    }
}
