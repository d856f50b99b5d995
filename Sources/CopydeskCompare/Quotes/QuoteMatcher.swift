import CopydeskSimilarity
import CopydeskText

/// Lines up the quotations of all sources into statements and says, per source, how each
/// statement was carried.
///
/// Two quotations are one statement when they are the same words (`verbatim`, after case and
/// punctuation); when every fragment of the shorter (fragments split at an ellipsis) runs word
/// for word inside the longer, or they share one run of at least three words making up 60% of
/// the shorter (`partial`); or when their content terms say the same thing by the measure of
/// ``SentenceSimilarity`` and their speakers agree (`paraphrase`; a body such as "the foreign
/// ministry" or an unnamed speaker needs a stronger match than one named person, two different
/// people never match). A source with no such quotation may still carry the statement as
/// indirect speech: a sentence naming the speaker that paraphrases it.
struct QuoteMatcher: Sendable {
    struct Candidate: Sendable {
        var source: Int
        var found: QuoteFinder.Found
        var speaker: Attribution.Speaker?
        var text: String
        var words: [UInt64]
        var fragments: [[UInt64]]
        var profile: SentenceProfile
        var contentTerms: Int
    }

    /// Similarities per pair of sources (see ``SentenceAligner``).
    let pairs: [[SentenceSimilarity]]

    init(pairs: [[SentenceSimilarity]]) {
        // Quotes are short ("historic importance"): the speaker check stands in for length.
        self.pairs = pairs.map { row in
            row.map { pair in
                var pair = pair
                pair.minimumParaphraseWords = 1
                return pair
            }
        }
    }

    func relation(_ a: Candidate, _ b: Candidate) -> (CoverageReport.Quote.Status, Double)? {
        if a.words == b.words { return (.verbatim, 1) }
        let (short, long) = a.words.count <= b.words.count ? (a, b) : (b, a)
        if short.words.count >= 2, Self.fragments(short.fragments, occurIn: long.words) { return (.partial, 0.9) }
        let run = Self.longestRun(short.words, long.words)
        if run >= 3, Double(run) >= 0.6 * Double(short.words.count) { return (.partial, 0.8) }
        guard speakersAgree(a.speaker, b.speaker) else { return nil }
        guard let result = pairs[a.source][b.source].compare(a.profile, b.profile) else { return nil }
        let needed =
            a.speaker == nil || b.speaker == nil || a.speaker?.kind != .person || b.speaker?.kind != .person ? 0.45 : 0
        guard result.similarity >= needed else { return nil }
        if min(a.contentTerms, b.contentTerms) <= 3 {
            let sharedCount = SetSimilarity.intersectionCount(a.profile.terms, b.profile.terms)
            guard sharedCount >= min(a.profile.terms.count, b.profile.terms.count) else { return nil }
        }
        return (.paraphrase, result.similarity)
    }

    /// Two named people must be the same person; a body or an unnamed speaker may have relayed
    /// a person's words.
    func speakersAgree(_ a: Attribution.Speaker?, _ b: Attribution.Speaker?) -> Bool {
        guard let a, let b else { return true }
        if a.kind == .person && b.kind == .person { return a.key == b.key }
        return true
    }

    /// Clusters candidates into statements, the same statements whatever order the sources were
    /// given in: candidates are taken by their source's id, then their offset. Each statement
    /// then lists its members in the given order, the first printing (in the earliest given
    /// source) first and every status against it; statements come in order of first printing.
    func cluster(_ candidates: [Candidate], ids: [String]) -> [[(member: Int, status: CoverageReport.Quote.Status)]] {
        let order = candidates.indices.sorted { a, b in
            let keyA = (ids.indices.contains(candidates[a].source) ? ids[candidates[a].source] : "", candidates[a].found.span.lowerBound)
            let keyB = (ids.indices.contains(candidates[b].source) ? ids[candidates[b].source] : "", candidates[b].found.span.lowerBound)
            return keyA < keyB
        }
        let found = cluster(candidates, order: order)
        return found.map { members in
            let sorted = members.map(\.member).sorted()
            guard let head = sorted.first else { return [] }
            return sorted.map { member in
                if member == head { return (member, .verbatim) }
                let stored = members.first { $0.member == member }?.status ?? .paraphrase
                return (member, relation(candidates[head], candidates[member])?.0 ?? stored)
            }
        }
        .filter { !$0.isEmpty }
        .sorted { ($0.first?.member ?? 0) < ($1.first?.member ?? 0) }
    }

    /// Clusters candidates, taken in `order`, into statements.
    func cluster(_ candidates: [Candidate], order: [Int]) -> [[(member: Int, status: CoverageReport.Quote.Status)]] {
        var clusters: [[(member: Int, status: CoverageReport.Quote.Status)]] = []
        let rank: [CoverageReport.Quote.Status: Int] = [.verbatim: 3, .partial: 2, .paraphrase: 1]
        for index in order {
            let candidate = candidates[index]
            var best: (cluster: Int, status: CoverageReport.Quote.Status, score: Double)? = nil
            for (c, members) in clusters.enumerated() {
                guard !members.contains(where: { candidates[$0.member].source == candidate.source }) else { continue }
                for member in members {
                    guard let (status, score) = relation(candidates[member.member], candidate) else { continue }
                    let better = best.map { (rank[status] ?? 0, score) > (rank[$0.status] ?? 0, $0.score) } ?? true
                    if better { best = (c, status, score) }
                }
            }
            if let best {
                // A longer printing can join statements that other sources carried in pieces:
                // "“A,” she said. “B.”" holds both the “A” of one reprint and the “B” of another.
                var sources = Set(clusters[best.cluster].map { candidates[$0.member].source })
                sources.insert(candidate.source)
                var absorbed: [Int] = []
                for (c, members) in clusters.enumerated() where c != best.cluster {
                    let theirs = Set(members.map { candidates[$0.member].source })
                    guard theirs.isDisjoint(with: sources),
                        members.contains(where: { member in
                            guard let (status, _) = relation(candidates[member.member], candidate) else { return false }
                            return status != .paraphrase
                        })
                    else { continue }
                    sources.formUnion(theirs)
                    absorbed.append(c)
                }
                for c in absorbed {
                    // A piece is a part of the statement, whatever it was to its own cluster.
                    clusters[best.cluster].append(
                        contentsOf: clusters[c].map { ($0.member, Self.asPiece(relation(candidates[$0.member], candidate)?.0)) })
                }
                // Status against the statement's first printing, which the report shows.
                let head = candidates[clusters[best.cluster][0].member]
                let status = relation(head, candidate)?.0 ?? best.status
                clusters[best.cluster].append((index, status))
                for c in absorbed.sorted(by: >) { clusters.remove(at: c) }
            } else {
                clusters.append([(index, .verbatim)])
            }
        }
        return clusters
    }

    /// How a piece of a longer printing was carried: word for word when it is the whole, else a part.
    static func asPiece(_ status: CoverageReport.Quote.Status?) -> CoverageReport.Quote.Status {
        status == .verbatim ? .verbatim : .partial
    }

    /// Do the fragments occur in `long`, each as a contiguous run, in order?
    static func fragments(_ fragments: [[UInt64]], occurIn long: [UInt64]) -> Bool {
        var from = 0
        for fragment in fragments where !fragment.isEmpty {
            guard let at = find(fragment, in: long, from: from) else { return false }
            from = at + fragment.count
        }
        return true
    }

    static func find(_ needle: [UInt64], in haystack: [UInt64], from: Int) -> Int? {
        guard needle.count <= haystack.count - from else { return nil }
        var start = from
        while start + needle.count <= haystack.count {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
            start += 1
        }
        return nil
    }

    static func longestRun(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var best = 0
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() where x == y {
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
            }
            previous = current
        }
        return best
    }
}
