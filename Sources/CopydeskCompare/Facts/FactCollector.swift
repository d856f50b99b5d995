import CopydeskText

/// Gathers every source's mentions of people, places, organisations, numbers and dates into
/// facts, merged across sources by key, each with every source's mentions (none: absent).
enum FactCollector {
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
        for (s, source) in sources.enumerated() {
            var all: [FactMention] = []
            for mention in entities[s] {
                guard let entry = book.resolve(mention, source: s) else { continue }
                all.append(FactMention(kind: entry.kind, key: entry.key, display: entry.display, span: mention.span))
            }
            all += NumberFinder().mentions(in: source)
            all += DateFinder(article: source).mentions(in: source)
            all.sort { $0.span.lowerBound < $1.span.lowerBound }
            for mention in all { add(mention, source: s, text: source) }
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
