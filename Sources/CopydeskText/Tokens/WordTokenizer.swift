/// Splits text into words, numbers and character n-grams, keeping each token's offsets into the
/// original text and computing its normalised key on the way.
///
/// It runs over UTF-8 bytes, not `Character`s: ASCII bytes go eight at a time through SWAR range checks (a 256-entry table for the tail), other
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

    /// A tokenizer whose character n-grams (for scripts without spaces) are `characterGramSize`
    /// characters long, at least one.
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
        var text = text
        text.withUTF8 { tokenize(utf8: $0, into: &result) }
    }

    /// Tokenises the text whose UTF-8 bytes are `bytes` into `result`, as
    /// ``tokenize(_:into:)`` tokenises the same text as a `String`: for a reader that holds the
    /// bytes in a buffer of its own (dedup's intake) and need not make a `String` of them.
    ///
    /// - Precondition: `bytes` is well-formed UTF-8 (as a `String`'s are); anything else is read
    ///   without trapping, each bad byte a separator, but is not guaranteed to match a `String`'s
    ///   repaired form.
    public func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) {
        result.removeAll()
        result.recordsTokens = true
        // Keys of ASCII words are never longer than the words; n-grams repeat each character
        // `gramSize` times; NFKC can expand a few characters more, in which case the scan
        // reports it ran out of room and runs again with twice the room.
        var keyCapacity = bytes.count * max(2, characterGramSize) + 64
        while true {
            result.reserve(tokens: bytes.count + 1, keyBytes: keyCapacity)
            let count = result.tokenStorage.withUnsafeMutableBufferPointer { tokens in
                result.keyStorage.withUnsafeMutableBufferPointer { keys in
                    result.offsetStorage.withUnsafeMutableBufferPointer { offsets in
                        var scanner = TokenScanner(
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

    /// Tokenises the text a JSON string stands for, given as the bytes between its quotes with
    /// their escapes (`\n`, `\"`, `\uXXXX` and surrogate pairs …), into `result`: the same
    /// tokens, keys and offsets as ``tokenize(_:into:)`` gives for the unescaped text (invalid
    /// UTF-8 repaired as `String(decoding:as:)` repairs it), in one pass over the escaped bytes
    /// with no unescaped copy of the whole text (see `EscapedTokenScanner`).
    ///
    /// - Returns: the unescaped text's length in UTF-8 bytes.
    /// - Complexity: O(n) in the escaped length.
    @discardableResult
    public func tokenize(escapedJSON bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) -> Int {
        tokenize(escapedJSON: bytes, into: &result, recordsTokens: true)
    }

    /// ``tokenize(escapedJSON:into:)`` writing only the keys and their offsets, not the token
    /// records (offsets in the text, kinds): all that shingling reads, for dedup's intake.
    /// `result.tokens` is then empty; `count`, `keyBytes` and `keyOffsets` are as the full
    /// reading gives them.
    /// - Returns: the unescaped text's length in UTF-8 bytes.
    @discardableResult
    package func tokenizeKeys(escapedJSON bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) -> Int {
        tokenize(escapedJSON: bytes, into: &result, recordsTokens: false)
    }

    func tokenize(
        escapedJSON bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText, recordsTokens: Bool
    ) -> Int {
        result.removeAll()
        result.recordsTokens = recordsTokens
        var keyCapacity = bytes.count * max(2, characterGramSize) + 64
        if result.windowStorage.count < bytes.count {
            result.windowStorage.append(contentsOf: repeatElement(0, count: bytes.count - result.windowStorage.count))
        }
        while true {
            result.reserve(tokens: bytes.count + 1, keyBytes: keyCapacity)
            let scanned = result.tokenStorage.withUnsafeMutableBufferPointer { tokens in
                result.keyStorage.withUnsafeMutableBufferPointer { keys in
                    result.offsetStorage.withUnsafeMutableBufferPointer { offsets in
                        result.windowStorage.withUnsafeMutableBufferPointer { window in
                            var scanner = EscapedTokenScanner(
                                escaped: bytes, tokens: tokens, keys: keys, offsets: offsets, window: window,
                                gramSize: characterGramSize, recordsTokens: recordsTokens)
                            return scanner.run()
                        }
                    }
                }
            }
            if let scanned {
                result.count = scanned.count
                return scanned.length
            }
            keyCapacity *= 2
        }
    }
}

/// For ASCII letters and digits, the byte of the key (letters lower-cased); 0 for every other
/// byte, non-ASCII lead and continuation bytes included. Allocated once and never freed, so the
/// scanner can hold a plain pointer to it; it is only ever read after its one-time initialisation.
nonisolated(unsafe) let asciiKeyTable: UnsafePointer<UInt8> = {
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

/// Non-zero for the bytes that may carry a word on past a run of ASCII letters and digits (see
/// `TokenScanner.continuesWord`): `'`, `.`, `,`, `-` and every non-ASCII byte. Any other byte
/// ends the word without further checks. Allocated once and never freed, like `asciiKeyTable`.
nonisolated(unsafe) let wordStopTable: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0..<256 {
        switch UInt8(byte) {
        case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), 0x80...0xFF: table[byte] = 1
        default: table[byte] = 0
        }
    }
    return UnsafePointer(table)
}()
