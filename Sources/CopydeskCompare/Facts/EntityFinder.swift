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
        "covid", "gdp", "ceo", "tv", "ok", "am", "pm", "usd", "eu27", "ii", "iii", "et", "est", "edt", "pt", "pst",
        "pdt", "dna", "pac", "pvc", "gps", "id", "iv", "lol", "omg", "faq", "pdf", "ap", "nb",
    ]

    func mentions(in source: SourceText) -> [Mention] {
        var found: [Mention] = []
        let count = source.tokens.count
        for run in runs(in: source) {
            found.append(contentsOf: classify(run, in: source))
            // "the Obama administration", "the Trump campaign": the pair is an organisation.
            let next = run.upperBound
            if next < count, run.count <= 3, NameWords.governingBodies.contains(source.keys[next]),
                !source.isCapitalized(next), source.gap(after: next - 1) == " ",
                let body = governingBody(run, next, in: source)
            {
                found.append(body)
            }
        }
        return found
    }

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
                let joins = gap == " " || gap == "-" || gap == "\u{2010}"
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

    func classify(_ run: Range<Int>, in source: SourceText) -> [Mention] {
        var tokens = Array(run)
        // A capitalised first word of a sentence is a name only if it is never written small.
        if let first = tokens.first, source.startsSentence(first) || isAfterOpeningQuote(first, source) {
            let key = source.keys[first]
            // "New York City Mayor …": a place that starts with a common word keeps it.
            let placeAhead = (2...4).contains { length in
                length <= tokens.count && Places.isKnown(name(Array(tokens.prefix(length)), in: source))
            }
            if !placeAhead,
                Lexicon.stopwords.contains(key) || NameWords.functionWords.contains(key)
                    || lowercaseVocabulary.contains(key) || key.hasSuffix("ing")
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
        // Particles of a name ("Bashar al Assad", "Ludwig van Beethoven") join; these divide.
        let connectors: Set<String> = ["of", "and", "for"]
        var pieces: [[Int]] = [tokens]
        if !tokens.contains(where: { isOrganizationHead(source.keys[$0]) }) {
            pieces = tokens.split(whereSeparator: { connectors.contains(source.keys[$0]) && !source.isCapitalized($0) })
                .map(Array.init)
        } else if let of = tokens.last(where: { source.keys[$0] == "of" && !source.isCapitalized($0) }),
            let before = tokens.last(where: { $0 < of }), !isOrganizationHead(source.keys[before]),
            Places.isKnown(name(tokens.filter { $0 > of }, in: source))
        {
            // "House Speaker John Boehner of Ohio": a name, then where the person is from.
            pieces = [tokens.filter { $0 < of }, tokens.filter { $0 > of }]
        } else if let of = tokens.first(where: { source.keys[$0] == "of" && !source.isCapitalized($0) }),
            tokens.filter({ $0 < of }).count >= 2,
            !tokens.contains(where: { $0 < of && (isOrganizationHead(source.keys[$0]) || isTitle(source.keys[$0])) }),
            !Places.isKnown(name(tokens.filter { $0 < of }, in: source))
        {
            // "Martha Raddatz of ABC News": a name, then the organisation it works for.
            pieces = [tokens.filter { $0 < of }, tokens.filter { $0 > of }]
        } else if let and = tokens.last(where: { source.keys[$0] == "and" && !source.isCapitalized($0) }) {
            // "Defense Department and Washington", "Senate Majority Leader Mitch McConnell and Reid":
            // an organisation's head before the "and" and none after it makes two names;
            // "Department of Health and Human Services" keeps one.
            let left = tokens.filter { $0 < and }
            let right = tokens.filter { $0 > and }
            if !right.contains(where: { isOrganizationHead(source.keys[$0]) }), !left.isEmpty, !right.isEmpty {
                pieces = [left, right]
            }
        }
        return pieces.flatMap { split($0, in: source) }.flatMap { mentions($0, in: source) }
    }

    func isOrganizationHead(_ key: String) -> Bool {
        let word = bare(key)
        return Lexicon.organizationHeads.contains(word) || NameWords.organizationHeads.contains(word)
    }

    func isTitle(_ key: String) -> Bool {
        let word = bare(key)
        return Lexicon.titles.contains(word) || NameWords.titles.contains(word) || Lexicon.demonyms[word] != nil
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
            if part.count >= 2, Places.isKnown(source.surface(part[0])), !Places.isKnown(name(part, in: source)),
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

    /// What one piece of a run names: a place, an organisation, a titled or untitled person, or
    /// nothing worth a fact row. A title chain inside the piece ("Senate Majority Leader Mitch
    /// McConnell", "New York City Mayor Michael Bloomberg") leaves the person after it, and what
    /// stands before the chain is a place or an organisation of its own when it is one.
    func mentions(_ tokens: [Int], in source: SourceText) -> [Mention] {
        guard let firstToken = tokens.first, let lastToken = tokens.last else { return [] }
        let keys = tokens.map { bare(source.keys[$0]) }
        let fullName = name(tokens, in: source)
        let span = source.tokens.tokens[firstToken].scalars.lowerBound..<nameEnd(lastToken, in: source)
        let acronym = acronymAfter(lastToken, in: source)
        func make(_ kind: CoverageReport.Fact.Kind, _ from: Int, _ to: Int? = nil, descriptors: Set<String> = [])
            -> Mention
        {
            let end = to ?? tokens.count
            let kept = Array(tokens[from..<end])
            let start = source.tokens.tokens[kept[0]].scalars.lowerBound
            let stop = nameEnd(kept[kept.count - 1], in: source)
            return Mention(
                kind: kind, name: name(kept, in: source), span: start..<stop, descriptors: descriptors,
                acronym: end == tokens.count ? acronym : nil)
        }
        if Places.isKnown(fullName) { return [make(.place, 0)] }
        // "South Florida", "Midtown Manhattan": a region of a known place is a place.
        if tokens.count >= 2, NameWords.directions.contains(keys[0]),
            Places.isKnown(name(Array(tokens.dropFirst()), in: source))
        {
            return [make(.place, 0)]
        }
        if NameWords.functionWords.contains(keys[0]) {
            return tokens.count == 1 ? [] : mentions(Array(tokens.dropFirst()), in: source)
        }
        // "U.N.", "F.B.I.": initials glued by full stops are an acronym.
        if tokens.count >= 2, tokens.allSatisfy({ isInitial($0, in: source) }) {
            // "N.J.", "D.C.": a state, not an organisation.
            if NameWords.stateAbbreviations.contains(keys.joined()) { return [make(.place, 0)] }
            return Self.nonEntityAcronyms.contains(keys.joined()) ? [] : [make(.organization, 0)]
        }
        if let titled = titledPerson(tokens, keys: keys, in: source, make: make) { return titled }
        let meaningful = keys.filter { !NameWords.suffixes.contains($0) }
        if tokens.count == 1, NameWords.groups.contains(keys[0]) { return [] }
        if tokens.count == 1, NameWords.editorialLabels.contains(keys[0]), NameBook.isShouting(fullName) { return [] }
        // "SB1062", "F150": letters glued to digits are a bill or a model number, not a name.
        if tokens.count == 1, source.surface(firstToken).unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
            return []
        }
        // "R", "E": one letter alone names nothing.
        if tokens.count == 1, source.surface(firstToken).unicodeScalars.count == 1 { return [] }
        // "Senate Bill", "Super Bowl": an event's or a document's head at the end outweighs an
        // organisation's word before it.
        if tokens.count >= 2, let lastWord = meaningful.last,
            Lexicon.otherHeads.contains(lastWord) || NameWords.otherHeads.contains(lastWord)
        {
            return [make(.other, 0)]
        }
        if keys.contains(where: { isOrganizationHead($0) }) {
            if tokens.count == 1, NameWords.genericHeads.contains(keys[0]) { return [] }
            // "a Republican Senate", "the GOP House": which party holds a chamber, not a body's name.
            if tokens.count == 2, NameWords.parties.contains(keys[0]),
                ["senate", "house", "congress", "majority", "leadership", "legislature"].contains(keys[1])
            {
                return []
            }
            // "House-Senate talks": heads joined by hyphens describe, they name nothing.
            if tokens.count >= 2, !fullName.contains(" "), keys.allSatisfy({ isOrganizationHead($0) }) { return [] }
            return [make(.organization, 0)]
        }
        if keys.contains(where: { NameWords.holidays.contains($0) }) { return tokens.count == 1 ? [] : [make(.other, 0)] }
        if let lastWord = meaningful.last, tokens.count >= 2 {
            if NameWords.placeHeads.contains(lastWord) { return [make(.place, 0)] }
            if Lexicon.otherHeads.contains(lastWord) || NameWords.otherHeads.contains(lastWord) {
                return [make(.other, 0)]
            }
        }
        // "BERKELEY HEIGHTS, N.J. —": a dateline's town in capitals.
        if tokens.count >= 2, fullName.count > 4, fullName.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
            !tokens.contains(where: { isAcronym($0, in: source) || isInitial($0, in: source) })
        {
            let paragraphStart = source.paragraphs.contains { $0.lowerBound == span.lowerBound }
            return paragraphStart && source.gap(after: lastToken).hasPrefix(",") ? [make(.place, 0)] : []
        }
        // "RIGHT", "FIRED": a common word in capitals for emphasis is no acronym.
        if tokens.count == 1, keys[0].count >= 5, NameBook.isShouting(fullName),
            isCommonWord(keys[0]) || ["ed", "ing", "ly", "tion"].contains(where: { keys[0].hasSuffix($0) })
        {
            return []
        }
        // "DANVILLE, Va. —": a dateline's town in capitals, too long for an acronym.
        if tokens.count == 1, NameBook.isShouting(fullName), !isAcronym(firstToken, in: source) {
            let paragraphStart = source.paragraphs.contains { $0.lowerBound == span.lowerBound }
            return paragraphStart && source.gap(after: firstToken).hasPrefix(",") ? [make(.place, 0)] : []
        }
        if tokens.count == 1, isAcronym(firstToken, in: source) {
            return Self.nonEntityAcronyms.contains(keys[0]) ? [] : [make(.organization, 0)]
        }
        // A name with an acronym after it is an organisation: people have none ("Islamic State (ISIS)").
        if acronym != nil, tokens.count >= 2 { return [make(.organization, 0)] }
        // An acronym inside a longer untitled run ("NATO Defense Ministerial") is the name to keep.
        if tokens.count >= 2, let inner = tokens.firstIndex(where: { isAcronym($0, in: source) }) {
            let key = keys[inner]
            return Self.nonEntityAcronyms.contains(key) ? [] : [make(.organization, inner, inner + 1)]
        }
        // Strip demonyms and titles from the front: what they leave is a person's name.
        var descriptors = Set<String>()
        var start = 0
        var titled = false
        // "New Jersey Democrat", "Republican Mitt Romney", "National Intelligence James Clapper":
        // a place, a party or words of a title in front are descriptors, not the name.
        if tokens.count >= 2, let placeEnd = (1..<tokens.count).last(where: {
            Places.isKnown(name(Array(tokens[0..<$0]), in: source))
        }) {
            let describes = isTitle(keys[placeEnd]) || NameWords.parties.contains(keys[placeEnd])
            if describes {
                descriptors.insert(name(Array(tokens[0..<placeEnd]), in: source))
                start = placeEnd
            } else if placeEnd >= 2 {
                // "New York Yankees", "San Diego Civic Theater": a place of several words and a
                // name after it is a team or an institution. ("Chad Griffin" is a first name.)
                return [make(.organization, 0)]
            }
        }
        while start < keys.count {
            if let place = Lexicon.demonyms[keys[start]] {
                descriptors.insert(place)
            } else if Lexicon.titles.contains(keys[start]) || NameWords.titleOnly.contains(keys[start]) {
                descriptors.insert(keys[start])
                titled = true
            } else if NameWords.titles.contains(keys[start]) || NameWords.parties.contains(keys[start]) {
                descriptors.insert(keys[start])
            } else {
                break
            }
            start += 1
        }
        guard start < keys.count else { return [] }
        // A person's name never starts with a function word ("Very Serious", "The Donald").
        if Lexicon.stopwords.contains(keys[start]) || NameWords.functionWords.contains(keys[start]),
            NameWords.nicknames[keys[start]] == nil
        {
            return []
        }
        for descriptor in descriptorsBefore(firstToken, in: source) {
            descriptors.insert(descriptor)
            titled = titled || Lexicon.titles.contains(descriptor) || Lexicon.personNouns.contains(descriptor)
        }
        let remaining = keys.count - start
        if titled { return [make(.person, start, descriptors: descriptors)] }
        // "HuffPost", "NextGen America": a word with a capital inside after three small letters is
        // a brand ("McCarthy", "DeSantis", "MacArthur" have theirs sooner).
        if tokens[start...].contains(where: { isBrand(source.surface($0)) }) { return [make(.organization, start)] }
        // "Obama-Romney", "Campa-Najjar": words joined by hyphens only are one word of a name,
        // kept when they are a known person's surname.
        let spaced = name(Array(tokens[start...]), in: source).contains(" ")
        if remaining >= 2 && remaining <= 4 && spaced {
            let words = Array(keys[start...])
            // "Come-To-Jesus": a function word inside is a phrase, not a name.
            let inner = tokens[(start + 1)...].filter { !isInitial($0, in: source) }
            if inner.contains(where: { Lexicon.stopwords.contains(bare(source.keys[$0])) }) { return [] }
            // "Space Force", "Fake News", "National Defense Strategy": every word is also written
            // small, so it is a phrase in capitals, not a person.
            if words.allSatisfy({ isCommonWord($0) }) { return [] }
            // "Trump Presidency": an abstract noun at the end; the words before it may name someone.
            if let last = words.last, isCommonWord(last) || last.count >= 8,
                NameWords.abstractEndings.contains(where: { last.hasSuffix($0) })
            {
                guard words.count == 2 else { return [] }
                var guess = make(.person, start, tokens.count - 1, descriptors: descriptors)
                guess.confident = false
                return [guess]
            }
            return [make(.person, start, descriptors: descriptors)]
        }
        if remaining == 1, NameWords.groups.contains(keys[start]) { return [] }
        if isSpeaker(lastToken, in: source), remaining == 1, !isCommonWord(keys[start]) || !source.startsSentence(firstToken) {
            return [make(.person, start, descriptors: descriptors)]
        }
        if remaining > 4 || (remaining > 1 && spaced) { return [] }
        // A lone capitalised word: a person's short name if it resolves to a known full name,
        // else a place after a preposition of place, else dropped (``NameBook`` decides).
        var guess = make(.person, start, descriptors: descriptors)
        guess.confident = false
        // "in Plantation, Fla.", "near Opa-locka, Florida": a town the gazetteer lacks, placed by the
        // state or country printed after it. A lone word after "in" alone is too often something
        // else ("in Congress", "in Bush v. Gore").
        if firstToken > 0, ["in", "near", "outside", "across", "from"].contains(source.keys[firstToken - 1]),
            source.gap(after: firstToken - 1) == " ", lastToken + 1 < source.tokens.count,
            source.gap(after: lastToken).hasPrefix(","), Places.isKnown(source.surface(lastToken + 1))
                || NameWords.stateAbbreviations.contains(source.keys[lastToken + 1])
        {
            guess.otherwise = .place
        }
        return [guess]
    }

    /// Is `key` (or its singular) printed in lower case somewhere in the compared texts?
    func isCommonWord(_ key: String) -> Bool {
        if lowercaseVocabulary.contains(key) || Lexicon.stopwords.contains(key) { return true }
        if key.hasSuffix("s"), lowercaseVocabulary.contains(String(key.dropLast())) { return true }
        return false
    }

    /// A person named after a chain of titles inside the run, with what precedes the chain.
    func titledPerson(
        _ tokens: [Int], keys: [String], in source: SourceText,
        make: (CoverageReport.Fact.Kind, Int, Int?, Set<String>) -> Mention
    ) -> [Mention]? {
        // The last title with one to four name words after it and no organisation head among them.
        guard tokens.count >= 2 else { return nil }
        var titleAt: Int? = nil
        for t in stride(from: tokens.count - 2, through: 0, by: -1) where isTitle(keys[t]) {
            let rest = keys[(t + 1)...]
            let named = rest.filter { !NameWords.suffixes.contains($0) }
            guard !named.isEmpty, rest.count <= 4,
                !rest.contains(where: { isTitle($0) || isOrganizationHead($0) || $0 == "of" || $0 == "and" }),
                !rest.contains(where: { Lexicon.otherHeads.contains($0) || NameWords.otherHeads.contains($0) })
            else { continue }
            titleAt = t
            break
        }
        guard let t = titleAt else { return nil }
        // Only a real title makes a person of what follows ("Senate Intelligence" alone does not).
        var chainStart = t
        while chainStart > 0, isTitle(keys[chainStart - 1]) || keys[chainStart - 1] == "of" {
            chainStart -= 1
        }
        let chain = keys[chainStart...t]
        guard chain.contains(where: { Lexicon.titles.contains($0) || NameWords.titleOnly.contains($0) }) else {
            return nil
        }
        var descriptors = Set<String>()
        for key in chain {
            if let place = Lexicon.demonyms[key] { descriptors.insert(place) } else { descriptors.insert(key) }
        }
        var found: [Mention] = []
        if chainStart > 0 {
            let prefix = Array(tokens[0..<chainStart])
            let printed = name(prefix, in: source)
            if Places.isKnown(printed) {
                found.append(make(.place, 0, chainStart, []))
                descriptors.insert(printed)
            } else if keys[0..<chainStart].contains(where: { isOrganizationHead($0) }) {
                found.append(make(.organization, 0, chainStart, []))
            }
        }
        var person = make(.person, t + 1, nil, descriptors)
        person.confident = true
        found.append(person)
        return found
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

    func isBrand(_ word: String) -> Bool {
        var lowerRun = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isUppercase {
                if lowerRun >= 3 { return true }
                lowerRun = 0
            } else if scalar.properties.isLowercase {
                lowerRun += 1
            } else {
                lowerRun = 0
            }
        }
        return false
    }

    /// A single capital letter: a middle initial or a letter of "U.S.".
    func isInitial(_ token: Int, in source: SourceText) -> Bool {
        source.surface(token).unicodeScalars.count == 1 && source.isCapitalized(token)
    }

    func isAcronym(_ token: Int, in source: SourceText) -> Bool {
        let surface = source.surface(token).unicodeScalars
        // "A16" is a page, "DANVILLE" a dateline: an acronym has two to six letters.
        let letters = surface.filter { $0.properties.isUppercase }.count
        return letters >= 2 && letters <= 6
            && surface.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil }
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
