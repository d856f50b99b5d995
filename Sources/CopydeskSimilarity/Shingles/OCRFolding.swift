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
    public static func fold(_ key: UnsafePointer<UInt8>, count: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        // One pass: fold as if the key were a Latin word, and copy it as it is on finding it is not.
        var letters = false
        var written = 0
        var index = 0
        // The last byte written, kept in a register (a key never holds a NUL, so 0 is "none").
        var previous: UInt8 = 0
        while index < count {
            var byte = key[index]
            if byte >= 0x80 {
                output.update(from: key, count: count)
                return count
            }
            if byte &- UInt8(ascii: "a") < 26 { letters = true }
            let next: UInt8 = index + 1 < count ? key[index + 1] : 0
            // Two letters read as one: the pair and the single letter both become the single one.
            // (Not `cl`/`d`: `cl` is more often a misread `el`, which the `c`/`e` group folds.)
            if byte == UInt8(ascii: "r"), next == UInt8(ascii: "n") {
                byte = UInt8(ascii: "m")
                index += 1
            } else if byte == UInt8(ascii: "v"), next == UInt8(ascii: "v") {
                byte = UInt8(ascii: "w")
                index += 1
            }
            let folded = representative(byte)
            // A doubled letter (a smudge, or a real double) is one letter.
            if folded != previous {
                output[written] = folded
                written &+= 1
                previous = folded
            }
            index &+= 1
        }
        guard letters else {
            output.update(from: key, count: count)
            return count
        }
        return written
    }

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
