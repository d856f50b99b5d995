import CopydeskText

/// What ``EntityFinder`` asks of single words and tokens: titles, heads, initials, acronyms.
extension EntityFinder {
    func isOrganizationHead(_ key: String) -> Bool {
        let word = bare(key)
        return Lexicon.organizationHeads.contains(word) || NameWords.organizationHeads.contains(word)
    }

    func isTitle(_ key: String) -> Bool {
        let word = bare(key)
        return Lexicon.titles.contains(word) || NameWords.titles.contains(word) || Lexicon.demonyms[word] != nil
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
        // A title glued by a hyphen is part of a word ("the Spokesman-Review"), not a title.
        for t in stride(from: tokens.count - 2, through: 0, by: -1)
        where isTitle(keys[t]) && !["-", "\u{2010}"].contains(source.gap(after: tokens[t])) {
            let rest = keys[(t + 1)...]
            let named = rest.filter { !NameWords.suffixes.contains($0) }
            guard !named.isEmpty, rest.count <= 4,
                !rest.contains(where: { isTitle($0) || isOrganizationHead($0) || $0 == "of" || $0 == "and" }),
                // "Senate Bill" is a bill; "Editor Bill Kristol" a person whose given name is a head.
                !rest.enumerated().contains(where: { offset, word in
                    (Lexicon.otherHeads.contains(word) || NameWords.otherHeads.contains(word))
                        && !(offset == 0 && rest.count >= 2 && Forenames.gender(of: word) != nil)
                })
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

    /// The end of a name token without its possessive `'s`, with the last full stop of glued
    /// initials ("U.S.", "N.J.", "I.M.F."): "U.S" is no way to print it.
    func nameEnd(_ token: Int, in source: SourceText) -> Int {
        let span = source.tokens.tokens[token].scalars
        if source.keys[token].hasSuffix("'s") { return span.upperBound - 2 }
        if token > 0, isInitial(token, in: source), isInitial(token - 1, in: source), source.gap(after: token - 1) == ".",
            source.gap(after: token).hasPrefix("."), span.upperBound < source.scalars.count
        {
            return span.upperBound + 1
        }
        return span.upperBound
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
