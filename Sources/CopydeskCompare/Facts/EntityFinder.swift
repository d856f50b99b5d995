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

    /// Terms of abuse for the press or a party: "the Fake News Media" is no organisation.
    static let abuse: Set<String> = [
        "fake", "lamestream", "mainstream", "failing", "lying", "crooked", "corrupt", "dishonest", "radical",
    ]

    static let nonEntityAcronyms: Set<String> = [
        "covid", "gdp", "ceo", "tv", "ok", "am", "pm", "usd", "eu27", "ii", "iii", "et", "est", "edt", "pt", "pst",
        "pdt", "dna", "pac", "pvc", "gps", "id", "iv", "lol", "omg", "faq", "pdf", "ap", "nb",
    ]

    func mentions(in source: SourceText) -> [Mention] {
        var found: [Mention] = []
        let count = source.tokens.count
        let quotedTitles = Self.titleCaseQuotations(in: source)
        for run in runs(in: source) {
            // “Mad Dog Mattis”, “Families Belong Together”: a nickname or a title in quotation
            // marks is no person (a titled one, “President Obama,”, is).
            let start = source.tokens.tokens[run.lowerBound].scalars.lowerBound
            let inTitle = quotedTitles.contains { $0.contains(start) }
            // A lone head inside one (“Meet the Press”) is no organisation either.
            found.append(
                contentsOf: classify(run, in: source).filter { mention in
                    guard inTitle else { return true }
                    if mention.kind == .person { return !mention.descriptors.isEmpty }
                    return mention.kind != .organization || mention.name.contains(" ")
                        || !isOrganizationHead(mention.name.lowercased())
                })
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
        if let last = tokens.last, let acronym = acronymAfter(last, in: source),
            Places.key(acronym) == Places.key(String(tokens.filter { source.isCapitalized($0) }.compactMap { source.surface($0).first }))
        {
            // "Deferred Action for Childhood Arrivals (DACA)": the initials say the run is one name.
        } else if !tokens.contains(where: { isOrganizationHead(source.keys[$0]) }) {
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
            if dividesAtAnd(left: left, right: right, in: source) { pieces = [left, right] }
        }
        return pieces.flatMap { split($0, in: source) }.flatMap { mentions($0, in: source) }
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
            // Every caller keeps at least one token; an empty or reversed choice falls back to all.
            let end = min(to ?? tokens.count, tokens.count)
            let lower = min(max(from, 0), end)
            let kept = lower < end ? Array(tokens[lower..<end]) : tokens
            let start = source.tokens.tokens[kept.first ?? firstToken].scalars.lowerBound
            let stop = nameEnd(kept.last ?? lastToken, in: source)
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
        // "Four states …", "Third, …": a number word opening a sentence names nothing.
        if tokens.count == 1, Lexicon.numberWords[keys[0]] != nil || Lexicon.ordinalWords[keys[0]] != nil { return [] }
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
        if tokens.count == 1,
            source.surface(firstToken).unicodeScalars.contains(where: { $0.properties.numericType != nil })
        {
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
            // "House Republican leaders", "Senate Democratic aides": a chamber and a party word
            // describe the people after them; "House Republicans" stays a group.
            if tokens.count == 2, NameWords.parties.contains(keys[1]),
                ["senate", "house", "congressional", "assembly", "state"].contains(keys[0]), keys[1] != "gop"
            {
                return []
            }
            // "the Fake News Media": a term of abuse opens no organisation's name.
            if tokens.count >= 2, Self.abuse.contains(keys[0]) { return [] }
            // "House-Senate talks": heads joined by hyphens describe, they name nothing.
            if tokens.count >= 2, !fullName.contains(" "), keys.allSatisfy({ isOrganizationHead($0) }) { return [] }
            return [make(.organization, 0)]
        }
        if keys.contains(where: { NameWords.holidays.contains($0) }) {
            return tokens.count == 1 ? [] : [make(.other, 0)]
        }
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
        if tokens.count >= 2,
            let placeEnd = (1..<tokens.count).last(where: {
                Places.isKnown(name(Array(tokens[0..<$0]), in: source))
            })
        {
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
            // "the Spokesman-Review": a title glued to the next word by a hyphen is part of a name.
            if ["-", "\u{2010}"].contains(source.gap(after: tokens[start])) { break }
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
            // "in Corpus Christi, Tex.": a town, placed by its state.
            if isTownBeforeState(tokens[start], lastToken, in: source) { return [make(.place, start)] }
            // "Red Bull", "Latin American", "Congressional Republicans": a phrase, not a person.
            if isPhrase(Array(tokens[start...]), words: words, in: source) { return [] }
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
        // "Skippers said …", "Retirees said …": a plural noun for a kind of people is capitalised only
        // because it opens the sentence. It is no sure speaker; a surname that looks plural
        // ("Sanders said …") still becomes a person below, when the name book knows its full name.
        let pluralOpening = source.startsSentence(firstToken) && NameWords.looksLikePeoplePlural(keys[start])
        if isSpeaker(lastToken, in: source), remaining == 1, !pluralOpening,
            !isCommonWord(keys[start]) || !source.startsSentence(firstToken)
        {
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
            source.gap(after: lastToken).hasPrefix(","), isStateOrCountry(at: lastToken + 1, in: source)
        {
            guess.otherwise = .place
        }
        return [guess]
    }
}
