import CopydeskText

/// How ``EntityFinder`` tells a name from a phrase in capitals: a title or a nickname in quotation
/// marks, a brand or a show ("Red Bull", "The Late Show"), an adjective of a place ("Latin
/// American"), a group ("Congressional Republicans"), coordinated names ("Apple and American
/// Airlines").
extension EntityFinder {
    /// Scalar ranges of short quotations in title case (“Mad Dog”, “Axios on HBO”, “Fake News”):
    /// a nickname, a show's or a bill's title or a scare term, never a person or an organisation
    /// the story is about.
    static func titleCaseQuotations(in source: SourceText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var open: Int? = nil
        var straightOpen: Int? = nil
        let scalars = source.scalars
        for offset in scalars.indices {
            let scalar = scalars[offset]
            var closed: Range<Int>? = nil
            if scalar == "“" {
                open = offset + 1
            } else if scalar == "”", let start = open {
                closed = start..<offset
                open = nil
            } else if scalar == "\"" {
                if let start = straightOpen {
                    closed = start..<offset
                    straightOpen = nil
                } else {
                    straightOpen = offset + 1
                }
            } else if scalar == "\n" {
                // A quotation left open at a paragraph's end (it runs on) is no title.
                open = nil
                straightOpen = nil
            }
            guard let range = closed, range.count > 0, range.count <= 60 else { continue }
            let tokens = Array(source.tokenIndices(in: range))
            guard let first = tokens.first, tokens.count <= 5, source.isCapitalized(first) else { continue }
            // Every word capitalised but the small words of a title ("on", "of", "the").
            let titleCase = tokens.allSatisfy { token in
                source.isCapitalized(token) || Self.titleSmallWords.contains(source.keys[token])
            }
            // A quoted sentence ("No.") or a single ordinary word ("Yes") is no title.
            let capitalised = tokens.filter { source.isCapitalized($0) }.count
            if titleCase, capitalised >= 2 || tokens.count == 1 && source.keys[first].count > 3 {
                found.append(range)
            }
        }
        return found
    }

    /// Words printed small inside a title in title case.
    static let titleSmallWords: Set<String> = [
        "of", "on", "the", "a", "an", "and", "for", "in", "to", "at", "by", "with", "or", "from",
    ]

    /// Words that open headline-case phrases and are rarely a given name: a run they start that is
    /// not titled nor a known given name is a brand, a show or a slogan ("Red Bull", "West Wing",
    /// "Late Show", "Fake News", "Fort Lee", "Hurricane Sandy").
    static let phraseOpeners: Set<String> = [
        "red", "white", "black", "blue", "green", "golden", "new", "old", "big", "little", "great", "grand",
        "high", "late", "early", "open", "free", "fake", "true", "real", "good", "bad", "best", "last", "next",
        "social", "political", "public", "royal", "holy", "sacred", "hurricane", "storm", "tropical",
        "fort", "mount", "port", "lake", "cape", "camp", "operation", "smart", "modern", "mad", "super",
        "daily", "weekly", "nightly", "morning", "evening", "sunday", "city", "world", "global", "wild",
        "happy", "lucky", "dear", "sweet", "hot", "cold", "dark", "bright", "secret", "hidden", "lost",
        "star", "war", "peace", "families", "family", "american", "latin", "western", "eastern", "middle",
        "consolidated", "united", "general", "standard", "federal", "central", "colored",
    ]

    /// Is the untitled run `words` (keys) a phrase in capitals rather than a person's name?
    /// Only when its first word is no known given name: "Jim Talent" and "Hope Hicks" are people.
    func isPhrase(_ tokens: [Int], words: [String], in source: SourceText) -> Bool {
        guard let first = words.first, let last = words.last, let lastToken = tokens.last else { return false }
        if Forenames.gender(of: first) != nil || NameWords.nicknames[first] != nil { return false }
        // "Congressional Republicans", "Presidents Bush": a group or a plural title names several.
        if NameWords.groups.contains(last) || isPluralTitle(first) { return true }
        // "Latin American", "Puerto Rican", "Middle Eastern": an adjective of a place.
        if isAdjectiveOfPlace(words, tokens: tokens, in: source) { return true }
        // Whoever "said" is a person whatever the words; so is a surname the source prints alone.
        if isSpeaker(lastToken, in: source) || printedAlone(last, outside: tokens, in: source) { return false }
        if Self.phraseOpeners.contains(first) || NameWords.directions.contains(first)
            || NameWords.plainAdjectives.contains(first)
        {
            return true
        }
        // "Withering Ripostes", "Mostly Delivered": an adverb or a participle opens a phrase.
        if (first.hasSuffix("ly") && first.count > 4) || (first.hasSuffix("ing") && first.count > 5) { return true }
        // "Open Borders", "Pell Grants": a word the story also prints small is a common noun.
        return words.contains { isCommonWord($0) && $0.count > 2 }
    }

    func isPluralTitle(_ key: String) -> Bool {
        guard key.hasSuffix("s"), key.count > 3 else { return false }
        let singular = String(key.dropLast())
        return Lexicon.titles.contains(singular) || NameWords.titleOnly.contains(singular)
    }

    /// "Latin American" (Latin America), "Puerto Rican" (Puerto Rico), "Middle Eastern" (Middle
    /// East), "Roman Catholic" aside: the last word is a demonym or the place's last word with an
    /// adjective's ending.
    func isAdjectiveOfPlace(_ words: [String], tokens: [Int], in source: SourceText) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        if Lexicon.demonyms[last] != nil { return true }
        let head = tokens.dropLast().map { source.surface($0) }.joined(separator: " ")
        var stems: [String] = []
        if last.hasSuffix("an") {
            let root = String(last.dropLast(2))
            stems += [root + "a", root + "o", root + "ia", String(last.dropLast())]
        }
        if last.hasSuffix("ern") { stems.append(String(last.dropLast(3))) }
        if last.hasSuffix("ese") || last.hasSuffix("ish") { stems.append(String(last.dropLast(3))) }
        return stems.contains { Places.isKnown(head + " " + $0) }
    }

    /// Is `key` printed capitalised somewhere in the source outside `tokens`, not as a sentence's
    /// first word and not right after the run's first word ("Limbaugh said" after "Rush Limbaugh")?
    func printedAlone(_ key: String, outside tokens: [Int], in source: SourceText) -> Bool {
        guard let low = tokens.first, let high = tokens.last, key.count > 2 else { return false }
        // Compared as printed, with or without a possessive: no string is built per token.
        let possessive = key + "'s"
        for index in 0..<source.tokens.count where index < low || index > high {
            let printed = source.keys[index]
            guard printed == key || printed == possessive, source.isCapitalized(index), !source.startsSentence(index)
            else {
                continue
            }
            // Alone: the word before it is not capitalised (not "Rush Limbaugh" again).
            if index == 0 || !source.isCapitalized(index - 1) || source.gap(after: index - 1) != " " { return true }
        }
        return false
    }

    /// Should a run with an organisation's head be cut at its last lower-case "and"?
    /// "Republican House and Senate", "School of Law and School of Nursing", "Attorney General and
    /// U.S. Senate", "Apple and American Airlines" are two; "Department of Housing and Urban
    /// Development", "Port Authority of New York and New Jersey", "Food and Drug Administration"
    /// are one.
    func dividesAtAnd(left: [Int], right: [Int], in source: SourceText) -> Bool {
        guard let rightFirst = right.first, !left.isEmpty else { return false }
        let leftHead = left.contains { isOrganizationHead(source.keys[$0]) }
        let rightHead = right.contains { isOrganizationHead(source.keys[$0]) }
        if isOrganizationHead(source.keys[rightFirst]) && leftHead { return true }
        if left.contains(where: { Lexicon.titles.contains(bare(source.keys[$0])) || NameWords.titleOnly.contains(bare(source.keys[$0])) }) {
            return true
        }
        // "… of Housing and Urban Development": both words belong to the "of".
        if left.contains(where: { ["of", "for"].contains(source.keys[$0]) && !source.isCapitalized($0) }) { return false }
        if !rightHead { return leftHead }
        if leftHead { return false }
        // "Apple and American Airlines": the left is a name of its own when the source prints it
        // alone elsewhere; "Food and Drug Administration" never prints "Food" alone.
        let keys = left.map { bare(source.keys[$0]) }
        guard let last = keys.last, !keys.contains(where: { isCommonWord($0) }) else { return false }
        return printedAlone(last, outside: left + right, in: source)
    }

    /// "in Corpus Christi, Tex.", "near Fort Lee, N.J.": a town the gazetteer lacks, placed by the
    /// state or country printed after it.
    func isTownBeforeState(_ first: Int, _ last: Int, in source: SourceText) -> Bool {
        guard first > 0, last + 1 < source.tokens.count,
            ["in", "near", "outside", "across", "from", "of"].contains(source.keys[first - 1]),
            source.gap(after: first - 1) == " ", source.gap(after: last).hasPrefix(",")
        else { return false }
        return isStateOrCountry(at: last + 1, in: source)
    }

    /// "Tex.", "N.J.", "Ohio", "France" at `index`: what places a town printed before it.
    func isStateOrCountry(at index: Int, in source: SourceText) -> Bool {
        guard index < source.tokens.count, source.isCapitalized(index) else { return false }
        // "N.J.": glued initials spell the abbreviation.
        var letters = source.keys[index]
        var next = index
        while isInitial(next, in: source), next + 1 < source.tokens.count, source.gap(after: next) == ".",
            isInitial(next + 1, in: source)
        {
            next += 1
            letters += source.keys[next]
        }
        if NameWords.stateAbbreviations.contains(letters) { return true }
        return SpeechWords.isUSPlace(source.surface(index)) || Places.isKnown(source.surface(index))
    }
}
