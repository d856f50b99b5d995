public import CopydeskText

/// Compares several outlets' articles on one story: aligns their sentences, finds the passages
/// they share, lines up their quotations and facts, and sums up how much of each the others
/// carried. The one entry point of `CopydeskCompare`.
///
/// ```swift
/// let report = CoverageComparer().compare([wire, rewrite])
/// report.quotes.first?.coverage(of: "rewrite")?.status   // .partial
/// ```
public struct CoverageComparer: Sendable {
    /// A comparer; it keeps no state between comparisons.
    public init() {}

    /// The coverage report of `articles`, in the order given. Sources whose ids repeat get a
    /// `-2`, `-3` … suffix so every coverage map can name each one.
    ///
    /// - Complexity: about O(n² · s) for n articles of s sentences: each pair of sources is
    ///   aligned once, through an inverted index of content terms.
    public func compare(_ articles: [Article]) -> CoverageReport {
        let ids = Self.uniqueIDs(articles.map(\.id))
        let sources = zip(articles, ids).map { SourceText(article: $0, id: $1) }

        let alignment = SentenceAligner().align(sources)
        let finder = PassageFinder()
        let pairs = finder.pairPassages(sources)
        let passages = finder.passages(pairs, sources: sources)
        let summary = CoverageSummary.summarize(sources, pairs: pairs, sentences: alignment.sentences)

        let found = sources.map { QuoteFinder().find(in: $0) }
        var vocabulary = Set<String>()
        for source in sources {
            for index in 0..<source.tokens.count where !source.isCapitalized(index) {
                vocabulary.insert(source.keys[index])
            }
        }
        let entities = sources.enumerated().map { s, source in
            EntityFinder(lowercaseVocabulary: vocabulary, excluded: found[s].titles).mentions(in: source)
        }
        let book = NameBook(entities)
        let facts = FactCollector.facts(sources: sources, entities: entities, book: book)

        // Each source's quotations attributed from its own text; another source's cast only
        // fills in a surname this one never prints in full.
        let casts = sources.indices.map { s in
            Cast.build(
                sources[s], quoted: Attribution.quotedTokens(sources[s], found[s].quotes), vocabulary: vocabulary)
        }
        var candidates: [QuoteMatcher.Candidate] = []
        for (s, source) in sources.enumerated() {
            let others = casts.indices.filter { $0 != s }.map { casts[$0] }
            let attribution = Attribution(source: source, quotes: found[s].quotes, cast: casts[s], others: others)
            for (quote, speaker) in zip(found[s].quotes, attribution.speakers()) {
                candidates.append(Self.candidate(quote, speaker: speaker, source: s, in: source))
            }
        }
        let people: [[(offset: Int, name: String)]] = casts.map { cast in
            cast.mentions.map { (offset: $0.start, name: cast.people[$0.person].name) }
        }
        let quotes = quoteReport(candidates, sources: sources, alignment: alignment, people: people)

        let reportSources = sources.map { source in
            CoverageReport.Source(
                id: source.id, input: source.article.source, title: source.article.title, outlet: source.article.outlet,
                byline: source.article.byline, published: source.article.published, credit: source.article.credit,
                words: source.article.wordCount)
        }
        var report = CoverageReport(
            sources: reportSources, quotes: quotes, facts: facts, sentences: alignment.sentences, passages: passages,
            summary: summary, warnings: alignment.warnings)
        report.answers = EditorDesk.answers(for: report)
        return report
    }

    func quoteReport(
        _ candidates: [QuoteMatcher.Candidate], sources: [SourceText],
        alignment: SentenceAligner.Alignment,
        people: [[(offset: Int, name: String)]]
    ) -> [CoverageReport.Quote] {
        let matcher = QuoteMatcher(pairs: alignment.pairs)
        let clusters = matcher.cluster(candidates, ids: sources.map(\.id))
        return clusters.enumerated().map { number, members in
            let head = candidates[members[0].member]
            let speaker = Self.vote(members.compactMap { candidates[$0.member].speaker })
            let coverage = sources.enumerated().map { s, source -> CoverageReport.Quote.Coverage in
                if let member = members.first(where: { candidates[$0.member].source == s }) {
                    let candidate = candidates[member.member]
                    let span = candidate.found.span
                    return .init(
                        source: source.id, status: member.status,
                        span: .init(text: candidate.text, start: span.lowerBound, end: span.upperBound),
                        speaker: candidate.speaker?.name)
                }
                if let sentence = indirectSpeech(
                    head, speaker: speaker, in: s, sources: sources, alignment: alignment, people: people)
                {
                    return .init(source: source.id, status: .paraphrase, span: sentence)
                }
                return .init(source: source.id, status: .absent, span: nil)
            }
            return CoverageReport.Quote(
                id: "q\(number + 1)", speaker: speaker?.name, text: head.text, coverage: coverage)
        }
    }

    /// A sentence of source `s` that reports the quotation in other words and names its speaker.
    func indirectSpeech(
        _ quote: QuoteMatcher.Candidate, speaker: Attribution.Speaker?, in s: Int, sources: [SourceText],
        alignment: SentenceAligner.Alignment,
        people: [[(offset: Int, name: String)]]
    ) -> CoverageReport.Span? {
        guard quote.contentTerms >= 3 else { return nil }
        let source = sources[s]
        var best: (Int, Double)? = nil
        for (j, profile) in alignment.profiles[s].enumerated() {
            guard let result = alignment.pairs[quote.source][s].compare(quote.profile, profile),
                result.match != .verbatim
            else { continue }
            let sentence = source.sentences[j].scalars
            // Not a sentence that only holds a quotation of its own: that one was matched already.
            if let speaker, speaker.kind == .person {
                guard
                    people[s].contains(where: {
                        sentence.contains($0.offset)
                            && Attribution.Speaker(name: $0.name, kind: .person).key == speaker.key
                    })
                else { continue }
                guard result.similarity >= 0.42 else { continue }
            } else if result.similarity < 0.5 {
                continue
            }
            if best.map({ result.similarity > $0.1 }) ?? true { best = (j, result.similarity) }
        }
        guard let (j, _) = best else { return nil }
        let sentence = source.sentences[j]
        return .init(text: sentence.text, start: sentence.scalars.lowerBound, end: sentence.scalars.upperBound)
    }

    /// The speaker the sources support: people before bodies, then the surname most sources
    /// give, then the fullest name, then alphabetical order — never the order of the sources.
    static func vote(_ speakers: [Attribution.Speaker]) -> Attribution.Speaker? {
        let people = speakers.filter { $0.kind == .person }
        let pool = people.isEmpty ? speakers.filter { $0.kind == .organization } : people
        guard !pool.isEmpty else { return nil }
        var groups: [String: [Attribution.Speaker]] = [:]
        for speaker in pool { groups[speaker.key, default: []].append(speaker) }
        guard
            let winner = groups.max(by: { a, b in
                let longestA = a.value.map(\.name.count).max() ?? 0
                let longestB = b.value.map(\.name.count).max() ?? 0
                return (a.value.count, longestA, b.key) < (b.value.count, longestB, a.key)
            })
        else { return nil }
        return winner.value.max { a, b in (a.name.count, b.name) < (b.name.count, a.name) }
    }

    static func candidate(
        _ quote: QuoteFinder.Found, speaker: Attribution.Speaker?, source s: Int, in source: SourceText
    ) -> QuoteMatcher.Candidate {
        var words: [UInt64] = []
        var keys: [String] = []
        var fragments: [[UInt64]] = [[]]
        for segment in quote.segments {
            for token in source.tokenIndices(in: segment) {
                let key = source.keys[token]
                keys.append(key)
                words.append(fnv1a(key))
                fragments[fragments.count - 1].append(fnv1a(key))
                let gap = source.gap(after: token)
                if gap.contains("…") || gap.contains("...") || gap.contains("[") { fragments.append([]) }
            }
        }
        let text = quote.segments.map { source.slice($0) }.joined(separator: " ")
        let profile = SentenceProfile(keys: keys[...])
        return QuoteMatcher.Candidate(
            source: s, found: quote, speaker: speaker, text: text, words: words,
            fragments: fragments.filter { !$0.isEmpty },
            profile: profile, contentTerms: profile.terms.count)
    }

    static func uniqueIDs(_ ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return ids.map { id in
            let base = id.isEmpty ? "source" : id
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}
