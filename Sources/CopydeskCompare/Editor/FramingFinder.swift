/// Framing: each source's headline and lede side by side, and the word choices that set sources
/// apart — the words one prints where an aligned sentence of another prints others
/// ("homosexual couples" / "same-sex couples").
///
/// Word choices come from the aligned pairs themselves, not from a list of loaded words: the
/// two sentences' words are lined up (longest common subsequence), and each stretch that one
/// replaced with another — one to three words on each side, between shared words — is a
/// choice, unless it is a number or date (that is a conflict), a name, a change of form only
/// ("rise" / "rose" by stem), or function words only.
struct FramingFinder: Sendable {
    let index: ReportIndex

    /// Replacements longer than this are rewrites, not word choices.
    static let longest = 3
    /// A lede has at least this many words (a dateline or a kicker is not one).
    static let ledeWords = 8

    func framing() -> EditorAnswers.Framing {
        let headlines = index.report.sources.map { EditorAnswers.Framing.Line(source: $0.id, text: $0.title) }
        let ledes = index.ids.enumerated().map { s, id in
            let title = index.report.sources[s].title.map(Self.words)?.map(\.key)
            let lede = index.sentences[s].first { sentence in
                let words = Self.words(sentence.text)
                return words.count >= Self.ledeWords && words.map(\.key) != title
            }
            return EditorAnswers.Framing.Line(source: id, text: lede?.text)
        }
        return .init(headlines: headlines, ledes: ledes, wordChoices: wordChoices())
    }

    struct Word: Sendable {
        var text: Substring
        var key: String
        var capitalized: Bool
    }

    /// The words of a sentence with the punctuation around them trimmed; keys lowercased, with
    /// curly apostrophes folded.
    static func words(_ text: String) -> [Word] {
        // Split at ASCII white space by bytes; only the two ends of a word are looked at as
        // scalars (punctuation and quotation marks trimmed).
        var found: [Word] = []
        let utf8 = text.utf8
        var start: String.Index? = nil
        func take(_ end: String.Index) {
            guard let from = start else { return }
            start = nil
            var piece = text[from..<end]
            while let first = piece.unicodeScalars.first, !Self.isWordScalar(first, edge: "$") {
                piece = piece.dropFirst()
            }
            while let last = piece.unicodeScalars.last, !Self.isWordScalar(last, edge: "%") { piece = piece.dropLast() }
            guard !piece.isEmpty else { return }
            let key = String(piece.lowercased().map { $0 == "’" ? "'" : $0 })
            let capitalized = piece.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
            found.append(Word(text: piece, key: key, capitalized: capitalized))
        }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                take(index)
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        take(utf8.endIndex)
        return found
    }

    static func isWordScalar(_ scalar: Unicode.Scalar, edge: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || scalar == edge
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    func wordChoices() -> [EditorAnswers.Framing.WordChoice] {
        struct Tally {
            var words: String
            var otherWords: String
            var sources: Set<String>
            var others: Set<String>
            var count: Int
            var example: EditorAnswers.Framing.WordChoice.SentencePair
            var order: Int
        }
        // Keyed by the two wordings in a fixed order, so copies that print the same words join.
        var tallies: [String: Tally] = [:]
        // Each sentence's words, read once: a sentence is in as many pairs as it has counterparts.
        // Keys numbered once, so the word alignment compares integers, not strings.
        var wordsOf: [[Sentence?]] = index.sentences.map { Array(repeating: nil, count: $0.count) }
        var numbers: [String: Int] = [:]
        func words(_ s: Int, _ row: Int) -> Sentence {
            if let known = wordsOf[s][row] { return known }
            let found = Self.words(index.sentences[s][row].text)
            let keys = found.map { word in
                if let number = numbers[word.key] { return number }
                numbers[word.key] = numbers.count
                return numbers.count - 1
            }
            let sentence = Sentence(words: found, keys: keys)
            wordsOf[s][row] = sentence
            return sentence
        }
        for (s, list) in index.sentences.enumerated() {
            for (row, sentence) in list.enumerated() {
                for counterpart in sentence.counterparts
                where counterpart.match == .edited
                    || (counterpart.match == .paraphrase && counterpart.similarity >= ConflictFinder.paraphraseFloor)
                {
                    guard let t = index.position(of: counterpart.source), t > s,
                        let otherRow = index.sentences[t].firstIndex(where: { $0.index == counterpart.index })
                    else { continue }
                    let other = index.sentences[t][otherRow]
                    for (mine, theirs) in Self.replacements(words(s, row), words(t, otherRow)) {
                        let a = mine.map(\.key).joined(separator: " ")
                        let b = theirs.map(\.key).joined(separator: " ")
                        let flipped = b < a
                        let key = flipped ? "\(b)|\(a)" : "\(a)|\(b)"
                        let (left, right) = flipped ? (index.ids[t], index.ids[s]) : (index.ids[s], index.ids[t])
                        if tallies[key] == nil {
                            let printed = (
                                mine.map { String($0.text) }.joined(separator: " "),
                                theirs.map { String($0.text) }.joined(separator: " ")
                            )
                            tallies[key] = Tally(
                                words: flipped ? printed.1 : printed.0, otherWords: flipped ? printed.0 : printed.1,
                                sources: [], others: [], count: 0,
                                example: flipped
                                    ? .init(
                                        source: index.ids[t], index: other.index, other: index.ids[s],
                                        otherIndex: sentence.index)
                                    : .init(
                                        source: index.ids[s], index: sentence.index, other: index.ids[t],
                                        otherIndex: other.index),
                                order: tallies.count)
                        }
                        tallies[key]?.sources.insert(left)
                        tallies[key]?.others.insert(right)
                        tallies[key]?.count += 1
                    }
                }
            }
        }
        let choices = tallies.values.sorted { ($0.count, $1.order) > ($1.count, $0.order) }.map { tally in
            var choice = EditorAnswers.Framing.WordChoice(
                words: tally.words, sources: index.ordered(tally.sources), otherWords: tally.otherWords,
                others: index.ordered(tally.others), count: tally.count, example: tally.example)
            // The outlet that chose differently first: the side fewer sources take.
            if choice.others.count < choice.sources.count {
                choice = .init(
                    words: tally.otherWords, sources: choice.others, otherWords: tally.words, others: choice.sources,
                    count: tally.count,
                    example: .init(
                        source: tally.example.other, index: tally.example.otherIndex, other: tally.example.source,
                        otherIndex: tally.example.index))
            }
            return choice
        }
        return choices
    }

    struct Sentence: Sendable {
        var words: [Word]
        /// Each word's key as a number, the same number for the same key across the story.
        var keys: [Int]
    }

    /// The stretches `a` and `b` replace with each other, between the words they share in order.
    static func replacements(_ first: Sentence, _ second: Sentence) -> [([Word], [Word])] {
        let a = first.words
        let b = second.words
        let keysA = first.keys
        let keysB = second.keys
        let n = min(a.count, keysA.count)
        let m = min(b.count, keysB.count)
        guard n > 0, m > 0, n * m <= 40_000 else { return [] }
        // LCS table from the end, so the walk below runs forward.
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    keysA[i] == keysB[j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var found: [([Word], [Word])] = []
        var i = 0
        var j = 0
        var runA: [Word] = []
        var runB: [Word] = []
        var anchoredBefore = false
        func close(anchoredAfter: Bool) {
            defer {
                runA = []
                runB = []
            }
            // Between shared words on both sides: a stretch at either end is a cut or an
            // addition, or the seam of two statements, not a choice of words.
            guard anchoredBefore, anchoredAfter, isChoice(runA, runB) else { return }
            found.append((runA, runB))
        }
        while i < n || j < m {
            if i < n, j < m, keysA[i] == keysB[j] {
                close(anchoredAfter: true)
                anchoredBefore = true
                i += 1
                j += 1
            } else if j >= m || (i < n && table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) {
                runA.append(a[i])
                i += 1
            } else {
                runB.append(b[j])
                j += 1
            }
        }
        close(anchoredAfter: false)
        return found
    }

    static func isChoice(_ a: [Word], _ b: [Word]) -> Bool {
        guard (1...longest).contains(a.count), (1...longest).contains(b.count) else { return false }
        for run in [a, b] {
            // Numbers and dates are conflicts; names differ by who is meant, not by framing.
            if run.contains(where: { word in
                word.key.contains(where: \.isNumber)
                    || word.key.split(separator: "-").contains {
                        Lexicon.numberWords[String($0)] != nil || Lexicon.ordinalWords[String($0)] != nil
                    }
            }) {
                return false
            }
            // A capitalised word is a name or a title ("Mr", "F.B.I."), or a misspelt one.
            if run.contains(where: { $0.capitalized }) { return false }
            // Mostly function words: a clause rebuilt ("a spokeswoman for" / "described").
            let function = run.filter { Lexicon.stopwords.contains($0.key) }.count
            if function * 2 >= run.count + (run.count == 1 ? 0 : 1) { return false }
            if run.contains(where: { Lexicon.months[$0.key] != nil || Lexicon.weekdays[$0.key] != nil }) {
                return false
            }
        }
        // Spelling only: "same sex" / "same-sex", "double dip" / "double-dip".
        let letters = { (run: [Word]) in String(run.flatMap { $0.key.filter(\.isLetter) }) }
        if letters(a) == letters(b) { return false }
        let stems = { (run: [Word]) in run.filter { !Lexicon.stopwords.contains($0.key) }.map { Stemmer.stem($0.key) } }
        return stems(a) != stems(b)
    }
}
