/// Splits text into words, numbers and character n-grams, keeping each token's offsets into the
/// original text and computing its normalised key on the way.
///
/// It runs over UTF-8 bytes, not `Character`s: ASCII bytes go through a 128-entry table, other
/// scalars are decoded in place and classified by code point. Words are runs of letters, digits
/// and combining marks in any script written with spaces (Latin, Cyrillic, Greek, Arabic,
/// Devanagari, Bengali, Hangul …); an apostrophe between letters stays inside (`don't`, `O’Neill`),
/// as do `.` and `,` between digits (`3.5`, `1,000`) and a hyphenated line break (`major-\nity` is
/// one token whose key is `majority`). Scripts written without spaces (Chinese, Japanese, Thai,
/// Lao, Khmer, Myanmar) become overlapping character n-grams (bigrams by default), each character
/// keeping its combining marks.
///
/// A key is what ``TextNormalizer/fold(_:)`` makes of the token; pure-ASCII tokens take a fast
/// path that only lower-cases.
public struct WordTokenizer: Sendable {
    /// Characters per n-gram in scripts written without spaces.
    public var characterGramSize: Int

    public init(characterGramSize: Int = 2) {
        self.characterGramSize = max(1, characterGramSize)
    }

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        Array(tokenize(text).tokens)
    }

    /// The tokens of `text` with their keys.
    public func tokenize(_ text: String) -> TokenizedText {
        var result = TokenizedText()
        tokenize(text, into: &result)
        return result
    }

    /// Tokenises `text` into `result`, reusing its buffers (the fast path for many documents).
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func tokenize(_ text: String, into result: inout TokenizedText) {
        result.removeAll()
        var text = text
        text.withUTF8 { bytes in
            // Keys of ASCII words are never longer than the words; n-grams repeat each character
            // `gramSize` times; NFKC can expand a few characters more, in which case the scan
            // reports it ran out of room and runs again with twice the room.
            var keyCapacity = bytes.count * max(2, characterGramSize) + 64
            while true {
                result.reserve(tokens: bytes.count + 1, keyBytes: keyCapacity)
                let count = result.tokenStorage.withUnsafeMutableBufferPointer { tokens in
                    result.keyStorage.withUnsafeMutableBufferPointer { keys in
                        result.offsetStorage.withUnsafeMutableBufferPointer { offsets in
                            var scanner = Scanner(
                                bytes: bytes, tokens: tokens, keys: keys, offsets: offsets, gramSize: characterGramSize)
                            return scanner.run()
                        }
                    }
                }
                if let count {
                    result.count = count
                    return
                }
                keyCapacity *= 2
            }
        }
    }
}

/// For ASCII letters and digits, the byte of the key (letters lower-cased); 0 for every other
/// byte, non-ASCII lead and continuation bytes included. Allocated once and never freed, so the
/// scanner can hold a plain pointer to it; it is only ever read after its one-time initialisation.
nonisolated(unsafe) private let asciiKeyTable: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0..<256 {
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): table[byte] = UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): table[byte] = UInt8(byte) | 0x20
        default: table[byte] = 0
        }
    }
    return UnsafePointer(table)
}()

/// One pass over a text's bytes, writing tokens and keys through raw pointers into buffers sized
/// in advance (so the loop has no capacity, uniqueness or bounds checks).
private struct Scanner {
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
                    let runEnd = Self.copyKeyRun(source, from: index, end: end, into: keyBase + keyCount, table)
                    let length = runEnd &- index
                    let last = keyBase[keyCount &+ length &- 1]
                    if runEnd == end || !continuesWord(at: runEnd, after: last) {
                        let kind: Token.Kind =
                            keyBase[keyCount] > 0x39 ? .word : Self.kindOfKey(keyBase, keyCount, keyCount &+ length)
                        tokens[count] = Token(
                            utf8Start: Int32(truncatingIfNeeded: index), utf8End: Int32(truncatingIfNeeded: runEnd),
                            scalarStart: Int32(truncatingIfNeeded: scalar),
                            scalarEnd: Int32(truncatingIfNeeded: scalar &+ length), kind: kind)
                        keyCount &+= length
                        count &+= 1
                        offsets[count] = Int32(truncatingIfNeeded: keyCount)
                        index = runEnd
                        scalar &+= length
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

    /// Is the scalar at `position` a letter (of any script)?
    func isLetter(at position: Int, _ table: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return table[Int(byte)] > 0x39 }
        let cls = ScalarClass.of(decodeScalar(bytes, at: position).value)
        return cls == .word || cls == .unspaced
    }

    /// The byte just past a hyphenated line break whose hyphen ends before `afterHyphen`: blanks,
    /// a line feed (optionally after a carriage return), blanks, then a lower-case letter.
    func hyphenatedBreakEnd(after afterHyphen: Int) -> Int? {
        var position = afterHyphen
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        if position < bytes.count, bytes[position] == 0x0D { position += 1 }
        guard position < bytes.count, bytes[position] == 0x0A else { return nil }
        position += 1
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        if byte < 0x80 { return (0x61...0x7A).contains(byte) ? position : nil }
        let value = decodeScalar(bytes, at: position).value
        guard let next = Unicode.Scalar(value), next.properties.isLowercase else { return nil }
        return position
    }

    /// Copies the keys of the ASCII letters and digits from `start` on to `output`; returns where
    /// the run ends. A static function over plain pointers, so the loop keeps everything in
    /// registers instead of storing indices into `self` every byte.
    @inline(__always)
    static func copyKeyRun(
        _ source: UnsafePointer<UInt8>, from start: Int, end: Int, into output: UnsafeMutablePointer<UInt8>,
        _ table: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var index = start
        var output = output
        // Eight bytes at a time while eight remain (a word is 6 bytes on average, so most words
        // take one step). The caller guarantees the key buffer has room for every remaining input
        // byte, so the eight-byte store never runs past it.
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
            let (alphanumeric, letters) = classify8(word)
            // Lower-case every letter: add 0x20 where the letter mask has its 0x80 bit.
            UnsafeMutableRawPointer(output).storeBytes(of: (word | (letters >> 2)).littleEndian, as: UInt64.self)
            let run = (~alphanumeric & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
            output += run
            index &+= run
            if run < 8 { return index }
        }
        while index < end {
            let key = table[Int(source[index])]
            if key == 0 { break }
            output.pointee = key
            output += 1
            index &+= 1
        }
        return index
    }

    /// For eight bytes at once: which are ASCII letters or digits, and which are letters, as
    /// masks with the 0x80 bit of each such byte set (SWAR range checks; no byte can carry into
    /// the next because every byte is below 0x80 before the additions or is excluded).
    @inline(__always)
    static func classify8(_ word: UInt64) -> (alphanumeric: UInt64, letters: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~word & high
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low7 | 0x2020_2020_2020_2020
        // x >= lo sets the high bit of x + (0x80 - lo); x > hi sets that of x + (0x7F - hi).
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ascii
        let digits = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646) & ascii
        return ((letters | digits) & high, letters & high)
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

    /// A word or number: the common case (ASCII letters and digits up to a space or plain
    /// punctuation) takes one tight loop and one check; anything else goes to ``scanWordRest``.
    @inline(never)
    mutating func scanWord(_ table: UnsafeBufferPointer<UInt8>) {
        // Until folding, a word's key is never longer than the bytes it consumes.
        guard keys.count &- keyCount >= bytes.count &- index else {
            overflow = true
            return
        }
        let startByte = index
        let startScalar = scalar
        let keyStart = keyCount
        let runEnd = Self.copyKeyRun(source, from: index, end: bytes.count, into: keyBase + keyCount, table)
        let length = runEnd &- index
        keyCount &+= length
        scalar &+= length
        index = runEnd
        if length > 0 && (index == bytes.count || !continuesWord(at: index, after: keys[keyCount &- 1])) {
            emit(startByte, startScalar, kindOfKey(from: keyStart))
            return
        }
        scanWordRest(startByte: startByte, startScalar: startScalar, keyStart: keyStart)
    }

    /// The rest of a word that goes on past its first ASCII run, or starts with a non-ASCII
    /// letter: joiners, other scripts, hyphenated line breaks, folding.
    @inline(never)
    mutating func scanWordRest(startByte: Int, startScalar: Int, keyStart: Int) {
        let table = UnsafeBufferPointer(start: asciiKeyTable, count: 256)
        var needsFolding = false
        // What the last key character was: a joiner may only sit between the right neighbours.
        var lastWasLetter = false
        var lastWasDigit = false
        if keyCount > keyStart {
            lastWasLetter = keys[keyCount &- 1] > 0x39
            lastWasDigit = !lastWasLetter
        }
        var first = true
        scan: while index < bytes.count {
            // The hot loop: a run of ASCII letters and digits, one table load per byte. Key bytes
            // of letters are 0x61–0x7A and of digits 0x30–0x39, so bit 0x40 marks a letter.
            let runStart = index
            let runEnd =
                first ? index : Self.copyKeyRun(source, from: index, end: bytes.count, into: keyBase + keyCount, table)
            first = false
            index = runEnd
            keyCount &+= runEnd &- runStart
            if index != runStart {
                scalar &+= index &- runStart
                let lastKey = keys[keyCount &- 1]
                lastWasLetter = lastKey > 0x39
                lastWasDigit = lastKey <= 0x39
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "'"), lastWasLetter, isLetter(at: index + 1, table) {
                    keys[keyCount] = byte
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), lastWasDigit,
                    index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39
                {
                    keys[keyCount] = byte
                } else if byte == UInt8(ascii: "-"), lastWasLetter, let end = hyphenatedBreakEnd(after: index + 1) {
                    // Every byte skipped is ASCII, so bytes and scalars advance together.
                    scalar &+= end &- index
                    index = end
                    continue scan
                } else {
                    break scan
                }
                keyCount &+= 1
                index &+= 1
                scalar &+= 1
                lastWasLetter = false
                lastWasDigit = false
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            switch ScalarClass.of(value) {
            case .word, .mark:
                copyKey(from: index, length: length)
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                lastWasLetter = true
                lastWasDigit = false
            case .apostrophe where lastWasLetter && isLetter(at: index + length, table):
                keys[keyCount] = UInt8(ascii: "'")
                keyCount &+= 1
                lastWasLetter = false
            case .softHyphen:
                break
            case .joiner:
                copyKey(from: index, length: length)
            case .separator where value == 0x2010 && lastWasLetter:
                // U+2010 HYPHEN ending a line inside a word, as `-` above.
                guard let end = hyphenatedBreakEnd(after: index + length) else { break scan }
                scalar &+= 1 &+ end &- (index &+ length)
                index = end
                continue scan
            default:
                break scan
            }
            index &+= length
            scalar &+= 1
        }
        let kind = kindOfKey(from: keyStart)
        if needsFolding { refold(from: keyStart) }
        emit(startByte, startScalar, kind)
    }

    /// A run of letters from scripts without spaces, cut into overlapping n-grams of characters
    /// (a character being a letter with the combining marks that follow it).
    mutating func scanUnspaced() {
        units.removeAll(keepingCapacity: true)
        while index < bytes.count, bytes[index] >= 0x80 {
            let (value, length) = decodeScalar(bytes, at: index)
            let cls = ScalarClass.of(value)
            if cls == .unspaced || units.isEmpty {
                units.append((index, scalar))
            } else if cls != .mark && cls != .joiner {
                break
            }
            index &+= length
            scalar &+= 1
        }
        let end = (index, scalar)
        let size = min(gramSize, units.count)
        for first in 0...(units.count - size) {
            let start = units[first]
            let stop = first + size < units.count ? units[first + size] : end
            guard keys.count - keyCount >= stop.0 - start.0 else {
                overflow = true
                return
            }
            let keyStart = keyCount
            var needsFolding = false
            var position = start.0
            while position < stop.0 {
                let (value, length) = decodeScalar(bytes, at: position)
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                position += length
            }
            copyKey(from: start.0, length: stop.0 - start.0)
            if needsFolding { refold(from: keyStart) }
            if overflow { return }
            let (savedIndex, savedScalar) = (index, scalar)
            (index, scalar) = stop
            emit(start.0, start.1, .characterGram)
            (index, scalar) = (savedIndex, savedScalar)
        }
    }

    /// Replaces the key bytes written since `keyStart` by their NFKC, case-folded form.
    mutating func refold(from keyStart: Int) {
        let raw = String(decoding: UnsafeBufferPointer(rebasing: keys[keyStart..<keyCount]), as: UTF8.self)
        let folded = TextNormalizer().fold(raw).utf8
        guard keyStart + folded.count <= keys.count else {
            overflow = true
            return
        }
        keyCount = keyStart
        for byte in folded {
            keys[keyCount] = byte
            keyCount &+= 1
        }
    }
}
