import CopydeskText

/// The per-source figures of ``CoverageReport/SourceSummary``; the formulas are written there.
enum CoverageSummary {
    static func summarize(
        _ sources: [SourceText], pairs: [PassageFinder.PairPassage], sentences: [CoverageReport.AlignedSentence]
    ) -> [CoverageReport.SourceSummary] {
        sources.enumerated().map { s, source in
            let count = source.tokens.count
            var sharedAny = [Bool](repeating: false, count: count)
            var shares: [CoverageReport.SourceSummary.Share] = []
            for (t, other) in sources.enumerated() where t != s {
                var marked = [Bool](repeating: false, count: count)
                for pair in pairs where (pair.a == s && pair.b == t) || (pair.a == t && pair.b == s) {
                    let span = pair.a == s ? pair.spanA : pair.spanB
                    for token in source.tokenIndices(in: span) {
                        marked[token] = true
                        sharedAny[token] = true
                    }
                }
                let shared = marked.filter { $0 }.count
                shares.append(.init(source: other.id, share: ratio(shared, count)))
            }
            var tallies: [CoverageReport.Match: Int] = [:]
            var carried: [String: Int] = [:]
            var total = 0
            for sentence in sentences where sentence.source == source.id {
                total += 1
                tallies[sentence.match, default: 0] += 1
                for other in Set(sentence.counterparts.map(\.source)) { carried[other, default: 0] += 1 }
            }
            let counterparts = sources.enumerated().filter { $0.offset != s }.map { _, other in
                CoverageReport.SourceSummary.Share(source: other.id, share: ratio(carried[other.id] ?? 0, total))
            }
            return CoverageReport.SourceSummary(
                source: source.id, sharedWith: shares, unique: ratio(count - sharedAny.filter { $0 }.count, count),
                counterpartsIn: counterparts, noCounterpart: ratio(tallies[.unique] ?? 0, total),
                sentenceMatches: tallies)
        }
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 10000).rounded() / 10000
    }
}
