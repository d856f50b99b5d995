import CopydeskText

/// Finds named people, places and organisations in one source without a trained model:
/// runs of capitalised words, cut at punctuation and possessives, stripped of a sentence's
/// capitalised first word when it is a common word, then classed by what surrounds them —
/// titles ("President", "Foreign Minister", "leader"), organisation heads ("Organisation",
/// "Ministry", "Initiative"), acronyms, the gazetteer in ``Places``, prepositions of place, and
/// cue verbs of speech (whoever "said" is a person).
struct EntityFinder: Sendable {
    struct Mention: Sendable, Hashable {
        var kind: CoverageReport.Fact.Kind
        /// The name as printed, without titles, demonyms or a possessive `'s`.
        var name: String
        var span: Range<Int>
        /// Places and titles printed before the name ("Chinese President" → China, president):
        /// what a later "the Chinese leader" is matched against.
        var descriptors: Set<String>
        /// An acronym printed in brackets right after the name: "(SCO)".
        var acronym: String?
        /// False for a lone capitalised word with nothing saying what it is: kept only if it
        /// turns out to be a known person's short name.
        var confident = true
        /// What an unresolved lone word is taken for instead (a place after "in").
        var otherwise: CoverageReport.Fact.Kind? = nil
    }

    /// Words printed in lower case somewhere in the compared texts: a capitalised first word of a
    /// sentence that is also one of these is a common word, not a name.
    var lowercaseVocabulary: Set<String>
    /// Scalar ranges to skip (titles of works and awards in single quotes).
    var excluded: [Range<Int>] = []

    static let nonEntityAcronyms: Set<String> = [
        "covid", "gdp", "ceo", "tv", "ok", "am", "pm", "usd", "eu27", "ii", "iii",
    ]

    func mentions(in source: SourceText) -> [Mention] {
        var found: [Mention] = []
        for run in runs(in: source) {
            found.append(contentsOf: classify(run, in: source))
        }
        return found
    }

    /// Maximal runs of capitalised tokens, joined only by spaces or hyphens.
    func runs(in source: SourceText) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let count = source.tokens.count
        while index < count {
            guard isNameWord(index, in: source) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, !source.keys[end - 1].hasSuffix("'s") {
                let gap = source.gap(after: end - 1)
                let joins = gap == " " || gap == "-" || gap == "\u{2010}"
                if joins, isNameWord(end, in: source) {
                    end += 1
                } else if joins, ["of", "and", "for", "de", "al", "bin", "van", "von"].contains(source.keys[end]),
                    end + 1 < count, source.gap(after: end) == " ", isNameWord(end + 1, in: source)
                {
                    end += 2
                } else {
                    break
                }
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    func isNameWord(_ index: Int, in source: SourceText) -> Bool {
        let span = source.tokens.tokens[index].scalars
        if excluded.contains(where: { $0.contains(span.lowerBound) }) { return false }
        guard source.isCapitalized(index) else { return false }
        let key = source.keys[index]
        let bare = key.hasSuffix("'s") ? String(key.dropLast(2)) : key
        if Lexicon.months[bare] != nil || Lexicon.weekdays[bare] != nil { return false }
        return true
    }

    func classify(_ run: Range<Int>, in source: SourceText) -> [Mention] {
        var tokens = Array(run)
        // A capitalised first word of a sentence is a name only if it is never written small.
        if let first = tokens.first, source.startsSentence(first) || isAfterOpeningQuote(first, source) {
            let key = source.keys[first]
            if Lexicon.stopwords.contains(key) || lowercaseVocabulary.contains(key) || key.hasSuffix("ing")
                || (key.hasSuffix("ly") && key.count > 4)
            {
                tokens.removeFirst()
                // "In fact", "Of the": drop a connector left at the front too.
                while let next = tokens.first, Lexicon.stopwords.contains(source.keys[next]),
                    !source.isCapitalized(next)
                {
                    tokens.removeFirst()
                }
            }
        }
        // "The World Health Organization": the article is not part of the name.
        while let first = tokens.first, source.keys[first] == "the" { tokens.removeFirst() }
        guard !tokens.isEmpty else { return [] }
        // "China and Kazakhstan" is two names; "Belt and Road Initiative" is one.
        let connectors: Set<String> = ["of", "and", "for", "de", "al", "bin", "van", "von"]
        var pieces: [[Int]] = [tokens]
        if !tokens.contains(where: { Lexicon.organizationHeads.contains(bare(source.keys[$0])) }) {
            pieces = tokens.split(whereSeparator: { connectors.contains(source.keys[$0]) && !source.isCapitalized($0) })
                .map(Array.init)
        }
        return pieces.flatMap { split($0, in: source) }.compactMap { mention($0, in: source) }
    }

    /// Splits "China Andrey Denisov" after a known place and "China-Kazakhstan" at the hyphen.
    func split(_ tokens: [Int], in source: SourceText) -> [[Int]] {
        var parts: [[Int]] = []
        var current: [Int] = []
        for token in tokens {
            if let last = current.last, source.gap(after: last) != " " {
                // Hyphenated: split when either side is a known place.
                let left = name(current, in: source)
                if Places.isKnown(left) || Places.isKnown(bare(source.keys[token])) {
                    parts.append(current)
                    current = []
                }
            }
            current.append(token)
        }
        if !current.isEmpty { parts.append(current) }
        // A leading known place followed by other names (not a longer place: "South Africa").
        var result: [[Int]] = []
        for part in parts {
            if part.count >= 2, Places.isKnown(source.surface(part[0])), !Places.isKnown(name(part, in: source)),
                !part.contains(where: { Lexicon.organizationHeads.contains(bare(source.keys[$0])) })
            {
                result.append([part[0]])
                result.append(Array(part.dropFirst()))
            } else {
                result.append(part)
            }
        }
        return result
    }

    func mention(_ tokens: [Int], in source: SourceText) -> Mention? {
        guard let firstToken = tokens.first, let lastToken = tokens.last else { return nil }
        let keys = tokens.map { bare(source.keys[$0]) }
        let fullName = name(tokens, in: source)
        let span = source.tokens.tokens[firstToken].scalars.lowerBound..<nameEnd(lastToken, in: source)
        let acronym = acronymAfter(lastToken, in: source)
        func make(_ kind: CoverageReport.Fact.Kind, _ from: Int, descriptors: Set<String> = []) -> Mention {
            let kept = Array(tokens[from...])
            let start = source.tokens.tokens[kept[0]].scalars.lowerBound
            return Mention(
                kind: kind, name: name(kept, in: source), span: start..<span.upperBound, descriptors: descriptors,
                acronym: acronym)
        }
        if Places.isKnown(fullName) { return make(.place, 0) }
        if keys.contains(where: { Lexicon.organizationHeads.contains($0) }) {
            // "Chinese Foreign Ministry": the demonym belongs to the name.
            return make(.organization, 0)
        }
        if keys.contains(where: { Lexicon.otherHeads.contains($0) }) { return make(.other, 0) }
        if tokens.count == 1, isAcronym(firstToken, in: source) {
            return Self.nonEntityAcronyms.contains(keys[0]) ? nil : make(.organization, 0)
        }
        // Strip demonyms and titles from the front: what they leave is a person's name.
        var descriptors = Set<String>()
        var start = 0
        var titled = false
        while start < keys.count {
            if let place = Lexicon.demonyms[keys[start]] {
                descriptors.insert(place)
            } else if Lexicon.titles.contains(keys[start]) {
                descriptors.insert(keys[start])
                titled = true
            } else {
                break
            }
            start += 1
        }
        guard start < keys.count else { return nil }
        for descriptor in descriptorsBefore(firstToken, in: source) {
            descriptors.insert(descriptor)
            titled = titled || Lexicon.titles.contains(descriptor) || Lexicon.personNouns.contains(descriptor)
        }
        let remaining = keys.count - start
        if titled { return make(.person, start, descriptors: descriptors) }
        if remaining >= 2 && remaining <= 4 { return make(.person, start, descriptors: descriptors) }
        if isSpeaker(lastToken, in: source) { return make(.person, start, descriptors: descriptors) }
        // A lone capitalised word: a person's short name if it resolves to a known full name,
        // else a place after a preposition of place, else dropped (``NameBook`` decides).
        var guess = make(.person, start, descriptors: descriptors)
        guess.confident = false
        if firstToken > 0,
            ["in", "to", "from", "at", "near", "of", "across", "via"].contains(source.keys[firstToken - 1]),
            source.gap(after: firstToken - 1) == " "
        {
            guess.otherwise = .place
        }
        return guess
    }

    /// Lower-case titles or a possessive place right before a name: "leader Vladimir Putin",
    /// "China's President Xi".
    func descriptorsBefore(_ token: Int, in source: SourceText) -> [String] {
        var found: [String] = []
        var index = token - 1
        while index >= 0, token - index <= 3, source.gap(after: index) == " " {
            let key = bare(source.keys[index])
            if Lexicon.titles.contains(key) || Lexicon.personNouns.contains(key) {
                found.append(key)
            } else if let place = Lexicon.demonyms[key] {
                found.append(place)
            } else if source.keys[index].hasSuffix("'s"), Places.isKnown(key) {
                found.append(source.surface(index).replacingPossessive())
                break
            } else {
                break
            }
            index -= 1
        }
        return found
    }

    func isSpeaker(_ token: Int, in source: SourceText) -> Bool {
        guard token + 1 < source.tokens.count else { return false }
        return Lexicon.cueVerbs.contains(source.keys[token + 1]) && !source.gap(after: token).contains(",")
    }

    func isAcronym(_ token: Int, in source: SourceText) -> Bool {
        let surface = source.surface(token)
        return surface.unicodeScalars.count >= 2
            && surface.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil }
    }

    func isAfterOpeningQuote(_ token: Int, _ source: SourceText) -> Bool {
        let start = source.tokens.tokens[token].scalars.lowerBound
        guard start > 0 else { return true }
        let before = source.scalars[start - 1]
        return "\"“‘'(«".unicodeScalars.contains(before)
    }

    /// "(SCO)" right after the name.
    func acronymAfter(_ token: Int, in source: SourceText) -> String? {
        guard token + 1 < source.tokens.count, source.gap(after: token).trimmingSpaces() == "(",
            isAcronym(token + 1, in: source), source.gap(after: token + 1).hasPrefix(")")
        else { return nil }
        return source.surface(token + 1)
    }

    func name(_ tokens: [Int], in source: SourceText) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        let start = source.tokens.tokens[first].scalars.lowerBound
        return source.slice(start..<nameEnd(last, in: source))
    }

    /// The end of a name token without its possessive `'s`.
    func nameEnd(_ token: Int, in source: SourceText) -> Int {
        let span = source.tokens.tokens[token].scalars
        return source.keys[token].hasSuffix("'s") ? span.upperBound - 2 : span.upperBound
    }

    func bare(_ key: String) -> String { key.hasSuffix("'s") ? String(key.dropLast(2)) : key }
}

extension String {
    func trimmingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    func replacingPossessive() -> String {
        if hasSuffix("'s") || hasSuffix("’s") { return String(dropLast(2)) }
        return self
    }
}
