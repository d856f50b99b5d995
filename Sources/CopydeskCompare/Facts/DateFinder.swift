import CopydeskText

/// Finds dates, absolute ("Sept 14", "15 September, 2022", "January 2020", "2001") and relative
/// ("Wednesday", "today", "this year"), and resolves them against the story's own date when it
/// can: the dateline's date, else the publication date. A weekday means the latest such day on
/// or before that date, as news copy uses it ("met on Wednesday" in Thursday's paper).
struct DateFinder: Sendable {
    /// Year, month and day of the story, when known.
    var reference: (year: Int, month: Int, day: Int)?

    init(article: SourceText) {
        reference = nil
        let published = article.article.published.flatMap { CivilDate(iso: $0) }.map { (year: $0.year, month: $0.month, day: $0.day) }
        if let dateline = article.article.dateline, let (month, day) = Self.monthDay(in: dateline),
            let year = published?.year
        {
            reference = (year, month, day)
        } else {
            reference = published
        }
    }

    func mentions(in source: SourceText) -> [FactMention] {
        var found: [FactMention] = []
        var index = 0
        let keys = source.keys
        let count = keys.count
        func at(_ i: Int) -> String? { i < count ? keys[i] : nil }
        func isYear(_ i: Int) -> Int? {
            guard i < count, source.tokens.tokens[i].kind == .number, let value = Int(keys[i]),
                (1900...2100).contains(value)
            else { return nil }
            return value
        }
        func isDay(_ i: Int) -> Int? {
            guard i < count, source.tokens.tokens[i].kind == .number, let value = Int(keys[i]), (1...31).contains(value)
            else { return nil }
            return value
        }
        func month(_ i: Int) -> Int? {
            guard i < count, source.isCapitalized(i) else { return nil }
            return Lexicon.months[keys[i]]
        }
        func emit(_ first: Int, _ last: Int, _ key: String, inferred: Bool = false) {
            let span = source.tokens.tokens[first].scalars.lowerBound..<source.tokens.tokens[last].scalars.upperBound
            found.append(FactMention(kind: .date, key: key, display: key, span: span, yearInferred: inferred))
        }
        // A day and its month ("March 5", "5 March") at `index` and the token after it, with the
        // year when the next token is one; the story's year, marked inferred, when not. Returns
        // how many tokens the date took.
        func emitDay(_ d: Int, of m: Int, at index: Int) -> Int {
            if let y = isYear(index + 2) {
                emit(index, index + 2, Self.iso(y, m, d))
                return 3
            }
            emit(index, index + 1, Self.iso(reference?.year, m, d), inferred: true)
            return 2
        }
        while index < count {
            let key = keys[index]
            if let m = month(index) {
                if let d = isDay(index + 1) {
                    index += emitDay(d, of: m, at: index)
                    continue
                }
                if let y = isYear(index + 1) {
                    emit(index, index + 1, Self.iso(y, m, nil))
                    index += 2
                    continue
                }
                if key != "may" && key != "march" {
                    emit(index, index, Self.iso(reference?.year, m, nil), inferred: true)
                }
                index += 1
                continue
            }
            // "9/11", "1/20/2017": month and day (and year) joined by slashes, as American copy
            // prints them.
            if let slashed = slashDate(at: index, in: source) {
                emit(index, slashed.last, slashed.key)
                index = slashed.last + 1
                continue
            }
            // "the 19 Sept. 11 hijackers": the month takes the day after it, so 19 is no day.
            if let d = isDay(index), let m = month(index + 1), isDay(index + 2) == nil {
                index += emitDay(d, of: m, at: index)
                continue
            }
            // "Wednesday's ceremony": the day, possessive or not.
            if let weekday = Lexicon.weekdays[key.replacingPossessive()], source.isCapitalized(index) {
                let day = key.replacingPossessive()
                let resolved = resolve(weekday: weekday, Self.direction(at: index, in: source))
                emit(index, index, resolved ?? day.prefix(1).uppercased() + day.dropFirst())
                index += 1
                continue
            }
            if let offset = Lexicon.relativeDays[key] {
                emit(index, index, resolve(offset: offset) ?? key)
                index += 1
                continue
            }
            if ["this", "last", "next"].contains(key), let unit = at(index + 1), ["year", "year's"].contains(unit) {
                let shift = key == "this" ? 0 : key == "last" ? -1 : 1
                emit(index, index + 1, reference.map { String($0.year + shift) } ?? "\(key) year")
                index += 2
                continue
            }
            if let y = isYear(index) {
                let next = at(index + 1) ?? ""
                if !(next.hasSuffix("s") && source.gap(after: index) == " " && !Lexicon.stopwords.contains(next)) {
                    emit(index, index, String(y))
                }
            }
            index += 1
        }
        return found
    }

    /// A date printed with slashes at `index`: month/day or month/day/year (four-digit year).
    func slashDate(at index: Int, in source: SourceText) -> (last: Int, key: String)? {
        let count = source.tokens.count
        let keys = source.keys
        guard index + 1 < count,
            source.tokens.tokens[index].kind == .number, source.tokens.tokens[index + 1].kind == .number,
            source.gap(after: index) == "/", index == 0 || !source.gap(after: index - 1).hasSuffix("/"),
            let m = Int(keys[index]), (1...12).contains(m), let d = Int(keys[index + 1]), (1...31).contains(d)
        else { return nil }
        if index + 2 < count, source.gap(after: index + 1) == "/", source.tokens.tokens[index + 2].kind == .number {
            guard let y = Int(keys[index + 2]), (1900...2100).contains(y) else { return nil }
            return (index + 2, Self.iso(y, m, d))
        }
        // A year is not guessed for "9/11": slashed days without one name past events.
        return (index + 1, Self.iso(nil, m, d))
    }

    func resolve(offset: Int) -> String? {
        guard let reference else { return nil }
        return CivilDate(year: reference.year, month: reference.month, day: reference.day).adding(days: offset).iso
    }

    /// Which way a weekday points from the story's date.
    enum Direction {
        /// The latest such day on or before it: "met on Wednesday".
        case past
        /// The next such day on or after it: "will meet on Friday", "levels would fall by Friday".
        case coming
        /// "last Friday": a week back at most, never the day itself.
        case last
        /// "next Friday": a week ahead at most, never the day itself.
        case next
    }

    func resolve(weekday: Int, _ direction: Direction = .past) -> String? {
        guard let reference else { return nil }
        let today = CivilDate(year: reference.year, month: reference.month, day: reference.day)
        let back = (today.weekday - weekday + 7) % 7
        let ahead = (weekday - today.weekday + 7) % 7
        switch direction {
        case .past: return today.adding(days: -back).iso
        case .coming: return today.adding(days: ahead).iso
        case .last: return today.adding(days: -(back == 0 ? 7 : back)).iso
        case .next: return today.adding(days: ahead == 0 ? 7 : ahead).iso
        }
    }

    /// Words before a weekday, in its sentence, that send it forward: the story speaks of what is
    /// to come ("will", "would", "is due to", "until").
    static let comingMarkers: Set<String> = [
        "will", "would", "shall", "due", "until", "till", "expected", "scheduled", "planned", "going",
    ]

    /// Words that tie a weekday to the past when they come between it and a marker of the future
    /// ("officials who would not be named said the flooding began on Tuesday").
    static let pastMarkers: Set<String> = ["said", "says", "told", "was", "were", "had", "did", "began", "ended"]

    /// The direction of the weekday at token `index`: "last"/"next" just before it decide; else
    /// the nearest marker of what is to come, or of the past, among the ten words before it in
    /// the same sentence.
    static func direction(at index: Int, in source: SourceText) -> Direction {
        let keys = source.keys
        if index > 0 {
            switch keys[index - 1] {
            case "last", "past": return .last
            case "next", "coming": return .next
            default: break
            }
        }
        let sentence = source.sentenceIndex(at: source.tokens.tokens[index].scalars.lowerBound)
        let start = sentence.flatMap { source.sentenceTokens.indices.contains($0) ? source.sentenceTokens[$0].lowerBound : nil } ?? 0
        var i = index - 1
        while i >= max(start, index - 10) {
            if comingMarkers.contains(keys[i]) { return .coming }
            if pastMarkers.contains(keys[i]) { return .past }
            i -= 1
        }
        return .past
    }

    static func iso(_ year: Int?, _ month: Int, _ day: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        // Without a year, ISO 8601's truncated forms: "--09-14", "--09".
        let y = year.map(String.init) ?? "-"
        guard let day else { return "\(y)-\(two(month))" }
        return "\(y)-\(two(month))-\(two(day))"
    }

    /// "NUR-SULTAN, Sept 14" → (9, 14).
    static func monthDay(in text: String) -> (Int, Int)? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, word) in words.enumerated() {
            if let m = Lexicon.months[String(word)], i + 1 < words.count, let d = Int(words[i + 1]),
                (1...31).contains(d)
            {
                return (m, d)
            }
            if let d = Int(word), (1...31).contains(d), i + 1 < words.count,
                let m = Lexicon.months[String(words[i + 1])]
            {
                return (m, d)
            }
        }
        return nil
    }
}
