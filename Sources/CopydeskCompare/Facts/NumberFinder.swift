import CopydeskText

/// Finds numbers with what they count: "three-day" (3 day), "30 years", "eight countries",
/// "22nd", "trillion-dollar". Years and the days of dates are left to ``DateFinder``; numbers
/// glued to a name ("COVID-19") are not counts.
struct NumberFinder: Sendable {
    func mentions(in source: SourceText) -> [FactMention] {
        var found: [FactMention] = []
        var index = 0
        let count = source.tokens.count
        while index < count {
            guard let (value, ordinal, width) = number(at: index, in: source), !isPartOfName(index, source),
                !isDate(index, value: value, ordinal: ordinal, source)
            else {
                index += 1
                continue
            }
            let last = index + width - 1
            // "9/11", "24/7", "3/4": figures joined by a slash are a date or a fraction, not counts;
            // "1 in 3", "one-in-three" are odds; "third-party", "14th Amendment", "No. 2 job" rank
            // or name something, they count nothing.
            if isSlashed(index, through: last, in: source) || isOdds(index, in: source)
                || isRankOrName(index, through: last, ordinal: ordinal, in: source)
            {
                index = last + 1
                continue
            }
            let percentSign = source.gap(after: last).hasPrefix("%")
            let currency = currencyBefore(index, in: source)
            // Money counts itself: "$5 million to the campaign" is five million dollars.
            var unit = percentSign || currency != nil ? nil : unitToken(after: last, in: source)
            // "a 49-year-old", "a 12-step plan", "a 500-seat hall": a figure joined to a singular
            // noun by a hyphen describes the next noun; only measures (days, miles, dollars) stay
            // counts ("a three-day visit" is three days), and an age keeps "-old".
            var ageEnd: Int? = nil
            if let u = unit, u == last + 1, source.gap(after: last) == "-" {
                let key = source.keys[u]
                if key == "year" || key == "month", u + 1 < source.tokens.count, source.gap(after: u) == "-",
                    source.keys[u + 1] == "old"
                {
                    ageEnd = u + 1
                } else if !Self.measures.contains(key) {
                    unit = nil
                    index = last + 1
                    continue
                }
            }
            var unitStem = unit.map { Stemmer.stem(source.keys[$0]) } ?? ""
            // "3.5%", "3.5 percent", "3.5 per cent": one unit.
            if percentSign || unitStem == "per" || unitStem == "percent" { unitStem = "percent" }
            if let currency { unitStem = currency }
            // A figure that counts nothing named ("Mattis, 68,", "the 19", "fifth") tells a reader
            // nothing on its own: no fact row.
            if unitStem.isEmpty {
                index = last + 1
                continue
            }
            var end =
                (ageEnd ?? unit).map { source.tokens.tokens[$0].scalars.upperBound }
                ?? source.tokens.tokens[last].scalars.upperBound
            if ageEnd != nil { unitStem = "year-old" }
            if percentSign { end += 1 }
            if let unit, source.keys[unit] == "per", unit + 1 < source.tokens.count, source.keys[unit + 1] == "cent" {
                end = source.tokens.tokens[unit + 1].scalars.upperBound
            }
            let start = source.tokens.tokens[index].scalars.lowerBound - (currency == nil ? 0 : 1)
            var display = source.slice(start..<end)
            if let unit, unit > last + 3 {
                display =
                    source.slice(start..<source.tokens.tokens[last].scalars.upperBound) + " " + source.surface(unit)
            }
            let valueText = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            found.append(
                FactMention(
                    kind: .number, key: "\(valueText)\(ordinal ? "th" : "")|\(unitStem)", display: display,
                    span: start..<end))
            index = (ageEnd ?? unit).map { max($0, last) + 1 } ?? last + 1
        }
        return found
    }

    /// Units a hyphenated figure still counts: "a three-day visit" is three days, "a 90-minute
    /// debate" ninety minutes, "a million-dollar check" a million dollars.
    static let measures: Set<String> = [
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "term",
        "mile", "kilometer", "kilometre", "meter", "metre", "foot", "feet", "inch", "yard", "acre", "pound",
        "ton", "gallon", "dollar", "billion", "million", "trillion", "percent", "point", "vote", "game", "page",
    ]

    /// An ordinal joined by a hyphen ("third-party", "sixth-grader") or before a name ("14th
    /// Amendment", "the third White House adviser"), a figure after "No." ("the No. 2 job"): ranks
    /// and names, not counts. (A figure after a name may count: "Sarah Palin four years ago".)
    func isRankOrName(_ first: Int, through last: Int, ordinal: Bool, in source: SourceText) -> Bool {
        let count = source.tokens.count
        if ordinal, last + 1 < count {
            let gap = source.gap(after: last)
            if gap == "-" || gap == "\u{2010}" { return true }
            // ("the 22nd SCO summit" counts summits: an acronym is a modifier, not the name.)
            if gap == " ", source.isCapitalized(last + 1), Lexicon.months[source.keys[last + 1]] == nil,
                source.surface(last + 1).unicodeScalars.contains(where: { $0.properties.isLowercase })
            {
                return true
            }
        }
        if first > 0 {
            let previous = first - 1
            let gap = source.gap(after: previous)
            let key = source.keys[previous]
            guard source.isCapitalized(previous) else { return false }
            if key == "no", gap == ". " { return true }
        }
        return false
    }

    /// The number starting at `index`: its value, whether it is an ordinal, and how many tokens
    /// it takes ("two million" is two).
    func number(at index: Int, in source: SourceText) -> (Double, Bool, Int)? {
        let key = source.keys[index]
        guard index >= 0, index < source.tokens.count else { return nil }
        var value: Double
        let ordinal = false
        if source.tokens.tokens[index].kind == .number {
            guard let parsed = Double(key.filter { $0 != "," }) else { return nil }
            value = parsed
        } else if let word = Lexicon.numberWords[key] {
            value = word
        } else if let word = Lexicon.ordinalWords[key] {
            return (Double(word), true, 1)
        } else if let digits = ordinalDigits(key) {
            return (Double(digits), true, 1)
        } else {
            return nil
        }
        var width = 1
        while index + width < source.tokens.count, let scale = Lexicon.numberWords[source.keys[index + width]],
            scale >= 100,
            source.gap(after: index + width - 1) == " "
        {
            value *= scale
            width += 1
        }
        return (value, ordinal, width)
    }

    /// "22nd" → 22.
    func ordinalDigits(_ key: String) -> Int? {
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        let rest = key.dropFirst(digits.count)
        guard !digits.isEmpty, ["st", "nd", "rd", "th"].contains(rest) else { return nil }
        return Int(digits)
    }

    /// "COVID-19", "G20", "F-16": digits that belong to a name.
    func isPartOfName(_ index: Int, _ source: SourceText) -> Bool {
        guard index > 0 else { return false }
        let gap = source.gap(after: index - 1)
        guard gap == "-" || gap.isEmpty else { return false }
        return source.isCapitalized(index - 1)
    }

    /// Years and the day of a month are dates, not counts.
    func isDate(_ index: Int, value: Double, ordinal: Bool, _ source: SourceText) -> Bool {
        let isYear =
            source.tokens.tokens[index].kind == .number && value >= 1900 && value <= 2100
            && !source.keys[index].contains(",")
        if isYear {
            let unitIndex = unitToken(after: index, in: source)
            let unit = unitIndex.map { source.keys[$0] } ?? ""
            // "2001" alone is a year; "2,000 troops" or "1950 people" is a count; "2016 campaign
            // promises", "1994 general elections": a year describing the noun after it.
            if unit.isEmpty || !unit.hasSuffix("s") || source.gap(after: index) != " " || unitIndex != index + 1 {
                return true
            }
        }
        // "the 19 Sept. 11 hijackers": the month takes the day after it; 19 is a count.
        if index + 2 < source.tokens.count, isMonth(index + 1, source),
            source.tokens.tokens[index + 2].kind == .number, let day = Int(source.keys[index + 2]),
            (1...31).contains(day)
        {
            return false
        }
        let near = [index - 1, index + 1].filter { $0 >= 0 && $0 < source.tokens.count }
        return value >= 1 && value <= 31
            && near.contains {
                Lexicon.months[source.keys[$0].replacingOccurrences(".", with: "")] != nil && source.isCapitalized($0)
            }
    }

    func isMonth(_ index: Int, _ source: SourceText) -> Bool {
        guard index >= 0, index < source.tokens.count else { return false }
        return Lexicon.months[source.keys[index]] != nil && source.isCapitalized(index)
    }

    /// Tokens `first...last` touch another figure across a slash or a hyphen: "9/11", a "5-4"
    /// ruling, a "24-7" shift.
    func isSlashed(_ first: Int, through last: Int, in source: SourceText) -> Bool {
        let count = source.tokens.count
        let joins: Set<String> = ["/", "-", "\u{2013}"]
        if last + 1 < count, joins.contains(source.gap(after: last)), source.tokens.tokens[last + 1].kind == .number {
            return true
        }
        if first > 0, joins.contains(source.gap(after: first - 1)), source.tokens.tokens[first - 1].kind == .number {
            return true
        }
        return false
    }

    func isOdds(_ index: Int, in source: SourceText) -> Bool {
        guard index >= 2, source.keys[index - 1] == "in" else { return false }
        let before = index - 2
        return source.tokens.tokens[before].kind == .number || ["one", "a"].contains(source.keys[before])
            || Lexicon.numberWords[source.keys[before]] != nil
    }

    /// "$700 billion", "£3m", "€20": the currency printed right before a figure.
    func currencyBefore(_ index: Int, in source: SourceText) -> String? {
        let start = source.tokens.tokens[index].scalars.lowerBound
        guard start > 0, start - 1 < source.scalars.count else { return nil }
        switch source.scalars[start - 1] {
        case "$": return "dollar"
        case "£": return "pound"
        case "€": return "euro"
        case "¥": return "yen"
        default: return nil
        }
    }

    /// Adverbs after a verb: "the two played together" counts nothing.
    static let adverbs: Set<String> = [
        "together", "again", "apart", "away", "back", "home", "alone", "here", "there", "ahead", "aside",
        "abroad", "instead", "anyway", "forward", "overseas",
    ]

    /// Adjectives by their ending ("industrial", "active", "dangerous"): skipped on the way to
    /// the noun a number counts, when a lower-case word follows them.
    static let adjectiveEndings = ["al", "ic", "ive", "ous", "ful", "ible", "able", "ary"]

    /// The word a number counts: the next lower-case content word, skipping fillers ("three
    /// more ex-Soviet Central Asian countries") within four tokens.
    func unitToken(after index: Int, in source: SourceText) -> Int? {
        var next = index + 1
        var hops = 0
        let count = source.tokens.count
        while next < count, hops < 7 {
            let gap = source.gap(after: next - 1)
            // "the 19 Sept. 11 hijackers": a date between a number and its noun is passed over.
            if isMonth(next, source), next + 1 < count, source.tokens.tokens[next + 1].kind == .number,
                !source.gap(after: next + 1).contains(where: { ",;:!?()".contains($0) })
            {
                next += 2
                hops += 2
                continue
            }
            if gap.contains(where: { ".,;:!?()\"“”".contains($0) }) { return nil }
            let key = source.keys[next]
            if source.tokens.tokens[next].kind == .number { return nil }
            if key == "percent" || key == "per" { return next }
            // "two of the mayor's aides": the possessor is not what is counted.
            if key.hasSuffix("'s") || key.hasSuffix("’s") || key.hasSuffix("s'") {
                next += 1
                hops += 1
                continue
            }
            // "eight the field": "the" is passed over only in "five of the bombs".
            if key == "the", source.keys[next - 1] != "of" { return nil }
            if source.isCapitalized(next) || Lexicon.countFillers.contains(key) {
                next += 1
                hops += 1
                continue
            }
            // "23 in bombings", "seven to eight": a preposition or another number word ends the search.
            if Lexicon.stopwords.contains(key) || Lexicon.numberWords[key] != nil { return nil }
            // "two pro-Trump accounts": a prefix is not what is counted; neither is what follows it
            // for sure, so the figure counts nothing named.
            if ["pro", "anti", "non", "pre", "post", "self", "semi", "co"].contains(key), source.gap(after: next) == "-"
            {
                return nil
            }
            if key.count <= 2 {
                next += 1
                hops += 1
                continue
            }
            // "13 respectively": an adverb counts nothing.
            if key.hasSuffix("ly"), key.count > 4 { return nil }
            let describes =
                Self.adjectiveEndings.contains { key.hasSuffix($0) } || (key.hasSuffix("ed") && key.count > 4)
                || (key.hasSuffix("ing") && key.count > 5) || NameWords.plainAdjectives.contains(key)
            if describes {
                // "five federal crimes": passed over on the way to the noun; "two talked", "52nd
                // Street recognized": a verb or an adjective with no noun after it counts nothing.
                guard next + 1 < count, source.gap(after: next) == " ", !source.isCapitalized(next + 1),
                    source.tokens.tokens[next + 1].kind != .number, !Lexicon.stopwords.contains(source.keys[next + 1]),
                    !Self.adverbs.contains(source.keys[next + 1]), !source.keys[next + 1].hasSuffix("ly")
                else { return nil }
                next += 1
                hops += 1
                continue
            }
            return compoundHead(next, in: source)
        }
        return nil
    }

    /// "eight newspaper articles", "two heartland states": a singular noun used as a modifier
    /// gives way to the plural noun one or two words on, which is what is counted.
    func compoundHead(_ unit: Int, in source: SourceText) -> Int {
        // "access lanes", "business owners": a singular in -ss is still a modifier.
        let key = source.keys[unit]
        guard !key.hasSuffix("s") || key.hasSuffix("ss") else { return unit }
        var next = unit + 1
        while next < source.tokens.count, next <= unit + 2, source.gap(after: next - 1) == " ",
            !source.isCapitalized(next), source.tokens.tokens[next].kind != .number
        {
            let key = source.keys[next]
            if Lexicon.stopwords.contains(key) || key.hasSuffix("ly") { break }
            if key.hasSuffix("s"), !key.hasSuffix("ss"), !key.hasSuffix("ous"), key.count > 3 { return next }
            next += 1
        }
        return unit
    }
}
