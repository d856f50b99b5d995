/// One pass over a text's bytes, writing tokens and keys through raw pointers into buffers sized
/// in advance (so the loop has no capacity, uniqueness or bounds checks).
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeMutableBufferPointer<Token>
    let keys: UnsafeMutableBufferPointer<UInt8>
    let offsets: UnsafeMutableBufferPointer<Int32>
    let gramSize: Int
    /// The buffers' base addresses (a one-byte dummy for empty ones, never read).
    let source: UnsafePointer<UInt8>
    let keyBase: UnsafeMutablePointer<UInt8>
    /// Byte and scalar position of the scan; tokens and key bytes written.
    var index = 0
    var scalar = 0
    var count = 0
    var keyCount = 0
    /// Set when `keys` turned out too small; the caller grows it and scans again.
    var overflow = false
    /// Unit starts (byte, scalar) of the current unspaced run, reused across runs.
    var units: [(Int, Int)] = []

    init(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Token>,
        keys: UnsafeMutableBufferPointer<UInt8>, offsets: UnsafeMutableBufferPointer<Int32>, gramSize: Int
    ) {
        self.bytes = bytes
        self.tokens = tokens
        self.keys = keys
        self.offsets = offsets
        self.gramSize = gramSize
        source = bytes.baseAddress ?? Self.dummy
        keyBase = keys.baseAddress ?? UnsafeMutablePointer(mutating: Self.dummy)
    }

    /// Stands in for the base address of an empty buffer; the scan never touches it.
    nonisolated(unsafe) static let dummy = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 8))

    /// The number of tokens, or nil when the key buffer was too small.
    ///
    /// The loop keeps the scan position in locals (registers) and handles the common case in
    /// place: ASCII separators, and ASCII words that end at a space or plain punctuation. Anything
    /// else (non-ASCII text, joiners) writes the position back to `self` and calls out.
    mutating func run() -> Int? {
        offsets[0] = 0
        let table = UnsafeBufferPointer(start: asciiKeyTable, count: 256)
        // Read once here: a global's every use goes through its lazy initialiser (`swift_once`).
        let stopTable = wordStopTable
        let end = bytes.count
        let keyRoom = keys.count
        var index = self.index
        var scalar = self.scalar
        var keyCount = self.keyCount
        var count = self.count
        while index < end {
            let byte = source[index]
            if byte < 0x80 {
                if table[Int(byte)] == 0 {
                    index &+= 1
                    scalar &+= 1
                    continue
                }
                // Until folding, a word's key is never longer than the bytes it consumes.
                if keyRoom &- keyCount >= end &- index {
                    let (runEnd, stop) = Self.copyKeyRun(
                        source, from: index, end: end, into: keyBase + keyCount, table)
                    let length = runEnd &- index
                    // Most words end at a space or plain punctuation, which no joiner rule
                    // applies to: one table load settles those (`wordStopTable`).
                    if stopTable[Int(stop)] == 0
                        || !continuesWord(at: runEnd, after: keyBase[keyCount &+ length &- 1])
                    {
                        let kind: Token.Kind =
                            keyBase[keyCount] > 0x39 ? .word : Self.kindOfKey(keyBase, keyCount, keyCount &+ length)
                        tokens[count] = Token(
                            utf8Start: Int32(truncatingIfNeeded: index), utf8End: Int32(truncatingIfNeeded: runEnd),
                            scalarStart: Int32(truncatingIfNeeded: scalar),
                            scalarEnd: Int32(truncatingIfNeeded: scalar &+ length), kind: kind)
                        keyCount &+= length
                        count &+= 1
                        offsets[count] = Int32(truncatingIfNeeded: keyCount)
                        // A space after a word is a separator whatever follows it: step over it
                        // here rather than in another turn of the loop.
                        let skip = stop == 0x20 ? 1 : 0
                        index = runEnd &+ skip
                        scalar &+= length &+ skip
                        continue
                    }
                }
            }
            // The slow paths work on `self`.
            (self.index, self.scalar, self.keyCount, self.count) = (index, scalar, keyCount, count)
            if byte < 0x80 {
                scanWord(table)
            } else {
                let (value, length) = decodeScalar(bytes, at: index)
                switch ScalarClass.of(value) {
                case .word, .mark:
                    scanWord(table)
                case .unspaced:
                    scanUnspaced()
                default:
                    self.index &+= length
                    self.scalar &+= 1
                }
            }
            if overflow { return nil }
            (index, scalar, keyCount, count) = (self.index, self.scalar, self.keyCount, self.count)
        }
        (self.index, self.scalar, self.keyCount, self.count) = (index, scalar, keyCount, count)
        return count
    }

    @inline(__always)
    mutating func emit(_ startByte: Int, _ startScalar: Int, _ kind: Token.Kind) {
        tokens[count] = Token(
            utf8Start: Int32(truncatingIfNeeded: startByte), utf8End: Int32(truncatingIfNeeded: index),
            scalarStart: Int32(truncatingIfNeeded: startScalar), scalarEnd: Int32(truncatingIfNeeded: scalar),
            kind: kind)
        count &+= 1
        offsets[count] = Int32(truncatingIfNeeded: keyCount)
    }

    /// Copies the keys of the ASCII letters and digits from `start` on to `output`; returns where
    /// the run ends and the byte there (0 at the end of the text, which like a real NUL is a plain
    /// separator), taken from the eight bytes already loaded when it can be. A static function over
    /// plain pointers, so the loop keeps everything in registers instead of storing indices into
    /// `self` every byte.
    @inline(__always)
    static func copyKeyRun(
        _ source: UnsafePointer<UInt8>, from start: Int, end: Int, into output: UnsafeMutablePointer<UInt8>,
        _ table: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, stop: UInt8) {
        var index = start
        var output = output
        // Eight bytes at a time while eight remain (a word is 6 bytes on average, so most words
        // take one step). The caller guarantees the key buffer has room for every remaining input
        // byte, so the eight-byte store never runs past it.
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
            let alphanumeric = classify8(word)
            // Lower-case every letter by setting bit 0x20 in every byte: digits (0x30–0x39) and
            // lower-case letters have it already, and the bytes past the run are not part of the
            // key (the next word overwrites them).
            UnsafeMutableRawPointer(output).storeBytes(
                of: (word | 0x2020_2020_2020_2020).littleEndian, as: UInt64.self)
            let stops = alphanumeric ^ 0x8080_8080_8080_8080
            let run = stops.trailingZeroBitCount &>> 3
            output += run
            index &+= run
            if stops != 0 { return (index, UInt8(truncatingIfNeeded: word &>> UInt64(run &<< 3))) }
        }
        while index < end {
            let byte = source[index]
            let key = table[Int(byte)]
            if key == 0 { return (index, byte) }
            output.pointee = key
            output += 1
            index &+= 1
        }
        return (index, 0)
    }

    /// For eight bytes at once: which are ASCII letters or digits, as a mask with the 0x80 bit
    /// of each such byte set (SWAR range checks; no byte can carry into the next because every
    /// byte is below 0x80 before the additions).
    @inline(__always)
    static func classify8(_ word: UInt64) -> UInt64 {
        let ascii = ~word & 0x8080_8080_8080_8080
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low7 | 0x2020_2020_2020_2020
        // x >= lo sets the high bit of x + (0x80 - lo); x > hi sets that of x + (0x7F - hi).
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digits = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)
        return (letters | digits) & ascii
    }

    @inline(__always)
    mutating func copyKey(from start: Int, length: Int) {
        for offset in 0..<length { keys[keyCount &+ offset] = bytes[start &+ offset] }
        keyCount &+= length
    }

    /// Does the word go on at `index`, right after a run of ASCII letters and digits ending in
    /// the key byte `last`? Only a non-ASCII byte or a joiner in the right company can continue
    /// it: `'` before a letter, `.` or `,` between digits, `-` before a line break.
    @inline(__always)
    func continuesWord(at index: Int, after last: UInt8) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 { return true }
        let next: UInt8 = index &+ 1 < bytes.count ? bytes[index &+ 1] : 0x20
        return Self.continuesWord(byte, next: next, after: last)
    }

    /// The rule of ``continuesWord(at:after:)`` for an ASCII `byte` after the run, the byte
    /// `next` after it (0x20 at the end of the text; any byte from 0x80 for a character outside
    /// ASCII) and the run's last key byte `last`: shared with the scanner of escaped JSON text.
    @inline(__always)
    static func continuesWord(_ byte: UInt8, next: UInt8, after last: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "'"): return next >= 0x80 || asciiKeyTable[Int(next)] > 0x39
        case UInt8(ascii: "."), UInt8(ascii: ","): return last <= 0x39 && next >= 0x30 && next <= 0x39
        case UInt8(ascii: "-"): return next == 0x20 || next == 0x09 || next == 0x0D || next == 0x0A
        default: return false
        }
    }

    /// A token holding no letter is a number; keys of letters are above 0x39 (ASCII letters and
    /// every byte of a non-ASCII character), so the first key byte usually settles it.
    @inline(__always)
    func kindOfKey(from keyStart: Int) -> Token.Kind {
        Self.kindOfKey(keyBase, keyStart, keyCount)
    }

    static func kindOfKey(_ keys: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Token.Kind {
        var position = start
        while position < end {
            if keys[position] > 0x39 { return .word }
            position &+= 1
        }
        return start == end ? .word : .number
    }
}
