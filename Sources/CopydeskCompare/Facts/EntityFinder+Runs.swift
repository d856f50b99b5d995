import CopydeskText

/// How ``EntityFinder`` finds the runs of capitalised words that may be names.
extension EntityFinder {
    /// "Obama administration" as an organisation, for a run that names a person or a party.
    func governingBody(_ run: Range<Int>, _ body: Int, in source: SourceText) -> Mention? {
        let tokens = Array(run).filter { !Lexicon.titles.contains(bare(source.keys[$0])) }
        guard let first = tokens.first, let last = tokens.last else { return nil }
        // "a Republican administration", "the Syrian government": a party or a nationality, not a name.
        if tokens.allSatisfy({ NameWords.parties.contains(bare(source.keys[$0])) || isTitle(source.keys[$0]) }) {
            return nil
        }
        if tokens.count == 1, source.startsSentence(first), lowercaseVocabulary.contains(bare(source.keys[first])) {
            return nil
        }
        let start = source.tokens.tokens[first].scalars.lowerBound
        // Named by the surname alone, as copy names it: "Donald Trump's campaign" is the Trump campaign.
        let name = name([last], in: source) + " " + source.surface(body)
        return Mention(
            kind: .organization, name: name, span: start..<source.tokens.tokens[body].scalars.upperBound,
            descriptors: [])
    }

    /// Maximal runs of capitalised tokens, joined by spaces or hyphens, and across the full stop
    /// of a middle initial ("Robert L. Smith", "George H.W. Bush") or an abbreviated title
    /// ("Sen. Ted Cruz"). Party labels ("R-Texas", "(D-Nev.)") are skipped: they are no names.
    func runs(in source: SourceText) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let count = source.tokens.count
        while index < count {
            if let tag = partyLabel(at: index, in: source) {
                index = tag.upperBound
                continue
            }
            guard isNameWord(index, in: source) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, !source.keys[end - 1].hasSuffix("'s"), partyLabel(at: end, in: source) == nil,
                !NameWords.headlineVerbs.contains(source.keys[end])
            {
                let gap = source.gap(after: end - 1)
                // "School of Nursing & Health Studies": an ampersand joins two words of one name.
                let joins = gap == " " || gap == "-" || gap == "\u{2010}" || gap == " & "
                if joins, isNameWord(end, in: source) {
                    end += 1
                } else if isAbbreviation(end - 1, gap: gap, in: source), isNameWord(end, in: source),
                    isInitial(end, in: source) || !Lexicon.stopwords.contains(source.keys[end])
                {
                    end += 1
                } else if joins, ["of", "and", "for", "de", "al", "bin", "van", "von"].contains(source.keys[end]),
                    end + 1 < count, [" ", "-"].contains(source.gap(after: end)), isNameWord(end + 1, in: source)
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

    /// Is token `index` an initial or an abbreviated title whose full stop does not end the name?
    func isAbbreviation(_ index: Int, gap: String, in source: SourceText) -> Bool {
        let surface = source.surface(index)
        let initial = surface.unicodeScalars.count == 1 && source.isCapitalized(index)
        if initial { return gap == ". " || gap == "." }
        return gap == ". " && NameWords.abbreviatedTitles.contains(source.keys[index]) && source.isCapitalized(index)
    }

    /// The tokens of an American party label at `index` — "R-Texas", "D-N.Y.", "I-Vt." printed
    /// after a name in brackets or between commas — or nil.
    func partyLabel(at index: Int, in source: SourceText) -> Range<Int>? {
        let count = source.tokens.count
        guard index + 1 < count, index > 0, NameWords.partyLetters.contains(source.keys[index]),
            source.surface(index).unicodeScalars.count == 1, source.isCapitalized(index),
            ["-", "\u{2010}", "\u{2013}"].contains(source.gap(after: index)), source.isCapitalized(index + 1)
        else { return nil }
        let before = source.gap(after: index - 1)
        guard before.contains("(") || before.contains(",") || before.contains("[") else { return nil }
        var end = index + 2
        // "N.Y.", "S.C.": the state's initials run on across full stops.
        while end < count, source.gap(after: end - 1) == ".", source.isCapitalized(end),
            source.surface(end).unicodeScalars.count <= 2
        {
            end += 1
        }
        return index..<end
    }

    func isNameWord(_ index: Int, in source: SourceText) -> Bool {
        let span = source.tokens.tokens[index].scalars
        if excluded.contains(where: { $0.contains(span.lowerBound) }) { return false }
        guard source.isCapitalized(index) else { return false }
        let key = source.keys[index]
        let bare = key.hasSuffix("'s") ? String(key.dropLast(2)) : key
        if Lexicon.months[bare] != nil || Lexicon.weekdays[bare] != nil { return false }
        if NameWords.headlineVerbs.contains(bare) { return false }
        // "I've", "I’d", "Don't": a contraction is a pronoun or a verb, never a name.
        if let apostrophe = key.lastIndex(where: { $0 == "'" || $0 == "’" }),
            ["ve", "d", "ll", "re", "m", "t"].contains(String(key[key.index(after: apostrophe)...]))
        {
            return false
        }
        if key == "i", source.surface(index) == "I", index + 1 < source.tokens.count,
            source.gap(after: index) == " ", !source.isCapitalized(index + 1)
        {
            return false
        }
        return true
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
            // "U.S. Central Command": a place in glued initials at the front is split off.
            var lead = 0
            while lead < part.count, isInitial(part[lead], in: source),
                lead == 0 || source.gap(after: part[lead - 1]) == "."
            {
                lead += 1
            }
            if lead >= 2, lead < part.count, Places.isKnown(name(Array(part[0..<lead]), in: source)) {
                result.append(Array(part[0..<lead]))
                result.append(Array(part[lead...]))
                continue
            }
            // "Chad Griffin", "Georgia Smith": a place followed by one word is a first name and a
            // surname; a dateline in capitals or a longer name after it is split off.
            let shouted = source.surface(part[0]).unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            // "FIRED Eric Cantor": a common word in capitals for emphasis is not part of the name.
            if part.count >= 2, shouted, source.surface(part[0]).unicodeScalars.count >= 3,
                !source.surface(part[1]).unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
                isCommonWord(source.keys[part[0]]) || ["ed", "ing", "ly"].contains(where: { source.keys[part[0]].hasSuffix($0) })
            {
                result.append(Array(part.dropFirst()))
                continue
            }
            // "Kansas City Star", "KANSAS CITY": a longer place at the front, or a dateline all in
            // capitals, is not a place and a name after it.
            let longerPlace = (2..<max(2, part.count)).contains { Places.isKnown(name(Array(part.prefix($0)), in: source)) }
            let shoutedOn = shouted && source.surface(part[1 < part.count ? 1 : 0]).unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            if part.count >= 2, !longerPlace, !(shoutedOn && part.count == 2), Places.isKnown(source.surface(part[0])),
                !Places.isKnown(name(part, in: source)),
                !part.contains(where: { isOrganizationHead(source.keys[$0]) }),
                shouted || part.count >= 3 || source.gap(after: part[0]) != " "
            {
                result.append([part[0]])
                result.append(Array(part.dropFirst()))
            } else {
                result.append(part)
            }
        }
        return result
    }
}
