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
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { raw in
            var piece = raw[...]
            while let first = piece.first, !(first.isLetter || first.isNumber || first == "$") {
                piece.removeFirst()
            }
            while let last = piece.last, !(last.isLetter || last.isNumber || last == "%") { piece.removeLast() }
            guard !piece.isEmpty else { return nil }
            let key = String(piece.lowercased().map { $0 == "’" ? "'" : $0 })
            return Word(text: piece, key: key, capitalized: piece.first?.isUppercase ?? false)
        }
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
        for (s, list) in index.sentences.enumerated() {
            for sentence in list {
                for counterpart in sentence.counterparts
                where counterpart.match == .edited
                    || (counterpart.match == .paraphrase && counterpart.similarity >= ConflictFinder.paraphraseFloor)
                {
                    guard let t = index.position(of: counterpart.source), t > s,
                        let other = index.sentences[t].first(where: { $0.index == counterpart.index })
                    else { continue }
                    for (mine, theirs) in Self.replacements(Self.words(sentence.text), Self.words(other.text)) {
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

    /// The stretches `a` and `b` replace with each other, between the words they share in order.
    static func replacements(_ a: [Word], _ b: [Word]) -> [([Word], [Word])] {
        let n = a.count
        let m = b.count
        guard n > 0, m > 0, n * m <= 40_000 else { return [] }
        // LCS table from the end, so the walk below runs forward.
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    a[i].key == b[j].key
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
            if i < n, j < m, a[i].key == b[j].key {
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
