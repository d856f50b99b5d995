import CopydeskCompare

/// One source's text laid out for a reading pane: paragraphs, each sentence a span classed by
/// how it matches the other pane's source, quotations and fact mentions marked inside, and the
/// words of edited sentences wrapped one by one so the script can mark a word-level diff.
///
/// Offsets are Unicode scalar offsets into the article text, as in the report; every boundary
/// (paragraph, sentence, quote, mention) cuts the text into segments, so overlapping marks nest
/// cleanly and no span is ever split by hand.
struct MarkedText {
    struct Mark {
        var start: Int
        var end: Int
        var quote: Int?
        var fact: Int?
    }

    let source: Int
    let scalars: [Unicode.Scalar]
    let sentences: [CoverageReport.AlignedSentence]
    let marks: [Mark]
    /// The source the classes are relative to (the other pane), nil for the strongest match overall.
    let partner: String?
    /// Indices of this source's sentences that another source's paraphrase links to with
    /// grounds: their words are wrapped too, so the matched words can be marked on both sides.
    let linked: Set<Int>

    init(
        source: Int, text: String, sentences: [CoverageReport.AlignedSentence], marks: [Mark], partner: String?,
        linked: Set<Int> = []
    ) {
        self.source = source
        self.scalars = Array(text.unicodeScalars)
        self.sentences = sentences.sorted { $0.start < $1.start }
        self.marks = marks
        self.partner = partner
        self.linked = linked
    }

    /// How a sentence matches `partner`: its strongest counterpart there, `unique` when it has none.
    static func match(of sentence: CoverageReport.AlignedSentence, against partner: String?) -> CoverageReport.Match {
        guard let partner else { return sentence.match }
        return sentence.counterparts.filter { $0.source == partner }.map(\.match).min() ?? .unique
    }

    func render(into page: inout HTMLPage) {
        var cuts = Set<Int>()
        for sentence in sentences {
            cuts.insert(clamp(sentence.start))
            cuts.insert(clamp(sentence.end))
        }
        for mark in marks {
            cuts.insert(clamp(mark.start))
            cuts.insert(clamp(mark.end))
        }
        let quoted = Set(
            sentences.indices.filter { s in
                marks.contains { $0.quote != nil && $0.start < sentences[s].end && $0.end > sentences[s].start }
            })
        // Edited sentences get a word diff; a paraphrase and the sentences it links to get their
        // matched words marked.
        let worded = Set(
            sentences.indices.filter { s in
                sentences[s].counterparts.contains { $0.match == .edited } || MatchGrounds.any(sentences[s])
                    || linked.contains(sentences[s].index)
            })

        for paragraph in paragraphs() {
            let hasQuote = marks.contains {
                $0.quote != nil && $0.start < paragraph.upperBound && $0.end > paragraph.lowerBound
            }
            let points = ([paragraph.lowerBound, paragraph.upperBound] + cuts.filter { paragraph.contains($0) })
                .sorted()
            page.open("p", ["class": hasQuote ? nil : "nq"])
            var open: Int? = nil
            var sentenceCursor = 0
            for (a, b) in zip(points, points.dropFirst()) where a < b {
                while sentenceCursor < sentences.count, sentences[sentenceCursor].end <= a { sentenceCursor += 1 }
                let inside: Int? =
                    sentenceCursor < sentences.count && sentences[sentenceCursor].start <= a ? sentenceCursor : nil
                if inside != open {
                    if open != nil { page.close("span") }
                    if let inside { openSentence(inside, quoted: quoted.contains(inside), into: &page) }
                    open = inside
                }
                segment(a..<b, words: inside.map(worded.contains) ?? false, into: &page)
            }
            if open != nil { page.close("span") }
            page.close("p")
        }
    }

    private func openSentence(_ s: Int, quoted: Bool, into page: inout HTMLPage) {
        let sentence = sentences[s]
        let match = Self.match(of: sentence, against: partner)
        page.open(
            "span",
            ["class": "s m-\(match.rawValue)" + (quoted ? " hq" : ""), "data-s": "\(source).\(sentence.index)"])
    }

    /// One stretch between boundaries: wrapped in the quotes and mentions that cover it.
    private func segment(_ range: Range<Int>, words: Bool, into page: inout HTMLPage) {
        let quotes = marks.filter { $0.start <= range.lowerBound && $0.end >= range.upperBound }.compactMap(\.quote)
        let facts = marks.filter { $0.start <= range.lowerBound && $0.end >= range.upperBound }.compactMap(\.fact)
        let text = String(String.UnicodeScalarView(scalars[range]))
        if !quotes.isEmpty {
            page.open("span", ["class": "q", "data-q": Set(quotes).sorted().map(String.init).joined(separator: " ")])
        }
        if !facts.isEmpty {
            page.open("span", ["class": "f", "data-f": Set(facts).sorted().map(String.init).joined(separator: " ")])
        }
        if words {
            for piece in Self.wordPieces(text) {
                if piece.isWord {
                    page.element("span", ["class": "w"], text: piece.text)
                } else {
                    page.text(piece.text)
                }
            }
        } else {
            page.text(text)
        }
        if !facts.isEmpty { page.close("span") }
        if !quotes.isEmpty { page.close("span") }
    }

    /// Runs of text between line breaks.
    func paragraphs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            let range = start..<index
            if scalars[range].contains(where: { !$0.properties.isWhitespace }) { result.append(range) }
            start = index + 1
        }
        return result
    }

    private func clamp(_ offset: Int) -> Int { max(0, min(scalars.count, offset)) }

    /// The text cut into words (letters, marks and digits, with apostrophes and hyphens inside)
    /// and what lies between them, for the word-level diff.
    static func wordPieces(_ text: String) -> [(text: String, isWord: Bool)] {
        var pieces: [(text: String, isWord: Bool)] = []
        var current = String.UnicodeScalarView()
        var currentIsWord = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            var isWord = isWordScalar(scalar)
            if !isWord, "'’-".unicodeScalars.contains(scalar), currentIsWord, index + 1 < scalars.count,
                isWordScalar(scalars[index + 1])
            {
                isWord = true
            }
            if !current.isEmpty, isWord != currentIsWord {
                pieces.append((String(current), currentIsWord))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            currentIsWord = isWord
        }
        if !current.isEmpty { pieces.append((String(current), currentIsWord)) }
        return pieces
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default: false
        }
    }
}
