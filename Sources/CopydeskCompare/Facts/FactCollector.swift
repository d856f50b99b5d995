import CopydeskText

/// Gathers every source's mentions of people, places, organisations, numbers and dates into
/// facts, merged across sources by key, each with every source's mentions (none: absent).
enum FactCollector {
    /// For each yearless date key ("--02-28", "--02") the year the story gives that day or month,
    /// when it gives exactly one.
    static func yearsOfDates(_ mentions: [FactMention]) -> [String: String] {
        var found: [String: Set<String>] = [:]
        for mention in mentions where mention.kind == .date && !mention.yearInferred {
            let key = mention.key
            guard key.count >= 7, !key.hasPrefix("-"), key.dropFirst(4).hasPrefix("-") else { continue }
            let year = String(key.prefix(4))
            let rest = key.dropFirst(4)
            found["-" + rest, default: []].insert(year)
            if rest.count > 3 { found["-" + rest.prefix(3), default: []].insert(year) }
        }
        return found.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// For each weekday (1 Sunday … 7 Saturday), the one full date of the story that falls on it,
    /// when there is exactly one.
    static func datesOfWeekdays(_ mentions: [FactMention]) -> [Int: String] {
        var found: [Int: Set<String>] = [:]
        for mention in mentions where mention.kind == .date && mention.key.count == 10 {
            guard let date = CivilDate(iso: mention.key) else { continue }
            found[date.weekday, default: []].insert(mention.key)
        }
        return found.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    static func facts(
        sources: [SourceText], entities: [[EntityFinder.Mention]], book: NameBook
    ) -> [CoverageReport.Fact] {
        struct Group {
            var kind: CoverageReport.Fact.Kind
            var display: String
            var order: Int
            var mentions: [[CoverageReport.Span]]
        }
        var groups: [String: Group] = [:]
        var order = 0
        func add(_ mention: FactMention, source: Int, text: SourceText) {
            let id = "\(mention.kind.rawValue):\(mention.key)"
            if groups[id] == nil {
                groups[id] = Group(
                    kind: mention.kind, display: mention.display, order: order,
                    mentions: Array(repeating: [], count: sources.count))
                order += 1
            }
            let span = CoverageReport.Span(
                text: text.slice(mention.span), start: mention.span.lowerBound, end: mention.span.upperBound)
            if groups[id]?.mentions[source].contains(span) == false { groups[id]?.mentions[source].append(span) }
        }
        var perSource: [[FactMention]] = []
        for (s, source) in sources.enumerated() {
            var all: [FactMention] = []
            for mention in entities[s] {
                guard let entry = book.resolve(mention, source: s) else { continue }
                all.append(FactMention(kind: entry.kind, key: entry.key, display: entry.display, span: mention.span))
            }
            all += NumberFinder().mentions(in: source)
            all += DateFinder(article: source).mentions(in: source)
            all.sort { $0.span.lowerBound < $1.span.lowerBound }
            perSource.append(all)
        }
        let years = yearsOfDates(perSource.flatMap { $0 })
        let weekdays = datesOfWeekdays(perSource.flatMap { $0 })
        for (s, source) in sources.enumerated() {
            for var mention in perSource[s] {
                // "Feb. 28" in one source, "February 28, 2019" in another: one date, when the story
                // prints that day (or month) with one year only.
                if mention.kind == .date, mention.key.hasPrefix("--"), let year = years[mention.key] {
                    mention.key = year + mention.key.dropFirst()
                    if mention.display.hasPrefix("--") { mention.display = mention.key }
                }
                // "Tuesday" in a source without a date of its own, "2024-03-05" (a Tuesday) in the
                // others: one date, when the story has one such day only.
                if mention.kind == .date, let weekday = Lexicon.weekdays[mention.key.lowercased()],
                    let date = weekdays[weekday]
                {
                    mention.key = date
                    mention.display = date
                }
                add(mention, source: s, text: source)
            }
        }
        let kinds = CoverageReport.Fact.Kind.allCases
        let sorted = groups.values.sorted {
            (kinds.firstIndex(of: $0.kind) ?? 0, $0.order) < (kinds.firstIndex(of: $1.kind) ?? 0, $1.order)
        }
        return sorted.enumerated().map { index, group in
            CoverageReport.Fact(
                id: "f\(index + 1)", kind: group.kind, value: group.display,
                coverage: sources.enumerated().map { s, source in .init(source: source.id, mentions: group.mentions[s])
                })
        }
    }
}
