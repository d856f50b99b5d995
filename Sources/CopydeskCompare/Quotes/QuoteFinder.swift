import CopydeskText

/// Finds the direct quotations of one source: spans between paired quotation marks.
///
/// Curly and straight double marks pair by type; single quotes inside a double quotation are
/// nested and stay in it; a paragraph that ends inside a quotation and a next paragraph that
/// opens with a quotation mark continue it (the news convention for quotes over several
/// paragraphs). Single-quoted spans outside double quotes are quotations in the British style
/// ('world in peril') unless they read as a title ('Altyn Qiran Order', 'King's Counsel'):
/// mostly capitalised words or an award word.
struct QuoteFinder: Sendable {
    struct Found: Sendable, Hashable {
        /// The quoted words, without the marks; several for a quote over several paragraphs.
        var segments: [Range<Int>]
        /// Printed inside a sentence rather than introduced as speech: `a reunion of "historic
        /// importance"`.
        var embedded: Bool

        var span: Range<Int> { (segments.first?.lowerBound ?? 0)..<(segments.last?.upperBound ?? 0) }
    }

    struct Result: Sendable {
        var quotes: [Found]
        /// Single-quoted titles, to keep out of names and quotes.
        var titles: [Range<Int>]
    }

    func find(in source: SourceText) -> Result {
        let s = source.scalars
        var quotes: [Found] = []
        var titles: [Range<Int>] = []
        var carried: [Range<Int>]? = nil
        var carriedEmbedded = false

        for paragraph in source.paragraphs {
            var i = paragraph.lowerBound
            let end = paragraph.upperBound
            var openDouble: Int? = nil
            var segments: [Range<Int>] = []
            var embedded = false
            var openSingle: Int? = nil

            if let previous = carried {
                var first = i
                while first < end, s[first].properties.isWhitespace { first += 1 }
                if first < end, Self.opensDouble(s[first]) {
                    segments = previous
                    embedded = carriedEmbedded
                    openDouble = first + 1
                    i = first + 1
                } else if closesCarried(paragraph, s) {
                    // The paragraph was cut inside the quotation (a post copied line by line):
                    // its first mark closes it.
                    segments = previous
                    embedded = carriedEmbedded
                    openDouble = paragraph.lowerBound
                } else {
                    quotes.append(Found(segments: previous, embedded: carriedEmbedded))
                }
                carried = nil
            }
            while i < end {
                let c = s[i]
                if let start = openDouble {
                    if Self.closesDouble(c) || (c == "\"") {
                        segments.append(start..<i)
                        quotes.append(Found(segments: segments, embedded: embedded))
                        segments = []
                        openDouble = nil
                    } else if Self.opensDouble(c) && c != "\"" {
                        // A stray opening mark: the earlier quotation was never closed.
                        segments.append(start..<i)
                        quotes.append(Found(segments: segments, embedded: embedded))
                        segments = []
                        openDouble = i + 1
                        embedded = isEmbedded(at: i, paragraph: paragraph, s)
                    }
                } else if let start = openSingle {
                    if Self.closesSingle(c), i + 1 >= end || !s[i + 1].properties.isAlphabetic, i > start {
                        let range = start..<i
                        if isTitle(range, source) {
                            titles.append(range)
                        } else if range.count > 1 {
                            quotes.append(
                                Found(segments: [range], embedded: isEmbedded(at: start - 1, paragraph: paragraph, s)))
                        }
                        openSingle = nil
                    } else if Self.opensDouble(c) {
                        openSingle = nil
                        openDouble = i + 1
                        embedded = isEmbedded(at: i, paragraph: paragraph, s)
                    }
                } else if Self.opensDouble(c) {
                    openDouble = i + 1
                    embedded = isEmbedded(at: i, paragraph: paragraph, s)
                } else if Self.opensSingle(c), i + 1 < end, !s[i + 1].properties.isWhitespace,
                    i == paragraph.lowerBound
                        || !(s[i - 1].properties.isAlphabetic || s[i - 1].properties.numericType != nil)
                {
                    openSingle = i + 1
                }
                i += 1
            }
            if let start = openDouble {
                segments.append(start..<end)
                carried = segments
                carriedEmbedded = embedded
            }
        }
        if let previous = carried { quotes.append(Found(segments: previous, embedded: carriedEmbedded)) }
        // Trim spaces and a trailing comma inside the marks: `"…integrity,"` quotes "…integrity".
        let trimmed = quotes.compactMap { quote -> Found? in
            var quote = quote
            quote.segments = quote.segments.map { range in
                var lower = range.lowerBound
                var upper = range.upperBound
                while lower < upper, s[lower].properties.isWhitespace { lower += 1 }
                while upper > lower, s[upper - 1].properties.isWhitespace || s[upper - 1] == "," { upper -= 1 }
                return lower..<upper
            }.filter { !$0.isEmpty }
            guard !quote.segments.isEmpty,
                quote.segments.contains(where: { r in
                    s[r].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                })
            else { return nil }
            return quote
        }
        // "“…,” Smith said. “…”": one quotation interrupted by its attribution.
        var merged: [Found] = []
        for quote in trimmed {
            if let previous = merged.last, interrupts(previous, quote, source) || adjoins(previous, quote, source) {
                merged[merged.count - 1].segments += quote.segments
            } else {
                merged.append(quote)
            }
        }
        return Result(quotes: merged, titles: titles)
    }

    /// Does the paragraph's first double mark close a quotation opened in the paragraph
    /// before: a curly closing mark, or an odd straight mark right after the end of a clause?
    func closesCarried(_ paragraph: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard paragraph.upperBound <= s.count else { return false }
        let straight = s[paragraph].filter { $0 == "\"" }.count
        for i in paragraph where Self.opensDouble(s[i]) || Self.closesDouble(s[i]) {
            if Self.closesDouble(s[i]) { return true }
            guard s[i] == "\"", straight % 2 == 1, i > paragraph.lowerBound else { return false }
            return ",.!?".unicodeScalars.contains(s[i - 1])
        }
        return false
    }

    /// Are two quotations of one paragraph fragments of one list (`should “…,” “…” and “…”`):
    /// nothing but a comma, "and" or "or" between them?
    func adjoins(_ first: Found, _ second: Found, _ source: SourceText) -> Bool {
        let end = first.span.upperBound
        let start = second.span.lowerBound
        guard end < start, start <= source.scalars.count,
            let paragraph = source.paragraphIndex(at: max(0, end - 1)), source.paragraphIndex(at: start) == paragraph
        else { return false }
        let tokens = source.tokenIndices(in: end..<start)
        guard tokens.count <= 1, tokens.allSatisfy({ ["and", "or"].contains(source.keys[$0]) }) else { return false }
        let marks = source.scalars[end..<start].filter { !$0.properties.isWhitespace && !$0.properties.isAlphabetic }
        return marks.allSatisfy { $0 == "," || Self.opensDouble($0) || Self.closesDouble($0) }
            && (tokens.count == 1 || marks.contains(","))
    }

    /// Is the text between two quotations of one paragraph only the first one's attribution
    /// (`“…,” Smith said. “…”`, `“…?” he asked, “…”`), so that they are one quotation?
    func interrupts(_ first: Found, _ second: Found, _ source: SourceText) -> Bool {
        let end = first.span.upperBound
        let start = second.span.lowerBound
        guard !second.embedded, end < start, start <= source.scalars.count,
            let paragraph = source.paragraphIndex(at: max(0, end - 1)),
            source.paragraphIndex(at: start) == paragraph
        else { return false }
        let between = source.scalars[end..<start]
        guard let close = between.firstIndex(where: { Self.closesDouble($0) || $0 == "\"" || Self.closesSingle($0) })
        else { return false }
        let lastQuoted = end > 0 ? source.scalars[end - 1] : " "
        guard between[between.startIndex..<close].contains(",") || "?!—–-".unicodeScalars.contains(lastQuoted)
        else { return false }
        let tokens = source.tokenIndices(in: end..<start)
        guard (1...12).contains(tokens.count), let last = tokens.last,
            tokens.contains(where: { SpeechWords.verbs.contains(source.keys[$0]) })
        else { return false }
        let tail = source.gap(after: last)
        return tail.contains(".") || tail.contains(",") || tail.contains(":")
    }

    /// Is the mark at `index` inside running prose (after a word) rather than opening speech (at
    /// the start, or after a comma or colon)?
    func isEmbedded(at index: Int, paragraph: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= paragraph.lowerBound, s[before].properties.isWhitespace { before -= 1 }
        guard before >= paragraph.lowerBound else { return false }
        let c = s[before]
        if c == "," || c == ":" || c == "." || Self.closesDouble(c) || c == "\"" { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c == ")"
    }

    /// Mostly capitalised words, or an award word: a title, not a quotation.
    func isTitle(_ range: Range<Int>, _ source: SourceText) -> Bool {
        let tokens = source.tokenIndices(in: range)
        guard !tokens.isEmpty else { return true }
        if tokens.contains(where: { Lexicon.otherHeads.contains(source.keys[$0]) && source.isCapitalized($0) }) {
            return true
        }
        let long = tokens.filter { source.keys[$0].count >= 4 }
        let capitalized = long.filter { source.isCapitalized($0) }.count
        return source.isCapitalized(tokens.lowerBound) && !long.isEmpty
            && Double(capitalized) / Double(long.count) >= 0.6
    }

    static func opensDouble(_ c: Unicode.Scalar) -> Bool { c == "“" || c == "„" || c == "«" || c == "\"" }
    static func closesDouble(_ c: Unicode.Scalar) -> Bool { c == "”" || c == "»" }
    static func opensSingle(_ c: Unicode.Scalar) -> Bool { c == "‘" || c == "'" }
    static func closesSingle(_ c: Unicode.Scalar) -> Bool { c == "’" || c == "'" }
}
