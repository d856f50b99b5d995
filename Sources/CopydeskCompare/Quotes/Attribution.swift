import CopydeskText

/// Finds who said a quotation: the cue verb after it (`"…," Xi said`, `"…," said Xi`, `"…,"
/// Yang Jiechi, director of …, said`), before it (`Xi said, "…"`, `Xi wrote that the group had
/// "…"`, `…, saying "…"` takes the main clause's subject), or "according to"; then resolves
/// what it found: a pronoun to the last person named before the quote, a description ("the
/// Chinese leader") to the last person so described, a short name to the full one, and a body
/// ("the foreign ministry", "a government statement") to its fullest printing.
struct Attribution: Sendable {
    struct Speaker: Sendable, Hashable {
        var name: String
        var kind: CoverageReport.Fact.Kind
    }

    /// A person named in the source, in reading order, with the places and titles printed
    /// before the name.
    struct Person: Sendable {
        var offset: Int
        var name: String
        var descriptors: Set<String>
    }

    let source: SourceText
    let sourceIndex: Int
    let quotes: [QuoteFinder.Found]
    let people: [Person]
    let book: NameBook

    func speaker(of quote: QuoteFinder.Found) -> Speaker? {
        let span = quote.span
        let lastSegment = quote.segments.last ?? span
        let after = context(after: lastSegment.upperBound)
        let before = context(before: span.lowerBound)
        if let cue = after.firstIndex(where: { Lexicon.cueVerbs.contains(source.keys[$0]) }), cue < 14 {
            let subjectTokens = Array(after[..<cue])
            if subjectTokens.isEmpty {
                if Lexicon.invertibleCues.contains(source.keys[after[cue]]) {
                    let object = clause(Array(after[(cue + 1)...]), fromStart: true)
                    if let speaker = resolve(phrase: Array(object.prefix(6)), at: span.lowerBound) { return speaker }
                }
            } else if opensSubject(subjectTokens[0]), subjectTokens.count <= 10,
                let speaker = resolve(phrase: clause(subjectTokens, fromStart: true), at: span.lowerBound)
            {
                return speaker
            }
        }
        if let cue = before.lastIndex(where: {
            Lexicon.cueVerbs.contains(source.keys[$0]) || Lexicon.cueParticiples.contains(source.keys[$0])
        }) {
            let key = source.keys[before[cue]]
            if Lexicon.cueParticiples.contains(key) {
                if let main = before.firstIndex(where: { Lexicon.cueVerbs.contains(source.keys[$0]) }), main < cue,
                    let speaker = resolve(phrase: subject(Array(before[..<main])), at: span.lowerBound)
                {
                    return speaker
                }
            } else if let speaker = resolve(phrase: subject(Array(before[..<cue])), at: span.lowerBound) {
                return speaker
            }
        }
        if let according = (after + before).firstIndex(where: { source.keys[$0] == "according" }) {
            let tokens = after + before
            if according + 1 < tokens.count, source.keys[tokens[according + 1]] == "to" {
                let phrase = clause(Array(tokens[(according + 2)...]), fromStart: true)
                if let speaker = resolve(phrase: Array(phrase.prefix(6)), at: span.lowerBound) { return speaker }
            }
        }
        return nil
    }

    /// Can a subject start with this token: a name, a determiner or a pronoun (not "for
    /// cooperation within the … initiative")?
    func opensSubject(_ token: Int) -> Bool {
        let key = source.keys[token]
        return source.isCapitalized(token)
            || ["the", "a", "an", "he", "she", "they", "we", "i", "its", "his", "her", "their"].contains(key)
            || Lexicon.demonyms[key] != nil
    }

    /// Tokens from the quote's end to its sentence's end, stopping at the next quotation.
    func context(after offset: Int) -> [Int] {
        guard let sentence = source.sentenceIndex(at: max(0, offset - 1)) else { return [] }
        let end = source.sentences[sentence].scalars.upperBound
        let nextQuote = quotes.map(\.span.lowerBound).filter { $0 > offset }.min() ?? Int.max
        return Array(source.tokenIndices(in: offset..<min(end, nextQuote))).filter { !insideQuote($0) }
    }

    /// Tokens from the quote's sentence start to the quote, outside other quotations.
    func context(before offset: Int) -> [Int] {
        guard let sentence = source.sentenceIndex(at: offset) else { return [] }
        var start = source.sentences[sentence].scalars.lowerBound
        // A quote opening a sentence that the segmenter cut inside an earlier quotation.
        if let paragraph = source.paragraphIndex(at: offset) {
            start = max(start, source.paragraphs[paragraph].lowerBound)
        }
        return Array(source.tokenIndices(in: start..<offset)).filter { !insideQuote($0) }
    }

    func insideQuote(_ token: Int) -> Bool {
        let start = source.tokens.tokens[token].scalars.lowerBound
        return quotes.contains { quote in quote.segments.contains { $0.contains(start) } }
    }

    /// Is there a comma, colon, semicolon or a quotation between this token and the next?
    func boundary(after token: Int) -> Bool {
        source.gap(after: token).unicodeScalars.contains { ",;:()\"“”—–".unicodeScalars.contains($0) }
    }

    /// The tokens of a clause from its start up to the first boundary (an appositive after a
    /// name: "Yang Jiechi, director of …").
    func clause(_ tokens: [Int], fromStart: Bool) -> [Int] {
        var kept: [Int] = []
        for token in tokens {
            kept.append(token)
            if boundary(after: token) { break }
        }
        return kept
    }

    /// The subject right before a cue verb: the tokens after the last boundary, cut to the noun
    /// phrase that opens them when they run long ("Xi praised the … and said").
    func subject(_ tokens: [Int]) -> [Int] {
        var start = 0
        for (i, token) in tokens.enumerated() where i + 1 < tokens.count {
            if boundary(after: token) || tokens[i + 1] != token + 1 { start = i + 1 }
        }
        let tail = Array(tokens[start...])
        if tail.count <= 5 { return tail }
        return Array(
            tail.prefix { token in
                let key = source.keys[token]
                return ["the", "a", "an"].contains(key) || source.isCapitalized(token) || Lexicon.demonyms[key] != nil
                    || Lexicon.personNouns.contains(key) || Lexicon.speakingBodies.contains(key)
                    || Lexicon.titles.contains(key)
            })
    }

    func resolve(phrase tokens: [Int], at offset: Int) -> Speaker? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        let keys = tokens.map { source.keys[$0] }
        if keys.count == 1, keys[0] == "he" || keys[0] == "she" {
            return lastPerson(before: offset, matching: []).map { Speaker(name: $0, kind: .person) }
        }
        // A name: the capitalised words that are not titles or demonyms.
        let names = tokens.filter { token in
            let key = source.keys[token].replacingPossessive()
            return source.isCapitalized(token) && !Lexicon.titles.contains(key) && Lexicon.demonyms[key] == nil
                && !Lexicon.stopwords.contains(key)
        }
        let bodies = keys.filter { Lexicon.speakingBodies.contains($0) }
        if let firstName = names.first, bodies.isEmpty, let lastName = names.last {
            let span =
                source.tokens.tokens[firstName].scalars.lowerBound..<source.tokens.tokens[lastName].scalars.upperBound
            let name = source.slice(span).replacingPossessive()
            if Places.isKnown(name) { return Speaker(name: name, kind: .place) }
            if names.count == 1, NameBook.key(name).count >= 2,
                name.unicodeScalars.allSatisfy({ $0.properties.isUppercase })
            {
                return Speaker(name: name, kind: .organization)
            }
            return Speaker(name: book.person(name, source: sourceIndex) ?? name, kind: .person)
        }
        if !bodies.isEmpty {
            var phrase = tokens
            while let head = phrase.first, ["the", "a", "an"].contains(source.keys[head]) { phrase.removeFirst() }
            guard let start = phrase.first, let end = phrase.last else { return nil }
            return Speaker(name: fullest(body: start...end, at: offset), kind: .organization)
        }
        if keys.contains(where: { Lexicon.personNouns.contains($0) }) {
            let places = Set(keys.compactMap { Lexicon.demonyms[$0] })
            return lastPerson(before: offset, matching: places).map { Speaker(name: $0, kind: .person) }
        }
        _ = (first, last)
        return nil
    }

    /// The last person named before `offset` whose descriptors include all of `places`; any
    /// last person if none is so described.
    func lastPerson(before offset: Int, matching places: Set<String>) -> String? {
        let earlier = people.filter { $0.offset < offset }
        let described = earlier.last { places.isSubset(of: $0.descriptors) }
        return (described ?? earlier.last)?.name
    }

    /// "foreign ministry" printed earlier as "The Chinese foreign ministry": the longer form,
    /// so that both name one speaker.
    func fullest(body tokens: ClosedRange<Int>, at offset: Int) -> String {
        let keys = tokens.map { source.keys[$0] }
        var best = tokens
        var bestLength = keys.count
        var start = 0
        while start + keys.count <= source.keys.count, source.tokens.tokens[start].scalars.lowerBound < offset {
            if Array(source.keys[start..<start + keys.count]) == keys {
                var lower = start
                while lower > 0, Lexicon.demonyms[source.keys[lower - 1]] != nil, source.gap(after: lower - 1) == " " {
                    lower -= 1
                }
                if start + keys.count - lower > bestLength {
                    best = lower...(start + keys.count - 1)
                    bestLength = start + keys.count - lower
                }
            }
            start += 1
        }
        let text = source.slice(
            source.tokens.tokens[best.lowerBound].scalars
                .lowerBound..<source.tokens.tokens[best.upperBound].scalars.upperBound)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
