/// Cuts text into sentences for alignment, surviving what news copy throws at a naive splitter:
/// abbreviations (`Mr.`, `U.S.`, `Sept. 14`), initials (`John F. Kennedy`), decimals (`3.5`),
/// datelines (`NUR-SULTAN, Sept 14 (AFP) -`), and quotations that span sentences or end in
/// attribution (`"Is it over?" he asked.` stays one sentence; `"It is. We go," she said.`
/// splits after `is.` with the closing quote kept where it was printed).
///
/// A sentence ends at `.`, `!`, `?`, `…` (and `。！？।؟`) plus any closing quotes and brackets,
/// when what follows is a space and then something that can open a sentence; a paragraph break
/// (a blank line) always ends one. Offsets are Unicode scalars into the original text.
public struct SentenceSegmenter: Sendable {
    /// A segmenter; it keeps no state.
    public init() {}

    /// The sentences of `text`, in order, trimmed of surrounding white space; offsets count Unicode
    /// scalars and UTF-8 bytes into `text`.
    public func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var utf8Offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            utf8Offsets[index + 1] = utf8Offsets[index] + UTF8.width(scalar)
        }
        var sentences: [Sentence] = []
        func emit(_ start: Int, _ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            guard lower < upper else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            sentences.append(
                Sentence(scalars: lower..<upper, utf8: utf8Offsets[lower]..<utf8Offsets[upper], text: String(view)))
        }
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n", Self.isParagraphBreak(scalars, at: index) {
                emit(start, index)
                start = index
                index += 1
                continue
            }
            guard Self.isTerminator(scalar) else {
                index += 1
                continue
            }
            // Take the whole cluster of terminators and closing marks: `?!`, `..."`, `.)`.
            var end = index + 1
            while end < scalars.count, Self.isTerminator(scalars[end]) || Self.isCloser(scalars[end]) { end += 1 }
            if endsSentence(scalars, terminatorAt: index, clusterEnd: end) {
                emit(start, end)
                start = end
            }
            index = end
        }
        emit(start, scalars.count)
        return sentences
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "。", "！", "？", "।", "॥", "؟", "\u{06D4}": true
        default: false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "」", "』", "）": true
        default: false
        }
    }

    static func isParagraphBreak(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\r" {
            next += 1
        }
        return next < scalars.count && scalars[next] == "\n"
    }

    /// Scripts whose full stops need no following space (`。`) end the sentence outright.
    func endsSentence(_ scalars: [Unicode.Scalar], terminatorAt index: Int, clusterEnd end: Int) -> Bool {
        let terminator = scalars[index]
        if terminator == "。" || terminator == "！" || terminator == "？" { return true }
        // The sentence must be followed by whitespace (or the end of the text).
        guard end < scalars.count else { return true }
        guard scalars[end].properties.isWhitespace else { return false }
        var next = end
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return true }
        let following = nextWord(scalars, from: next)
        // Attribution after a quotation, or a sentence that goes on: `"Why?" he asked.`
        if let first = following.first, first.properties.isLowercase { return false }
        let isDigit = following.first.map { $0.properties.numericType != nil } ?? false
        guard terminator == "." else { return true }
        // An ellipsis before a capital ends the sentence; inside one, `...` is not an abbreviation.
        if index > 0, scalars[index - 1] == "." { return true }
        let word = wordBefore(scalars, dotAt: index)
        let lowered = word.lowercased()
        let followingLowered = String(String.UnicodeScalarView(following)).lowercased()
        if Abbreviations.titles.contains(lowered) { return false }
        if Abbreviations.months.contains(lowered) || Abbreviations.weak.contains(lowered) { return !isDigit }
        // Initials (`F.`) and dotted acronyms (`U.S.`, `a.m.`): end only before a typical opener.
        let isInitial = word.unicodeScalars.count == 1 && (word.unicodeScalars.first?.properties.isUppercase ?? false)
        let isDottedAcronym = index >= 2 && scalars[index - 2] == "." && word.unicodeScalars.count == 1
        if isInitial || isDottedAcronym {
            return Abbreviations.sentenceStarters.contains(followingLowered)
        }
        return true
    }

    /// The letters right before the full stop at `dot` (back to a space or another full stop).
    func wordBefore(_ scalars: [Unicode.Scalar], dotAt dot: Int) -> String {
        var start = dot
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<dot])
        return String(view)
    }

    /// The letters of the word starting at `start`, after any opening quotes or brackets.
    func nextWord(_ scalars: [Unicode.Scalar], from start: Int) -> [Unicode.Scalar] {
        var index = start
        while index < scalars.count, "\"'“‘«(‹[".unicodeScalars.contains(scalars[index]) { index += 1 }
        var end = index
        while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil {
            end += 1
        }
        return Array(scalars[index..<end])
    }
}
