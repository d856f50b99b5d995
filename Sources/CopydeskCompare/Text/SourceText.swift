import CopydeskText

/// One article prepared for comparison: its text as scalars, its tokens with keys, sentences and
/// paragraphs, all located by Unicode scalar offsets into ``Article/text``.
struct SourceText: Sendable {
    let article: Article
    let id: String
    let text: String
    let scalars: [Unicode.Scalar]
    let tokens: TokenizedText
    /// Token keys as strings, one per token (read many times by every stage).
    let keys: [String]
    let sentences: [Sentence]
    /// For each sentence, the range of token indices inside it.
    let sentenceTokens: [Range<Int>]
    /// Paragraph spans in scalar offsets.
    let paragraphs: [Range<Int>]

    init(article: Article, id: String) {
        self.article = article
        self.id = id
        let text = article.text
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        let tokens = WordTokenizer().tokenize(text)
        self.tokens = tokens
        self.keys = (0..<tokens.count).map { tokens.key($0) }
        let sentences = SentenceSegmenter().sentences(in: text)
        self.sentences = sentences
        var ranges: [Range<Int>] = []
        var cursor = 0
        for sentence in sentences {
            while cursor < tokens.count, tokens.tokens[cursor].scalars.lowerBound < sentence.scalars.lowerBound {
                cursor += 1
            }
            let start = cursor
            while cursor < tokens.count, tokens.tokens[cursor].scalars.lowerBound < sentence.scalars.upperBound {
                cursor += 1
            }
            ranges.append(start..<cursor)
        }
        self.sentenceTokens = ranges
        var paragraphs: [Range<Int>] = []
        var offset = 0
        for paragraph in article.paragraphs {
            let length = paragraph.unicodeScalars.count
            paragraphs.append(offset..<offset + length)
            offset += length + 2
        }
        self.paragraphs = paragraphs
    }

    /// The text between two scalar offsets.
    func slice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        return String(String.UnicodeScalarView(scalars[clamped]))
    }

    /// The index of the sentence holding scalar `offset`, if any.
    func sentenceIndex(at offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].scalars.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].scalars.lowerBound <= offset ? low : nil
    }

    /// The index of the paragraph holding scalar `offset`, if any.
    func paragraphIndex(at offset: Int) -> Int? {
        paragraphs.firstIndex { $0.lowerBound <= offset && offset < max($0.upperBound, $0.lowerBound + 1) }
    }

    /// Indices of the tokens that lie inside `range`.
    func tokenIndices(in range: Range<Int>) -> Range<Int> {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens.tokens[mid].scalars.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens.tokens[end].scalars.upperBound <= range.upperBound { end += 1 }
        return low..<end
    }

    /// Is the token at `index` printed with a capital first letter?
    func isCapitalized(_ index: Int) -> Bool {
        let start = tokens.tokens[index].scalars.lowerBound
        return scalars[start].properties.isUppercase
    }

    /// The token as printed.
    func surface(_ index: Int) -> String { slice(tokens.tokens[index].scalars) }

    /// Does token `index` start its sentence (nothing but quotes or brackets before it)?
    func startsSentence(_ index: Int) -> Bool {
        guard let sentence = sentenceIndex(at: tokens.tokens[index].scalars.lowerBound) else { return true }
        return sentenceTokens[sentence].lowerBound == index
    }

    /// The scalars between two tokens (exclusive), e.g. to see a comma or a quotation mark.
    func gap(after first: Int) -> String {
        guard first >= 0, first < tokens.count else { return "" }
        let start = tokens.tokens[first].scalars.upperBound
        let end = first + 1 < tokens.count ? tokens.tokens[first + 1].scalars.lowerBound : scalars.count
        // Character n-grams (Chinese, Japanese, Thai) overlap: the next token can start before
        // this one ends, and then nothing lies between them.
        guard start < end else { return "" }
        return slice(start..<end)
    }
}
