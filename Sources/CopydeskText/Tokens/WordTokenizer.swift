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
        tokenize(text).tokens
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
            var scanner = Scanner(bytes: bytes, gramSize: characterGramSize)
            scanner.run(into: &result)
        }
    }
}

/// 0: separator, 1: lower-case letter, 2: upper-case letter, 3: digit.
private let asciiClass: [UInt8] = (0..<128).map { byte in
    switch UInt8(byte) {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): 1
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): 2
    case UInt8(ascii: "0")...UInt8(ascii: "9"): 3
    default: 0
    }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let gramSize: Int
    /// Byte and scalar position of the scan.
    var index = 0
    var scalar = 0
    /// Unit starts (byte, scalar) of the current unspaced run, reused across runs.
    var units: [(Int, Int)] = []

    init(bytes: UnsafeBufferPointer<UInt8>, gramSize: Int) {
        self.bytes = bytes
        self.gramSize = gramSize
    }

    mutating func run(into result: inout TokenizedText) {
        asciiClass.withUnsafeBufferPointer { table in
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if table[Int(byte)] != 0 {
                        scanWord(table, into: &result)
                    } else {
                        index += 1
                        scalar += 1
                    }
                    continue
                }
                let (value, length) = decodeScalar(bytes, at: index)
                switch ScalarClass.of(value) {
                case .word, .mark:
                    scanWord(table, into: &result)
                case .unspaced:
                    scanUnspaced(into: &result)
                default:
                    index += length
                    scalar += 1
                }
            }
        }
    }

    /// Is the scalar at `position` a letter (of any script)?
    func isLetter(at position: Int, _ table: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return table[Int(byte)] == 1 || table[Int(byte)] == 2 }
        let cls = ScalarClass.of(decodeScalar(bytes, at: position).value)
        return cls == .word || cls == .unspaced
    }

    /// The byte just past a hyphenated line break whose hyphen ends before `afterHyphen`: blanks,
    /// a line feed (optionally after a carriage return), blanks, then a lower-case letter.
    func hyphenatedBreakEnd(after afterHyphen: Int) -> Int? {
        var position = afterHyphen
        func skipBlanks() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        }
        skipBlanks()
        if position < bytes.count, bytes[position] == 0x0D { position += 1 }
        guard position < bytes.count, bytes[position] == 0x0A else { return nil }
        position += 1
        skipBlanks()
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        if byte < 0x80 { return (0x61...0x7A).contains(byte) ? position : nil }
        let value = decodeScalar(bytes, at: position).value
        guard let next = Unicode.Scalar(value), next.properties.isLowercase else { return nil }
        return position
    }

    mutating func scanWord(_ table: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) {
        let startByte = index
        let startScalar = scalar
        let keyStart = result.keyBytes.count
        var needsFolding = false
        var onlyDigits = true
        var lastWasLetter = false
        var lastWasDigit = false
        scan: while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                switch table[Int(byte)] {
                case 1, 2:
                    result.keyBytes.append(byte | 0x20)
                    lastWasLetter = true
                    lastWasDigit = false
                    onlyDigits = false
                case 3:
                    result.keyBytes.append(byte)
                    lastWasLetter = false
                    lastWasDigit = true
                default:
                    if byte == UInt8(ascii: "'"), lastWasLetter, isLetter(at: index + 1, table) {
                        result.keyBytes.append(byte)
                        lastWasLetter = false
                    } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), lastWasDigit,
                        index + 1 < bytes.count, table[Int(bytes[index + 1] & 0x7F)] == 3, bytes[index + 1] < 0x80
                    {
                        result.keyBytes.append(byte)
                        lastWasDigit = false
                    } else if byte == UInt8(ascii: "-"), lastWasLetter, let end = hyphenatedBreakEnd(after: index + 1) {
                        // Every byte skipped is ASCII, so bytes and scalars advance together.
                        scalar += end - index
                        index = end
                        continue scan
                    } else {
                        break scan
                    }
                }
                index += 1
                scalar += 1
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            switch ScalarClass.of(value) {
            case .word, .mark:
                result.keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                lastWasLetter = true
                lastWasDigit = false
                onlyDigits = false
            case .apostrophe where lastWasLetter && isLetter(at: index + length, table):
                result.keyBytes.append(UInt8(ascii: "'"))
                lastWasLetter = false
            case .softHyphen:
                break
            case .separator where value == 0x2010 && lastWasLetter:
                // U+2010 HYPHEN ending a line inside a word, as `-` above.
                guard let end = hyphenatedBreakEnd(after: index + length) else { break scan }
                scalar += 1 + end - (index + length)
                index = end
                continue scan
            case .joiner:
                result.keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
            default:
                break scan
            }
            index += length
            scalar += 1
        }
        if needsFolding { refold(from: keyStart, in: &result) }
        result.append(Token(utf8: startByte..<index, scalars: startScalar..<scalar, kind: onlyDigits ? .number : .word))
    }

    /// A run of letters from scripts without spaces, cut into overlapping n-grams of characters
    /// (a character being a letter with the combining marks that follow it).
    mutating func scanUnspaced(into result: inout TokenizedText) {
        units.removeAll(keepingCapacity: true)
        while index < bytes.count, bytes[index] >= 0x80 {
            let (value, length) = decodeScalar(bytes, at: index)
            let cls = ScalarClass.of(value)
            if cls == .unspaced || units.isEmpty {
                units.append((index, scalar))
            } else if cls != .mark && cls != .joiner {
                break
            }
            index += length
            scalar += 1
        }
        let end = (index, scalar)
        let size = min(gramSize, units.count)
        for first in 0...(units.count - size) {
            let start = units[first]
            let stop = first + size < units.count ? units[first + size] : end
            let keyStart = result.keyBytes.count
            var needsFolding = false
            var position = start.0
            while position < stop.0 {
                let (value, length) = decodeScalar(bytes, at: position)
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                position += length
            }
            result.keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start.0..<stop.0]))
            if needsFolding { refold(from: keyStart, in: &result) }
            result.append(Token(utf8: start.0..<stop.0, scalars: start.1..<stop.1, kind: .characterGram))
        }
    }

    /// Replaces the key bytes written since `keyStart` by their NFKC, case-folded form.
    func refold(from keyStart: Int, in result: inout TokenizedText) {
        let raw = String(decoding: result.keyBytes[keyStart...], as: UTF8.self)
        result.keyBytes.removeSubrange(keyStart...)
        result.keyBytes.append(contentsOf: TextNormalizer().fold(raw).utf8)
    }
}
