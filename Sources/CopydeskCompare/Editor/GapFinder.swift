/// Omissions and exclusives: per source, what the others carried and it did not, and what it
/// alone carried — sentences (one per group of counterparts), quotations and facts.
struct GapFinder: Sendable {
    let index: ReportIndex

    /// Kinds in the order an editor checks them: figures and dates first, then who and where.
    static let kindRank: [CoverageReport.Fact.Kind: Int] = [
        .number: 0, .date: 1, .person: 2, .organization: 3, .place: 4, .other: 5,
    ]

    func carriers(of fact: CoverageReport.Fact) -> [String] {
        fact.coverage.filter { $0.status == .present }.map(\.source)
    }

    func carriers(of quote: CoverageReport.Quote) -> [String] {
        quote.coverage.filter { $0.status != .absent }.map(\.source)
    }

    // MARK: Omissions

    func omissions(of id: String) -> EditorAnswers.Gaps {
        let report = index.report
        let absentFacts = Set(report.facts.filter { $0.coverage(of: id)?.status == .absent }.map(\.id))
        let absentQuotes = Set(report.quotes.filter { $0.coverage(of: id)?.status == .absent }.map(\.id))
        var seen = Set<Int>()
        var sentences: [EditorAnswers.SentenceItem] = []
        for (s, list) in index.sentences.enumerated() where index.ids[s] != id {
            for (row, sentence) in list.enumerated() {
                let group = index.groups[s][row]
                guard !index.groupSources[group].contains(id), seen.insert(group).inserted else { continue }
                sentences.append(
                    .init(
                        source: index.ids[s], index: sentence.index, text: sentence.text,
                        carriedBy: index.ordered(index.groupSources[group]),
                        facts: index.factsIn[s][row].filter { absentFacts.contains($0) },
                        quotes: index.quotesIn[s][row].filter { absentQuotes.contains($0) }))
            }
        }
        // Stable: report order breaks ties.
        sentences = stableSorted(sentences) { a, b in
            (a.carriedBy.count, a.quotes.count + a.facts.count) > (b.carriedBy.count, b.quotes.count + b.facts.count)
        }
        let quotes = report.quotes.filter { absentQuotes.contains($0.id) }.map { quote in
            EditorAnswers.QuoteItem(
                id: quote.id, speaker: quote.speaker, text: quote.text, carriedBy: carriers(of: quote))
        }.filter { !$0.carriedBy.isEmpty }
        let facts = report.facts.filter { absentFacts.contains($0.id) }.map { fact in
            EditorAnswers.FactItem(id: fact.id, kind: fact.kind, value: fact.value, carriedBy: carriers(of: fact))
        }.filter { !$0.carriedBy.isEmpty }
        return .init(
            source: id, sentences: sentences,
            quotes: stableSorted(quotes) { $0.carriedBy.count > $1.carriedBy.count },
            facts: stableSorted(facts) { a, b in
                (a.carriedBy.count, -(Self.kindRank[a.kind] ?? 9)) > (b.carriedBy.count, -(Self.kindRank[b.kind] ?? 9))
            })
    }

    // MARK: Exclusives

    func exclusives(of id: String) -> EditorAnswers.Gaps {
        let report = index.report
        let onlyFacts = Set(report.facts.filter { carriers(of: $0) == [id] }.map(\.id))
        let onlyQuotes = Set(report.quotes.filter { carriers(of: $0) == [id] }.map(\.id))
        var sentences: [EditorAnswers.SentenceItem] = []
        if let s = index.position(of: id) {
            for (row, sentence) in index.sentences[s].enumerated() where sentence.match == .unique {
                sentences.append(
                    .init(
                        source: id, index: sentence.index, text: sentence.text, carriedBy: [id],
                        facts: index.factsIn[s][row].filter { onlyFacts.contains($0) },
                        quotes: index.quotesIn[s][row].filter { onlyQuotes.contains($0) }))
            }
        }
        // New quotations, then new facts, lead; a sentence with neither keeps its place.
        sentences = stableSorted(sentences) { a, b in (a.quotes.count, a.facts.count) > (b.quotes.count, b.facts.count)
        }
        let quotes = report.quotes.filter { onlyQuotes.contains($0.id) }.map { quote in
            EditorAnswers.QuoteItem(id: quote.id, speaker: quote.speaker, text: quote.text, carriedBy: [id])
        }
        let facts = report.facts.filter { onlyFacts.contains($0.id) }.map { fact in
            EditorAnswers.FactItem(id: fact.id, kind: fact.kind, value: fact.value, carriedBy: [id])
        }
        return .init(
            source: id, sentences: sentences, quotes: quotes,
            facts: stableSorted(facts) { (Self.kindRank[$0.kind] ?? 9) < (Self.kindRank[$1.kind] ?? 9) })
    }
}

/// `items` sorted by `before`, equal items keeping their order.
func stableSorted<T>(_ items: [T], by before: (T, T) -> Bool) -> [T] {
    items.enumerated().sorted { a, b in
        if before(a.element, b.element) { return true }
        if before(b.element, a.element) { return false }
        return a.offset < b.offset
    }.map(\.element)
}
