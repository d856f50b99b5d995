@testable import CopydeskText
import Testing

/// `tokenize(escapedJSON:into:)` reads a JSON string's bytes with their escapes: it must give the
/// tokens, keys, offsets and length that tokenising the unescaped text gives, whatever is
/// escaped and wherever (inside words, next to joiners, around hyphenated line breaks), and
/// repair invalid UTF-8 and broken surrogates as the unescaper and `String(decoding:)` do.
@Suite struct EscapedTokenizerTests {
    let tokenizer = WordTokenizer()

    /// How each character of a text is written in the JSON string.
    enum Escaping: CaseIterable {
        /// As JSON writers with defaults do: `\"`, `\\`, `\n` …, other control characters as
        /// `\u00XX`, the rest raw.
        case plain
        /// Everything outside ASCII as `\uXXXX` (surrogate pairs above U+FFFF), as Python's
        /// `json.dumps` writes by default.
        case asciiOnly
        /// Every character escaped as `\uXXXX`, letters included.
        case everything
        /// `/` as `\/` and a mix of the above, character by character.
        case mixed
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: value % 2 == 0)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x10000 { return hex(scalar.value) }
        let value = scalar.value - 0x10000
        return hex(0xD800 + (value >> 10)) + hex(0xDC00 + (value & 0x3FF))
    }

    /// `text` as the bytes between a JSON string's quotes.
    static func escape(_ text: String, _ escaping: Escaping, seed: UInt64 = 1) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        var out = ""
        for scalar in text.unicodeScalars {
            var how = escaping
            if how == .mixed { how = [.plain, .asciiOnly, .everything][Int(generator.next() % 3)] }
            if how == .everything || (how == .asciiOnly && scalar.value >= 0x80) {
                out += unicodeEscape(scalar)
                continue
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "/" where escaping == .mixed: out += "\\/"
            default:
                if scalar.value < 0x20 { out += hex(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return Array(out.utf8)
    }

    /// Expects the escaped reading of `escaped` to equal the plain reading of `text`.
    func expectSame(_ escaped: [UInt8], as text: String, _ comment: Comment? = nil) {
        let plain = tokenizer.tokenize(text)
        var found = TokenizedText()
        let length = escaped.withUnsafeBufferPointer { tokenizer.tokenize(escapedJSON: $0, into: &found) }
        #expect(length == text.utf8.count, comment)
        #expect(Array(found.tokens) == Array(plain.tokens), comment)
        #expect(Array(found.keyBytes) == Array(plain.keyBytes), comment)
        #expect(Array(found.keyOffsets) == Array(plain.keyOffsets), comment)
        // Keys only (dedup's reading): the same keys, no token records.
        var keysOnly = TokenizedText()
        let keysLength = escaped.withUnsafeBufferPointer { tokenizer.tokenizeKeys(escapedJSON: $0, into: &keysOnly) }
        #expect(keysLength == text.utf8.count, comment)
        #expect(keysOnly.count == plain.count, comment)
        #expect(keysOnly.tokens.isEmpty, comment)
        #expect(Array(keysOnly.keyBytes) == Array(plain.keyBytes), comment)
        #expect(Array(keysOnly.keyOffsets) == Array(plain.keyOffsets), comment)
    }

    static let texts: [String] = [
        "The ferry crews ended their strike on Friday, the union said after a night of talks.",
        "LAGOS, March 3 (Reuters) - \"We will not sign,\" the minister said.\n\nThe talks resume at 10:30.",
        "The govern-\nment's plan costs 1,250.5 million naira; O’Neill called it a \"maj-\n ority\" view.",
        "Zürich’s Bürgermeisterin sprach über die Straße — Ελλάδα, Москва, 東京都で会議が開かれた。",
        "ＦＵＬＬ ｗｉｄｔｈ ﬁnance ﬂights Ⅻ café CAFÉ e\u{301}te\u{301} İstanbul ß ǅ ﷺ",
        "rnodern wcre tbe 0n 1462 vvater l0cal don't rock'n'roll 3.5. 1,000, x-\r\n  y a\u{2010}\nb",
        "emoji 😀 in a 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 line, tab\tand back\\slash a/b \u{01} \u{1F}",
        "ไทยภาษา ကမ္ဘာ ខ្មែរ 한국어 문장 soft\u{00AD}hyphen zero\u{200D}joiner",
        "word",
        "   \n\t  ",
        "",
        "numbers 1,250,000.75 and 3.5. then 7,a 9.\n 0.5\" 12,345, v1.2.3 4.5-\nfold 1,,2 3..4 5.,6 8,9",
        "end with a hyphen-",
        "end with an apostrophe' and a dot.",
    ]

    @Test(arguments: Escaping.allCases)
    func escapedTextsTokeniseAsTheirUnescapedText(_ escaping: Escaping) {
        for (index, text) in Self.texts.enumerated() {
            for seed in 1...3 {
                expectSame(Self.escape(text, escaping, seed: UInt64(seed * 31 + index)), as: text, "\(escaping) \(text)")
            }
        }
    }

    /// Random texts from everything the scanner treats specially, written every way.
    @Test func randomTextsEscapedEveryWay() {
        let pool = Array(
            "aZ9q .,'-’\"\\/\u{2010}\n\r\t\u{00AD}\u{200D}\u{0301}\u{0E49}ßΣЖ中文かなไทย😀ﬁ１\u{FFFD}\u{2014}“”"
                .unicodeScalars)
        var generator = SplitMix64(seed: 7)
        for round in 0..<600 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 48) { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let text = String(view)
            for escaping in Escaping.allCases {
                expectSame(Self.escape(text, escaping, seed: UInt64(round)), as: text, "\(escaping) \(round)")
            }
        }
    }

    /// What the unescaper repairs (lone or mismatched surrogates, invalid UTF-8 copied from the
    /// line, escapes a reader would refuse) tokenises as the repaired text.
    @Test(arguments: [
        "lone \\ud800 high and \\udc00 low surrogates",
        "a high \\ud83d\\u0041 before a letter, two highs \\ud83d\\ud83d\\ude00 then a pair",
        "word\\ud83dword and\\udfffend",
        "pair inside a word: ab\\ud835\\udd18cd ok",
        "bad escapes \\x and \\u12G4 and \\u12 at the end \\",
        "cut \\u00",
        "trailing backslash\\",
    ])
    func repairedEscapes(_ line: String) {
        let escaped = Array(line.utf8)
        expectSame(escaped, as: Self.unescapedByTheUnescaper(escaped), "\(line)")
    }

    @Test func invalidUTF8IsRepairedAsByString() {
        let cases: [[UInt8]] = [
            Array("Gdańsk — “port” ".utf8) + [0xC3, 0x28, 0xFF] + Array(" sa\\u00EFd \\ud83d\\ude00 end".utf8),
            Array("word".utf8) + [0xE2, 0x82] + Array("more words here".utf8),
            [0xED, 0xA0, 0x80] + Array(" surrogate as bytes, ".utf8) + [0xC0, 0x80] + Array(" overlong".utf8),
            Array("caf".utf8) + [0xC3] + Array("\\n".utf8) + [0xA9] + Array(" split by an escape ".utf8) + [0xF4, 0x90, 0x80, 0x80],
            [0x80, 0x80, 0x41, 0x42, 0x20, 0x43, 0xF0, 0x9F, 0x98],
        ]
        for escaped in cases {
            expectSame(escaped, as: Self.unescapedByTheUnescaper(escaped), "\(escaped)")
        }
    }

    /// Random bytes, most of them ASCII letters, spaces and backslashes, as a line would hold
    /// them after a reader that did not check them: the same as unescaping, repairing and
    /// tokenising.
    @Test func randomBytes() {
        let pool: [UInt8] = Array("ab z9.,'-\\\\\\nu\"0D8d".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xFF, 0xED]
        var generator = SplitMix64(seed: 3)
        for _ in 0..<2000 {
            let escaped = (0..<Int(generator.next() % 40)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            expectSame(escaped, as: Self.unescapedByTheUnescaper(escaped), "\(escaped)")
        }
    }

    /// Keys longer than the escaped text (NFKC expansion) still fit: the scan runs again with room.
    @Test func keysLongerThanTheEscapedTextStillFit() {
        let text = String(repeating: "ﷺ", count: 40) + " and " + String(repeating: "ﷺ", count: 40)
        expectSame(Self.escape(text, .plain), as: text)
        expectSame(Self.escape(text, .asciiOnly), as: text)
    }

    /// One buffer reused for texts of every kind, longest first and last.
    @Test func reusedBuffersGiveTheSameTokens() {
        var reused = TokenizedText()
        for text in Self.texts.reversed() + Self.texts {
            let escaped = Self.escape(text, .mixed)
            let length = escaped.withUnsafeBufferPointer { tokenizer.tokenize(escapedJSON: $0, into: &reused) }
            let plain = tokenizer.tokenize(text)
            #expect(length == text.utf8.count)
            #expect(Array(reused.tokens) == Array(plain.tokens))
            #expect(Array(reused.keyBytes) == Array(plain.keyBytes))
        }
    }

    /// A buffer filled keys-only and then by the full reading (or by `append`) has its tokens again.
    @Test func aKeysOnlyBufferGetsItsTokensBack() {
        var reused = TokenizedText()
        let text = "The union said on Friday: \"We will not sign.\""
        let escaped = Self.escape(text, .plain)
        escaped.withUnsafeBufferPointer { _ = tokenizer.tokenizeKeys(escapedJSON: $0, into: &reused) }
        #expect(reused.tokens.isEmpty && reused.count == 9)
        escaped.withUnsafeBufferPointer { _ = tokenizer.tokenize(escapedJSON: $0, into: &reused) }
        #expect(Array(reused.tokens) == Array(tokenizer.tokenize(text).tokens))
        escaped.withUnsafeBufferPointer { _ = tokenizer.tokenizeKeys(escapedJSON: $0, into: &reused) }
        reused.append(Token(utf8: 0..<4, scalars: 0..<4, kind: .word), key: "wire")
        #expect(reused.count == 1 && reused.tokens.count == 1 && reused.key(0) == "wire")
    }

    static func unescapedByTheUnescaper(_ escaped: [UInt8]) -> String {
        var target = [UInt8](repeating: 0, count: escaped.count)
        let written = escaped.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { JSONEscapes.unescape(source, into: $0) }
        }
        return String(decoding: target[0..<written], as: UTF8.self)
    }
}
