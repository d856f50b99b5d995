/// The tokenizer reading a JSON string's bytes as they stand in the line, escapes and all: the
/// tokens, keys and offsets (in the unescaped text) that ``TokenScanner`` gives for the unescaped
/// text, in one pass over the escaped bytes instead of an unescaping pass and then a scan.
///
/// The common case is handled in place: ASCII words copied eight bytes at a time, separators,
/// and escapes (`\n`, `\"`, `\uXXXX` …) read as the characters they stand for wherever they
/// separate words. Anything else — a word that may run on past a joiner, a letter outside
/// ASCII, an escaped letter, a surrogate, invalid UTF-8 — is a *window*: the escaped bytes from
/// there to the next raw space after a raw ASCII letter or digit (where no token can run on, so
/// a scan of the window decides nothing differently from a scan of the whole) are unescaped by
/// the shared unescaper into a buffer and scanned by ``TokenScanner`` itself. So every rule of the
/// tokenizer lives in one place; this scanner only knows where it may skip ahead.
struct EscapedTokenScanner {
    let escaped: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeMutableBufferPointer<Token>
    let keys: UnsafeMutableBufferPointer<UInt8>
    let offsets: UnsafeMutableBufferPointer<Int32>
    /// Room for a window's unescaped bytes: as long as the escaped text.
    let window: UnsafeMutableBufferPointer<UInt8>
    let gramSize: Int
    /// Whether token records (offsets and kind) are written; when not, only keys and key
    /// offsets are (all shingling reads): 20 bytes a word not stored.
    let recordsTokens: Bool
    let source: UnsafePointer<UInt8>
    let keyBase: UnsafeMutablePointer<UInt8>
    /// Unit starts reused by the windows' scanners (runs of scripts written without spaces).
    var units: [(Int, Int)] = []

    init(
        escaped: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Token>,
        keys: UnsafeMutableBufferPointer<UInt8>, offsets: UnsafeMutableBufferPointer<Int32>,
        window: UnsafeMutableBufferPointer<UInt8>, gramSize: Int, recordsTokens: Bool = true
    ) {
        self.recordsTokens = recordsTokens
        self.escaped = escaped
        self.tokens = tokens
        self.keys = keys
        self.offsets = offsets
        self.window = window
        self.gramSize = gramSize
        source = escaped.baseAddress ?? TokenScanner.dummy
        keyBase = keys.baseAddress ?? UnsafeMutablePointer(mutating: TokenScanner.dummy)
    }

    /// The number of tokens and the unescaped text's length in UTF-8 bytes, or nil when the key
    /// buffer was too small (the caller grows it and scans again).
    ///
    /// Requires `tokens` to hold `escaped.count + 1` tokens, `offsets` one more, `window`
    /// `escaped.count` bytes: no unescaped text is longer than its escaped form (invalid UTF-8,
    /// repaired as `String(decoding:as:)` repairs it, is the exception; its windows get a
    /// buffer of their own).
    mutating func run() -> (count: Int, length: Int)? {
        guard offsets.count > 0, tokens.count > escaped.count, window.count >= escaped.count else { return nil }
        offsets[0] = 0
        let table = UnsafeBufferPointer(start: asciiKeyTable, count: 256)
        // Read once here: a global's every use goes through its lazy initialiser (`swift_once`).
        let stopTable = wordStopTable
        let end = escaped.count
        let keyRoom = keys.count
        // Position in the escaped bytes; position in the unescaped text (bytes and scalars).
        var index = 0
        var out = 0
        var scalar = 0
        var keyCount = 0
        var count = 0
        while index < end {
            let byte = source[index]
            if byte < 0x80 {
                if table[Int(byte)] == 0 {
                    if byte != 0x5C {
                        index &+= 1
                        out &+= 1
                        scalar &+= 1
                        continue
                    }
                    // An escape between words: skipped when what it stands for would be.
                    if let (value, length) = Self.escape(source, at: index, end: end) {
                        if value < 0x80 {
                            if table[Int(value)] == 0 {
                                index &+= length
                                out &+= 1
                                scalar &+= 1
                                continue
                            }
                        } else if Self.isSkipped(value) {
                            index &+= length
                            out &+= Self.utf8Length(value)
                            scalar &+= 1
                            continue
                        }
                    }
                } else if keyRoom &- keyCount >= end &- index {
                    // An ASCII word; its key is never longer than the bytes it consumes.
                    var (runEnd, stop) = TokenScanner.copyKeyRun(
                        source, from: index, end: end, into: keyBase + keyCount, table)
                    // A number goes on past `.` or `,` between digits, which its key keeps (`3.5`,
                    // `1,000`) as the slow path keeps it: settled here, the commonest joiner in
                    // news copy costs no window.
                    while stop == 0x2E || stop == 0x2C, keyBase[keyCount &+ (runEnd &- index) &- 1] <= 0x39,
                        runEnd &+ 1 < end, source[runEnd &+ 1] &- 0x30 < 10
                    {
                        let joiner = keyCount &+ (runEnd &- index)
                        keyBase[joiner] = stop
                        (runEnd, stop) = TokenScanner.copyKeyRun(
                            source, from: runEnd &+ 1, end: end, into: keyBase + (joiner &+ 1), table)
                    }
                    let length = runEnd &- index
                    // What follows the word once it is known to end: escaped bytes, unescaped
                    // bytes (and scalars) to step over with it.
                    var skip = -1
                    var skipOut = 0
                    if stopTable[Int(stop)] == 0 {
                        if stop == 0x20 {
                            skip = 1
                            skipOut = 1
                        } else if stop != 0x5C {
                            skip = 0
                        } else if let (value, escapeLength) = Self.escape(source, at: runEnd, end: end), value < 0x80,
                            table[Int(value)] == 0, stopTable[Int(value)] == 0
                        {
                            // `\n`, `\"`, `\\` …: a separator no joiner rule applies to.
                            skip = escapeLength
                            skipOut = 1
                        }
                    } else if stop < 0x80 {
                        // `'`, `.`, `,` or `-`: the word goes on only before the right character,
                        // which may be escaped.
                        let next = runEnd &+ 1
                        var following: UInt8? = 0x20
                        if next < end {
                            following = source[next]
                            if following == 0x5C {
                                following = Self.escape(source, at: next, end: end).map { $0.value < 0x80 ? UInt8($0.value) : 0x80 }
                            }
                        }
                        if let following,
                            !TokenScanner.continuesWord(stop, next: following, after: keyBase[keyCount &+ length &- 1])
                        {
                            skip = 0
                        }
                    }
                    if skip >= 0 {
                        if recordsTokens {
                            let kind: Token.Kind =
                                keyBase[keyCount] > 0x39
                                ? .word : TokenScanner.kindOfKey(keyBase, keyCount, keyCount &+ length)
                            tokens[count] = Token(
                                utf8Start: Int32(truncatingIfNeeded: out), utf8End: Int32(truncatingIfNeeded: out &+ length),
                                scalarStart: Int32(truncatingIfNeeded: scalar),
                                scalarEnd: Int32(truncatingIfNeeded: scalar &+ length), kind: kind)
                        }
                        keyCount &+= length
                        count &+= 1
                        offsets[count] = Int32(truncatingIfNeeded: keyCount)
                        index = runEnd &+ skip
                        out &+= length &+ skipOut
                        scalar &+= length &+ skipOut
                        continue
                    }
                } else {
                    return nil
                }
            } else if let (value, length) = Self.scalar(source, at: index, end: end), Self.isSkipped(value) {
                // A well-formed scalar outside ASCII that no token starts with (a curly quote, a dash).
                index &+= length
                out &+= length
                scalar &+= 1
                continue
            }
            // Everything else is scanned from here by the tokenizer's own scanner.
            guard let (windowEnd, bytes, scalars) = scanWindow(from: index, out: out, scalar: scalar, &count, &keyCount)
            else { return nil }
            index = windowEnd
            out &+= bytes
            scalar &+= scalars
        }
        return (count, out)
    }

    /// Unescapes the window from `start` (a place where the scan is between tokens) and scans it
    /// with ``TokenScanner``, appending its tokens with offsets moved by `out` and `scalar`.
    /// Returns where the window ends in the escaped bytes and its unescaped length in bytes and
    /// scalars; nil when the key buffer is too small.
    mutating func scanWindow(from start: Int, out: Int, scalar: Int, _ count: inout Int, _ keyCount: inout Int)
        -> (end: Int, bytes: Int, scalars: Int)?
    {
        let windowEnd = Self.windowEnd(source, from: start, end: escaped.count)
        let slice = UnsafeBufferPointer(rebasing: escaped[start..<windowEnd])
        var written = JSONEscapes.unescape(slice, into: window)
        var repaired: [UInt8] = []
        var bytes = UnsafeBufferPointer(start: window.baseAddress, count: written)
        // Escapes write valid UTF-8; bytes copied from the line may not be. Invalid sequences
        // never straddle a window's end (a raw space), so repairing the window repairs the text.
        if JSONEscapes.highBits(bytes) & 0x80 != 0 && !UTF8Check.isValid(bytes) {
            repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
            written = repaired.count
        }
        let first = count
        let scanned: (Int, Int, Int)? = repaired.withUnsafeBufferPointer { fixed in
            if !repaired.isEmpty { bytes = fixed }
            var scanner = TokenScanner(bytes: bytes, tokens: tokens, keys: keys, offsets: offsets, gramSize: gramSize)
            scanner.count = count
            scanner.keyCount = keyCount
            swap(&scanner.units, &units)
            defer { swap(&scanner.units, &units) }
            guard scanner.run() != nil else { return nil }
            return (scanner.count, scanner.keyCount, scanner.scalar)
        }
        guard let (newCount, newKeyCount, scalars) = scanned else { return nil }
        let byteShift = Int32(truncatingIfNeeded: out)
        let scalarShift = Int32(truncatingIfNeeded: scalar)
        for position in first..<(recordsTokens ? newCount : first) {
            tokens[position].utf8Start &+= byteShift
            tokens[position].utf8End &+= byteShift
            tokens[position].scalarStart &+= scalarShift
            tokens[position].scalarEnd &+= scalarShift
        }
        count = newCount
        keyCount = newKeyCount
        return (windowEnd, written, scalars)
    }

    /// Where a window starting at `start` ends: just past the first raw space that follows a raw
    /// ASCII letter or digit (no token runs on past such a space, and no rule looks past it), or at
    /// the end. Escapes are stepped over as the unescaper consumes them, so the window ends on an
    /// escape's boundary.
    static func windowEnd(_ source: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        let table = UnsafeBufferPointer(start: asciiKeyTable, count: 256)
        var index = start
        var afterAlphanumeric = false
        while index < end {
            let byte = source[index]
            if byte == 0x5C {
                let isUnicode =
                    index &+ 1 < end && source[index &+ 1] == UInt8(ascii: "u")
                    && JSONEscapes.hex4(UnsafeBufferPointer(start: source, count: end), at: index &+ 2) != nil
                index &+= isUnicode ? 6 : 2
                afterAlphanumeric = false
                continue
            }
            if byte == 0x20 && afterAlphanumeric { return index &+ 1 }
            afterAlphanumeric = table[Int(byte)] != 0
            index &+= 1
        }
        return end
    }

    /// The character a plain escape at `index` (a backslash) stands for, and the escape's length;
    /// nil for what the window's unescaper must settle: a surrogate (pairs, lone halves), an
    /// escape cut off by the end, anything a reader refuses.
    @inline(__always)
    static func escape(_ source: UnsafePointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, length: Int)? {
        guard index &+ 1 < end else { return nil }
        switch source[index &+ 1] {
        case UInt8(ascii: "n"): return (0x0A, 2)
        case UInt8(ascii: "\""): return (0x22, 2)
        case UInt8(ascii: "\\"): return (0x5C, 2)
        case UInt8(ascii: "/"): return (0x2F, 2)
        case UInt8(ascii: "t"): return (0x09, 2)
        case UInt8(ascii: "r"): return (0x0D, 2)
        case UInt8(ascii: "b"): return (0x08, 2)
        case UInt8(ascii: "f"): return (0x0C, 2)
        case UInt8(ascii: "u"):
            guard let value = JSONEscapes.hex4(UnsafeBufferPointer(start: source, count: end), at: index &+ 2),
                value < 0xD800 || value >= 0xE000
            else { return nil }
            return (value, 6)
        default:
            return nil
        }
    }

    /// A well-formed UTF-8 scalar outside ASCII at `index` (as `String` takes it: no overlong
    /// forms, surrogates or values past U+10FFFF) and its length; nil for anything else.
    @inline(__always)
    static func scalar(_ source: UnsafePointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, length: Int)? {
        let lead = source[index]
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard index &+ offset < end else { return nil }
            let byte = source[index &+ offset]
            return byte >= low && byte <= high ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let a = continuation(1) else { return nil }
            return (UInt32(lead & 0x1F) << 6 | a, 2)
        case 0xE0...0xEF:
            let (low, high): (UInt8, UInt8) = lead == 0xE0 ? (0xA0, 0xBF) : lead == 0xED ? (0x80, 0x9F) : (0x80, 0xBF)
            guard let a = continuation(1, low, high), let b = continuation(2) else { return nil }
            return (UInt32(lead & 0x0F) << 12 | a << 6 | b, 3)
        case 0xF0...0xF4:
            let (low, high): (UInt8, UInt8) = lead == 0xF0 ? (0x90, 0xBF) : lead == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
            guard let a = continuation(1, low, high), let b = continuation(2), let c = continuation(3) else { return nil }
            return (UInt32(lead & 0x07) << 18 | a << 12 | b << 6 | c, 4)
        default:
            return nil
        }
    }

    /// Whether the scanner steps over a scalar outside ASCII between tokens (as ``TokenScanner``
    /// does: everything but letters, digits and marks of any script).
    @inline(__always)
    static func isSkipped(_ value: UInt32) -> Bool {
        switch ScalarClass.of(value) {
        case .word, .mark, .unspaced: return false
        default: return true
        }
    }

    static func utf8Length(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }
}
