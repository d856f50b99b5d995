import CopydeskText
import Foundation

/// Aligns every sentence of every source with its counterparts in the others.
///
/// For each pair of sources, each sentence of one is scored (``SentenceSimilarity``) against
/// the sentences of the other that share a content term with it (an inverted index keeps this
/// near-linear, and ``maxCandidates`` bounds it on text that repeats itself); its counterparts in
/// that source are the best match and up to two others within 0.1 of it (a sentence split in two
/// has two counterparts). A sentence's class is its strongest counterpart's, `unique` when it has
/// none.
///
/// A paraphrase is kept when the pair says the same thing on its own (``SentenceSimilarity/Evidence``
/// over ``SentenceSimilarity/sameStatementThreshold``), or when an outlet re-reported a fact in
/// its own words — too few words in common for that, but: one is the other's best match between
/// the two sources (so each source must have other sentences to choose from; "one", not "each",
/// because a sentence that merges two facts is the best match of two), their own score is not
/// far below (``reReportedFloor``; a denial in one of them costs 0.2 there), and they share
/// a word of the story that is not a name (a verb, a noun: "resigned", "apology"), not just the
/// people and places every sentence names.
///
/// Term weights are computed for each pair of sources from their own sentences only, so that
/// adding a third source (a reprint repeating every word of the wire) never changes how the
/// first two align.
struct SentenceAligner: Sendable {
    struct Alignment: Sendable {
        var sentences: [CoverageReport.AlignedSentence]
        var profiles: [[SentenceProfile]]
        /// The similarity to score sentences of sources `a` and `b` with: `pairs[a][b]`.
        var pairs: [[SentenceSimilarity]]
        /// Where ``SentenceAligner/maxCandidates`` cut the candidates of some sentences.
        var warnings: [String] = []
    }

    /// A lede that merges three facts ("first trip abroad since the pandemic", "historic
    /// importance", "mutual trust") has one counterpart per fact in a rewrite that gave each its
    /// own sentence; within 0.1 of the best, a fourth is rarely more than noise.
    var maxCounterpartsPerSource = 3
    /// At most this many sentences of another source are scored against one sentence: those
    /// sharing its rarest terms first (an identical sentence before all). Without a cap, text
    /// that repeats one sentence thousands of times costs the square of its length.
    var maxCandidates = 64
    /// Story words (printed in lower case somewhere, weight ≥ 0.5) a re-reported pair must share.
    var reReportedWords = 1
    /// The least ``SentenceSimilarity/Evidence/score`` of a re-reported pair: below it, the words
    /// two sentences share are the story's, not the statement's (set by reading BASIL pairs).
    var reReportedFloor = 0.08

    /// One scored candidate of sentence `i` of source `a` in source `b`.
    private struct Scored {
        var index: Int
        var result: SentenceSimilarity.Result
        /// The pair says the same thing on its own; false for a paraphrase only related.
        var firm: Bool
    }

    func align(_ sources: [SourceText]) -> Alignment {
        var cache = SentenceProfile.Cache()
        let profiles = sources.map { source in
            source.sentenceTokens.map { SentenceProfile(keys: source.keys[$0], cache: &cache) }
        }
        let tokenTerms = sources.map { MatchedWords.terms(of: $0, cache: &cache) }
        // Terms printed in lower case somewhere: words of the story rather than names.
        let wordTerms: [Set<UInt64>] = sources.indices.map { s in
            var terms = Set<UInt64>()
            for index in sources[s].keys.indices where !sources[s].isCapitalized(index) {
                if let term = tokenTerms[s][index] { terms.insert(term) }
            }
            return terms
        }
        let pairs = sources.indices.map { a in
            sources.indices.map { b in
                let involved = a == b ? [profiles[a]] : [profiles[a], profiles[b]]
                return SentenceSimilarity(
                    weights: Self.weights(involved), sentences: involved.reduce(0) { $0 + $1.count })
            }
        }
        // term → sentences holding it, per source; and sentences by their exact words.
        let index: [[UInt64: [Int]]] = profiles.map { sentences in
            var map: [UInt64: [Int]] = [:]
            for (i, profile) in sentences.enumerated() {
                for term in profile.terms { map[term, default: []].append(i) }
            }
            return map
        }
        let exact: [[UInt64: [Int]]] = profiles.map { sentences in
            var map: [UInt64: [Int]] = [:]
            for (i, profile) in sentences.enumerated() { map[Self.hash(profile.words), default: []].append(i) }
            return map
        }

        // scored[a][b][i]: candidates of sentence i of a in b; best[a][b][i]: the most similar.
        var scored: [[[[Scored]]]] = sources.indices.map { a in
            sources.indices.map { _ in Array(repeating: [], count: profiles[a].count) }
        }
        var best: [[[Int?]]] = sources.indices.map { a in
            sources.indices.map { _ in Array(repeating: nil, count: profiles[a].count) }
        }
        var capped: [[Int]] = sources.map { _ in Array(repeating: 0, count: sources.count) }
        for a in sources.indices {
            for b in sources.indices where b != a {
                let similarity = pairs[a][b]
                let totalsB = profiles[b].map { similarity.total($0.terms) }
                for (i, profile) in profiles[a].enumerated() {
                    let totalA = similarity.total(profile.terms)
                    let (candidates, cut) = self.candidates(
                        profile, index: index[b], exact: exact[b][Self.hash(profile.words)] ?? [])
                    if cut { capped[a][b] += 1 }
                    var found: [Scored] = []
                    for j in candidates {
                        guard let result = similarity.compare(profile, profiles[b][j], totals: (totalA, totalsB[j]))
                        else { continue }
                        let firm =
                            result.match != .paraphrase || similarity.sameStatement(profile, profiles[b][j]) != nil
                        found.append(Scored(index: j, result: result, firm: firm))
                    }
                    best[a][b][i] =
                        found.min { ($0.result.match, -$0.result.similarity, $0.index)
                            < ($1.result.match, -$1.result.similarity, $1.index)
                        }?.index
                    scored[a][b][i] = found
                }
            }
        }

        var counterparts: [[[CoverageReport.Counterpart]]] = profiles.map { Array(repeating: [], count: $0.count) }
        for a in sources.indices {
            for b in sources.indices where b != a {
                let similarity = pairs[a][b]
                // Being the other's best match means something only when there was a choice.
                let choice = profiles[a].count >= 2 && profiles[b].count >= 2
                let words = wordTerms[a].union(wordTerms[b])
                for i in profiles[a].indices {
                    let kept = scored[a][b][i].filter { candidate in
                        if candidate.firm { return true }
                        let j = candidate.index
                        guard choice, best[a][b][i] == j || best[b][a][j] == i else { return false }
                        let (x, y) = (profiles[a][i], profiles[b][j])
                        return similarity.evidence(x, y).score >= reReportedFloor
                            && Self.sharedWords(x.terms, y.terms, words: words, similarity: similarity)
                                >= reReportedWords
                    }
                    let found = kept.map {
                        CoverageReport.Counterpart(
                            source: sources[b].id, index: $0.index, similarity: Self.round($0.result.similarity),
                            match: $0.result.match)
                    }.sorted { ($0.match, -$0.similarity, $0.index) < ($1.match, -$1.similarity, $1.index) }
                    guard let top = found.first else { continue }
                    let close = found.filter { $0.match == top.match && top.similarity - $0.similarity <= 0.1 }
                    for var counterpart in close.prefix(maxCounterpartsPerSource) {
                        // Worked out only for the counterparts kept: the report says why they matched.
                        counterpart.matchedWords = MatchedWords.between(
                            sources[a], terms: tokenTerms[a], sentence: i, sources[b], terms: tokenTerms[b],
                            sentence: counterpart.index, similarity: similarity)
                        counterparts[a][i].append(counterpart)
                    }
                }
            }
        }

        var sentences: [CoverageReport.AlignedSentence] = []
        for (s, source) in sources.enumerated() {
            for (i, sentence) in source.sentences.enumerated() {
                let found = counterparts[s][i]
                let match = found.map(\.match).min() ?? .unique
                sentences.append(
                    .init(
                        source: source.id, index: i, text: sentence.text, start: sentence.scalars.lowerBound,
                        end: sentence.scalars.upperBound, match: match, counterparts: found))
            }
        }
        var warnings: [String] = []
        for a in sources.indices {
            for b in sources.indices where capped[a][b] > 0 {
                warnings.append(
                    "\(sources[a].id): \(capped[a][b]) sentences had more than \(maxCandidates) possible "
                        + "counterparts in \(sources[b].id) (repeated text?); only the \(maxCandidates) sharing "
                        + "their rarest words were scored")
            }
        }
        return Alignment(sentences: sentences, profiles: profiles, pairs: pairs, warnings: warnings)
    }

    /// The sentences of another source worth scoring against `profile`, at most ``maxCandidates``:
    /// identical ones first, then those sharing its rarest terms. `cut` when the cap left some out.
    private func candidates(_ profile: SentenceProfile, index: [UInt64: [Int]], exact: [Int])
        -> (candidates: [Int], cut: Bool)
    {
        var chosen = Set<Int>()
        var cut = false
        for j in exact {
            guard chosen.count < maxCandidates else {
                cut = true
                break
            }
            chosen.insert(j)
        }
        let postings = profile.terms.compactMap { index[$0] }.sorted { $0.count < $1.count }
        outer: for hits in postings {
            for j in hits where !chosen.contains(j) {
                guard chosen.count < maxCandidates else {
                    cut = true
                    break outer
                }
                chosen.insert(j)
            }
        }
        return (chosen.sorted(), cut)
    }

    /// How many terms both share that are words of the story (printed in lower case somewhere)
    /// and not what most sentences say (weight at least 0.5 in ``SentenceSimilarity/Evidence``).
    static func sharedWords(
        _ a: [UInt64], _ b: [UInt64], words: Set<UInt64>, similarity: SentenceSimilarity
    ) -> Int {
        SentenceSimilarity.sharedCount(a, b) { words.contains($0) && similarity.ratedWeight($0) >= 0.5 }
    }

    /// ln((N + 1) / df) over all sentences of all sources.
    static func weights(_ profiles: [[SentenceProfile]]) -> [UInt64: Double] {
        var frequency: [UInt64: Int] = [:]
        var total = 0
        for sentences in profiles {
            for profile in sentences {
                total += 1
                for term in profile.terms { frequency[term, default: 0] += 1 }
            }
        }
        return frequency.mapValues { log(Double(total + 1) / Double($0)) }
    }

    static func hash(_ words: [UInt64]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words { hash = (hash ^ word) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
