/// One form for the letters OCR engines confuse, so that a scanned reprint's words hash like the
/// typeset original's.
///
/// Scanned newsprint is read with a few characteristic errors: `rn` read as `m` (and back),
/// `vv` as `w`, `e`/`c`, `l`/`1`/`i`, `o`/`0`, `s`/`5`, `h`/`b`, `f`/`t`, `u`/`v`, `g`/`q`, `a`/`o`,
/// `n`/`m`, and letters doubled by a smudge. Each word key is mapped to one representative per
/// group and runs of one letter are collapsed, so `wcre`, `werc` and `were` are one token, as are
/// `modern`, `modem` and `rnodern`. A word of digits only keeps its digits (`1462` is a number, not
/// `l462`); digits among letters are read as the letters they resemble (`0n` is `on`).
///
/// The folding merges a few real words (`too`/`to`, `hat`/`hot`), which costs little: shingles are
/// runs of two or more words, and two unrelated stories rarely share a run of such words. Keys
/// with bytes outside ASCII are left alone: the confusions above are those of Latin type.
public enum OCRFolding {
    /// Writes the folded form of the `count` bytes at `key` to `output` (room for `count` bytes:
    /// folding never lengthens a key) and returns its length.
    ///
    /// Every word of every document passes through here, so each byte costs one load from
    /// `foldTable` and a test of its flags; only `r`, `v` (the first letters of `rn` and `vv`)
    /// and bytes outside ASCII leave the straight path.
    public static func fold(_ key: UnsafePointer<UInt8>, count: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        let table = foldTable
        var flags: UInt16 = 0
        var written = 0
        var index = 0
        // The last byte written, kept in a register (a key never holds a NUL, so 0 is "none").
        var previous: UInt8 = 0
        while index < count {
            let entry = table[Int(key[index])]
            flags |= entry
            var folded = UInt8(truncatingIfNeeded: entry)
            if entry & Self.pairStart != 0 {
                // Not Latin type: the key is copied as it is.
                if entry & Self.notASCII != 0 {
                    output.update(from: key, count: count)
                    return count
                }
                // Two letters read as one: the pair and the single letter both become the single
                // one. (Not `cl`/`d`: `cl` is more often a misread `el`, which the `c`/`e` group folds.)
                let next: UInt8 = index &+ 1 < count ? key[index &+ 1] : 0
                if folded == UInt8(ascii: "r"), next == UInt8(ascii: "n") {
                    folded = UInt8(ascii: "n")  // `m`, which folds with `n`
                    index &+= 1
                } else if folded == UInt8(ascii: "u"), next == UInt8(ascii: "v") {
                    folded = UInt8(ascii: "w")
                    index &+= 1
                }
            }
            // A doubled letter (a smudge, or a real double) is one letter.
            if folded != previous {
                output[written] = folded
                written &+= 1
                previous = folded
            }
            index &+= 1
        }
        guard flags & Self.letter != 0 else {
            output.update(from: key, count: count)
            return count
        }
        return written
    }

    /// Flags in `foldTable` above the representative byte.
    static let letter: UInt16 = 0x100
    static let pairStart: UInt16 = 0x200
    static let notASCII: UInt16 = 0x400

    /// For each byte: its representative in the low byte, ``letter`` for a…z, ``pairStart`` for
    /// `r` and `v` (and for every byte outside ASCII, which also has ``notASCII``). Allocated once
    /// and never freed, like the tokenizer's key table.
    nonisolated(unsafe) static let foldTable: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        for byte in 0..<256 {
            if byte >= 0x80 {
                table[byte] = pairStart | notASCII
                continue
            }
            let value = UInt8(byte)
            var entry = UInt16(representative(value))
            if value &- UInt8(ascii: "a") < 26 { entry |= letter }
            if value == UInt8(ascii: "r") || value == UInt8(ascii: "v") { entry |= pairStart }
            table[byte] = entry
        }
        return UnsafePointer(table)
    }()

    /// One letter for each group OCR confuses; other bytes map to themselves. Letters through a
    /// constant string (no lazily initialised table on the path of every byte).
    @inline(__always)
    static func representative(_ byte: UInt8) -> UInt8 {
        let letter = byte &- UInt8(ascii: "a")
        if letter < 26 { return letterRepresentatives.utf8Start[Int(letter)] }
        switch byte {
        case 0x30: return UInt8(ascii: "o")  // 0
        case 0x31, 0x7C, 0x21: return UInt8(ascii: "l")  // 1 | !
        case 0x35: return UInt8(ascii: "s")  // 5
        default: return byte
        }
    }

    /// The representative of each letter a…z: a→o, b→h, c→e, f→t, i→l, m→n, q→g, v→u.
    @inline(__always)
    static var letterRepresentatives: StaticString { "ohedetghljklnnopgrstuuwxyz" }

    /// The folded form of a key, as a string (for tests and tools; the hot loop uses ``fold(_:count:into:)``).
    public static func fold(_ key: String) -> String {
        let bytes = Array(key.utf8)
        guard !bytes.isEmpty else { return key }
        return bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return key }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                guard let output = buffer.baseAddress else { return key }
                let count = fold(base, count: bytes.count, into: output)
                return String(decoding: UnsafeBufferPointer(start: output, count: count), as: UTF8.self)
            }
        }
    }
}
