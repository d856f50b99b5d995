import CopydeskText
import Foundation

/// Aligns every sentence of every source with its counterparts in the others.
///
/// For each pair of sources, each sentence of one is scored (``SentenceSimilarity``) against
/// the sentences of the other that share a content term with it (an inverted index keeps this
/// near-linear); its counterparts in that source are the best match and any other within 0.1 of
/// it (a sentence split in two has two counterparts). A sentence's class is its strongest
/// counterpart's, `unique` when it has none.
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
    }

    var maxCounterpartsPerSource = 2

    func align(_ sources: [SourceText]) -> Alignment {
        var cache = SentenceProfile.Cache()
        let profiles = sources.map { source in
            source.sentenceTokens.map { SentenceProfile(keys: source.keys[$0], cache: &cache) }
        }
        let pairs = sources.indices.map { a in
            sources.indices.map { b in
                let involved = a == b ? [profiles[a]] : [profiles[a], profiles[b]]
                return SentenceSimilarity(
                    weights: Self.weights(involved), sentences: involved.reduce(0) { $0 + $1.count })
            }
        }
        // term → sentences holding it, per source.
        let index: [[UInt64: [Int]]] = profiles.map { sentences in
            var map: [UInt64: [Int]] = [:]
            for (i, profile) in sentences.enumerated() {
                for term in profile.terms { map[term, default: []].append(i) }
            }
            return map
        }

        var counterparts: [[[CoverageReport.Counterpart]]] = profiles.map { Array(repeating: [], count: $0.count) }
        for a in sources.indices {
            for b in sources.indices where b != a {
                let similarity = pairs[a][b]
                let totalsB = profiles[b].map { similarity.total($0.terms) }
                for (i, profile) in profiles[a].enumerated() {
                    let totalA = similarity.total(profile.terms)
                    var candidates = Set<Int>()
                    for term in profile.terms {
                        if let hits = index[b][term] { candidates.formUnion(hits) }
                    }
                    var found: [CoverageReport.Counterpart] = []
                    for j in candidates.sorted() {
                        guard let result = similarity.compare(profile, profiles[b][j], totals: (totalA, totalsB[j]))
                        else { continue }
                        found.append(
                            .init(
                                source: sources[b].id, index: j, similarity: Self.round(result.similarity),
                                match: result.match))
                    }
                    found.sort { ($0.match, -$0.similarity, $0.index) < ($1.match, -$1.similarity, $1.index) }
                    guard let best = found.first else { continue }
                    let kept = found.filter { $0.match == best.match && best.similarity - $0.similarity <= 0.1 }
                    counterparts[a][i].append(contentsOf: kept.prefix(maxCounterpartsPerSource))
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
        return Alignment(sentences: sentences, profiles: profiles, pairs: pairs)
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

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
