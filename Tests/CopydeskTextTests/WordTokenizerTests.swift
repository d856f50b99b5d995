import CopydeskText
import Testing

@Suite struct WordTokenizerTests {
    let tokenizer = WordTokenizer()

    func keys(_ text: String) -> [String] {
        let tokenized = tokenizer.tokenize(text)
        return (0..<tokenized.count).map { tokenized.key($0) }
    }

    @Test(arguments: [
        (
            "Xi Jinping’s visit, 3.5% of 1,000 — in 2001.",
            ["xi", "jinping's", "visit", "3.5", "of", "1,000", "in", "2001"]
        ),
        ("Don't stop; O'Neill said 'no'.", ["don't", "stop", "o'neill", "said", "no"]),
        ("the major-\nity of U.S. voters", ["the", "majority", "of", "u", "s", "voters"]),
        ("the major\u{2010}\n  ity, Smith-\nJones", ["the", "majority", "smith", "jones"]),
        ("well-known co\u{00AD}operation", ["well", "known", "cooperation"]),
        ("Президент Казахстана заявил", ["президент", "казахстана", "заявил"]),
        ("Ο ΠΡΩΤΟΘΥΠΟΥΡΓΟΣ είπε", ["ο", "πρωτοθυπουργοσ", "είπε"]),
        ("प्रधानमंत्री नरेंद्र मोदी ने कहा", ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "कहा"]),
        ("প্রধানমন্ত্রী শেখ হাসিনা বলেন", ["প্রধানমন্ত্রী", "শেখ", "হাসিনা", "বলেন"]),
        ("قال الرئيس الصيني، شي جين بينغ", ["قال", "الرئيس", "الصيني", "شي", "جين", "بينغ"]),
        ("中国国家主席习近平", ["中国", "国国", "国家", "家主", "主席", "席习", "习近", "近平"]),
        ("東京で会談。", ["東京", "京で", "で会", "会談"]),
        ("ＡＢＣ放送 2023年", ["abc", "放送", "2023", "年"]),
    ])
    func keysOf(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test func numbersAreNumbers() {
        let tokens = tokenizer.tokens(in: "In 2001 it rose 3.5 percent")
        #expect(tokens.map(\.kind) == [.word, .number, .word, .word, .number, .word])
    }

    /// Every token's byte and scalar offsets pick out the same stretch of the original text.
    @Test(arguments: [
        "NUR-SULTAN, Sept 14 (AFP) - China’s President Xi Jinping, on his first trip abroad.",
        "Президент Китая Си Цзиньпин прибыл в Нур-Султан — первый визит с 2020 года.",
        "Ο πρόεδρος της Κίνας Σι Τζινπίνγκ έφτασε στο Νουρ-Σουλτάν.",
        "চীনের প্রেসিডেন্ট শি জিনপিং কাজাখস্তানে পৌঁছেছেন।",
        "चीन के राष्ट्रपति शी जिनपिंग कज़ाख़स्तान पहुँचे।",
        "وصل الرئيس الصيني شي جين بينغ إلى نور سلطان.",
        "中国国家主席习近平抵达努尔苏丹，这是他疫情以来首次出访。",
        "習近平国家主席は１４日、カザフスタンに到着した。",
        "ประธานาธิบดีสีจิ้นผิงเดินทางถึงคาซัคสถาน",
        "Mixed: Nur-Sultan (Нур-Султан) 努尔苏丹 นูร์-ซุลตัน 🇰🇿 e\u{301}te\u{301}",
    ])
    func offsetsRoundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        let tokens = tokenizer.tokens(in: text)
        #expect(!tokens.isEmpty)
        var previousStart = -1
        for token in tokens {
            let byScalars = String(String.UnicodeScalarView(scalars[token.scalars]))
            let byBytes = String(decoding: bytes[token.utf8], as: UTF8.self)
            #expect(byScalars == byBytes)
            #expect(!byScalars.isEmpty)
            #expect(token.scalars.lowerBound > previousStart)
            previousStart = token.scalars.lowerBound
        }
    }

    @Test func keysAreTheFoldedTokens() {
        let text = "Kazakhstan’s ΠΡΟΕΔΡΟΣ Straße ＴＯＫＹＯ ﬁnal"
        let tokenized = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for index in 0..<tokenized.count {
            let original = String(String.UnicodeScalarView(scalars[tokenized.tokens[index].scalars]))
            #expect(tokenized.key(index) == TextNormalizer().fold(original))
        }
    }

    @Test func thaiKeepsMarksWithTheirLetters() {
        // น + ้ + ำ: the marks belong to their letter, so no gram starts with a mark.
        let text = "น้ำท่วม"
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokens(in: text)
        #expect(tokens.count == 4)
        for token in tokens {
            #expect(scalars[token.scalars.lowerBound].properties.generalCategory != .nonspacingMark)
        }
    }

    @Test func reusedBuffersGiveTheSameTokens() {
        var reused = TokenizedText()
        tokenizer.tokenize("A long first text with many words in it.", into: &reused)
        tokenizer.tokenize("Short one", into: &reused)
        #expect(Array(reused.tokens) == tokenizer.tokens(in: "Short one"))
        #expect((0..<reused.count).map { reused.key($0) } == ["short", "one"])
    }
}

@Suite struct WordTokenizerRobustnessTests {
    let tokenizer = WordTokenizer()

    /// Random text from a pool of everything the scanner treats specially: no crash, offsets that
    /// round-trip, tokens in order, and the same tokens when the buffers are reused.
    @Test func randomTextKeepsItsInvariants() {
        let pool = Array(
            "aZ9 .,'-’\u{2010}\n\r\t\u{00AD}\u{200D}\u{0301}\u{0E49}ﷺ㍻ßΣЖ中文かなไทย한국어١٢😀ﬁ１\u{FFFD}".unicodeScalars)
        var generator = SplitMix64(seed: 99)
        var reused = TokenizedText()
        for _ in 0..<400 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 40) { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let text = String(view)
            let scalars = Array(text.unicodeScalars)
            let bytes = Array(text.utf8)
            let tokenized = tokenizer.tokenize(text)
            var previous = -1
            for (index, token) in tokenized.tokens.enumerated() {
                #expect(token.scalars.lowerBound > previous && token.scalars.upperBound <= scalars.count)
                previous = token.scalars.lowerBound
                let byScalars = String(String.UnicodeScalarView(scalars[token.scalars]))
                #expect(byScalars == String(decoding: bytes[token.utf8], as: UTF8.self))
                #expect(!tokenized.key(index).isEmpty)
            }
            tokenizer.tokenize(text, into: &reused)
            #expect(Array(reused.tokens) == Array(tokenized.tokens))
        }
    }

    /// ﷺ folds to 33 bytes from 3: the key buffer sized from the text overflows and the scan
    /// runs again with more room.
    @Test func keysLongerThanTheTextStillFit() {
        let text = String(repeating: "ﷺ", count: 50)
        let tokenized = tokenizer.tokenize(text)
        #expect(tokenized.count == 1)
        #expect(tokenized.key(0) == TextNormalizer().fold(text))
        #expect(tokenized.keyBytes.count > text.utf8.count * 5)
    }
}

/// The ASCII fast path reads eight bytes at a time and takes the byte that ends a word from the
/// same load: words of every length at every alignment, ended by each kind of byte, must give
/// the keys and offsets a byte-by-byte reading gives.
@Suite struct WordTokenizerWordEndTests {
    let tokenizer = WordTokenizer()

    /// (what follows the word, whether it joins the word, bytes before the next word).
    static let endings: [(String, String?, Int)] = [
        (" ", nil, 1), ("  ", nil, 2), ("\u{0}", nil, 1), ("!", nil, 1), (", ", nil, 2), ("- ", nil, 2),
        ("\n", nil, 1), ("'s ", "'s", 3), ("é ", "é", 2), ("\u{2019}s ", "'s", 5),
    ]

    @Test(arguments: 0..<endings.count)
    func wordsEndWhereTheyShould(ending: Int) {
        let (tail, joined, gap) = Self.endings[ending]
        let letters = Array("PrimeMinisterAnnouncedToday")
        for length in 1...24 {
            for shift in 0..<9 {
                let word = String(letters[0..<length])
                let text = String(repeating: " ", count: shift) + word + tail + "Next"
                let tokenized = tokenizer.tokenize(text)
                let keys = (0..<tokenized.count).map { tokenized.key($0) }
                let first = word.lowercased() + (joined ?? "")
                let firstEnd = shift + length + (joined.map { _ in gap - 1 } ?? 0)
                #expect(keys == [first, "next"], "\(length) \(shift) \(tail.debugDescription)")
                guard tokenized.count == 2 else { continue }
                let tokens = Array(tokenized.tokens)
                #expect(tokens[0].utf8.lowerBound == shift)
                #expect(tokens[1].utf8 == (text.utf8.count - 4)..<text.utf8.count)
                #expect(tokens[1].scalars.upperBound == text.unicodeScalars.count)
                if joined == nil { #expect(tokens[0].utf8 == shift..<firstEnd) }
            }
        }
    }

    /// Numbers keep `.` and `,` between digits however their digits fall across eight bytes, and
    /// a word at the very end of the text ends there.
    @Test func numbersAndTheEndOfTheText() {
        let digits = Array("12345678901234567")
        for length in 1...17 {
            for shift in 0..<9 {
                let number = String(digits[0..<length])
                let pad = String(repeating: " ", count: shift)
                let joined = tokenizer.tokenize(pad + number + ".5 x")
                #expect((0..<joined.count).map { joined.key($0) } == [number + ".5", "x"])
                #expect(joined.tokens.first?.kind == .number)
                let apart = tokenizer.tokenize(pad + number + ". x")
                #expect((0..<apart.count).map { apart.key($0) } == [number, "x"])
                let last = tokenizer.tokenize(pad + "Ab" + number)
                #expect(last.count == 1 && last.key(0) == "ab" + number)
                #expect(last.tokens.first?.utf8 == shift..<(shift + 2 + length))
            }
        }
    }
}
