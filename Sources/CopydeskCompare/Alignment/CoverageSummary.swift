import CopydeskText

/// The per-source figures of ``CoverageReport/SourceSummary``; the formula is written there.
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
            for sentence in sentences where sentence.source == source.id { tallies[sentence.match, default: 0] += 1 }
            return CoverageReport.SourceSummary(
                source: source.id, sharedWith: shares, unique: ratio(count - sharedAny.filter { $0 }.count, count),
                sentenceMatches: tallies)
        }
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 10000).rounded() / 10000
    }
}
