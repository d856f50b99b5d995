import CopydeskSimilarity
import CopydeskText

/// Finds the passages sources print in common: maximal runs of shared word 4-grams between each
/// pair (``SharedPassages``), kept when they hold at least two content words, and merged into
/// one passage across sources when several pairs found the very same stretch of one source.
struct PassageFinder: Sendable {
    var shingleSize = 4

    struct PairPassage {
        var a: Int
        var b: Int
        var spanA: Range<Int>
        var spanB: Range<Int>
    }

    func pairPassages(_ sources: [SourceText]) -> [PairPassage] {
        let finder = SharedPassages(shingler: Shingler(kind: .words(shingleSize)), mergeGap: 3)
        var found: [PairPassage] = []
        for a in sources.indices {
            for b in sources.indices where b > a {
                for passage in finder.find(sources[a].text, sources[b].text) {
                    let tokens = sources[a].tokenIndices(in: passage.a)
                    let content = tokens.filter { !Lexicon.stopwords.contains(sources[a].keys[$0]) }.count
                    guard content >= 2 else { continue }
                    found.append(PairPassage(a: a, b: b, spanA: passage.a, spanB: passage.b))
                }
            }
        }
        return found
    }

    func passages(_ pairs: [PairPassage], sources: [SourceText]) -> [CoverageReport.Passage] {
        // Group pair passages that share one exact span in some source.
        var groups: [[Int: Range<Int>]] = []
        for pair in pairs {
            if let g = groups.firstIndex(where: { $0[pair.a] == pair.spanA || $0[pair.b] == pair.spanB }),
                groups[g][pair.a].map({ $0 == pair.spanA }) ?? true, groups[g][pair.b].map({ $0 == pair.spanB }) ?? true
            {
                groups[g][pair.a] = pair.spanA
                groups[g][pair.b] = pair.spanB
            } else {
                groups.append([pair.a: pair.spanA, pair.b: pair.spanB])
            }
        }
        let passages = groups.map { group -> CoverageReport.Passage in
            let ordered = group.keys.sorted()
            let locations = ordered.compactMap { s in
                group[s].map {
                    CoverageReport.Passage.Location(source: sources[s].id, start: $0.lowerBound, end: $0.upperBound)
                }
            }
            let first = ordered.first ?? 0
            return CoverageReport.Passage(
                locations: locations, text: group[first].map { sources[first].slice($0) } ?? "")
        }
        return passages.sorted { lhs, rhs in
            let l = lhs.locations.first
            let r = rhs.locations.first
            let lk = (sources.firstIndex { $0.id == l?.source } ?? 0, l?.start ?? 0)
            let rk = (sources.firstIndex { $0.id == r?.source } ?? 0, r?.start ?? 0)
            return lk < rk
        }
    }
}
