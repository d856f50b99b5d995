import CopydeskText
import Foundation

/// Scores how two sentences relate and names the relation.
///
/// - `verbatim`: the same words in the same order (case, punctuation and quotation marks aside).
/// - `edited`: most words shared in order — word-level LCS over both lengths ≥ 0.7, or one
///   sentence nearly all inside the other (a trimmed clause, an added attribution).
/// - `paraphrase`: the same content in other words, scored without a neural model as
///   0.45 · weighted content-term Dice + 0.25 · weighted containment in the shorter sentence
///   + 0.30 · character 4-gram Dice, where content terms are stemmed, synonym-folded non-stop
///   words weighted by inverse sentence frequency across all sources (so "Xi" and "Kazakhstan",
///   which every sentence of this story names, count for little), and at least two distinct
///   terms, one of them not a name everyone uses, must be shared.
struct SentenceSimilarity: Sendable {
    /// Inverse sentence frequency of each content term across the compared sources.
    var weights: [UInt64: Double]
    /// Terms weighing more than this are not what every sentence of the story says: found in at
    /// most two sentences, or 15% of them in a long story.
    var rareWeight: Double

    init(weights: [UInt64: Double], sentences: Int) {
        self.weights = weights
        let count = Double(max(sentences, 1))
        rareWeight = log((count + 1) / max(2, 0.15 * count)) - 1e-9
    }
    var editedThreshold = 0.7
    var paraphraseThreshold = 0.34
    /// Shorter sentences (headings, fragments) only match word for word or nearly.
    var minimumParaphraseWords = 4

    struct Result {
        var match: CoverageReport.Match
        var similarity: Double
    }

    /// The relation of `a` to `b`, or nil when they are not counterparts.
    /// `totals` are the two profiles' summed term weights, when the caller has them already.
    func compare(_ a: SentenceProfile, _ b: SentenceProfile, totals: (Double, Double)? = nil) -> Result? {
        guard !a.words.isEmpty, !b.words.isEmpty else { return nil }
        if a.words == b.words { return Result(match: .verbatim, similarity: 1) }
        let (shared, sharedCount, rareShared) = sharedWeight(a.terms, b.terms)
        guard sharedCount >= 2 || (sharedCount >= 1 && min(a.words.count, b.words.count) <= 4) else { return nil }
        let shorter = min(a.words.count, b.words.count)
        let longer = max(a.words.count, b.words.count)
        // The LCS is at most the words both share; skip it when even that cannot make an edit.
        let bound = Self.sharedCount(a.sortedWords, b.sortedWords)
        let editable =
            Double(bound) >= editedThreshold * Double(a.words.count + b.words.count) / 2
            || (Double(bound) >= 0.9 * Double(shorter) && shorter >= 6)
        let lcs = editable ? Self.lcs(a.words, b.words) : 0
        let lcsRatio = 2 * Double(lcs) / Double(a.words.count + b.words.count)
        let lcsContained = Double(lcs) / Double(shorter)
        if lcsRatio >= editedThreshold
            || (lcsContained >= 0.9 && shorter >= 6 && Double(shorter) / Double(longer) >= 0.4)
        {
            return Result(match: .edited, similarity: max(lcsRatio, 0.7 * lcsContained))
        }
        let weightA = totals?.0 ?? total(a.terms)
        let weightB = totals?.1 ?? total(b.terms)
        // Headings and fragments ("Uzbekistan") only match word for word.
        guard weightA > 0, weightB > 0, rareShared >= 1, shorter >= minimumParaphraseWords else { return nil }
        let dice = 2 * shared / (weightA + weightB)
        let contained = shared / min(weightA, weightB)
        let grams = Self.dice(a.grams, b.grams)
        let score = 0.45 * dice + 0.25 * contained + 0.30 * grams
        guard score >= paraphraseThreshold else { return nil }
        return Result(match: .paraphrase, similarity: min(score, 0.99))
    }

    func weight(_ term: UInt64) -> Double { weights[term] ?? 1 }

    func total(_ terms: [UInt64]) -> Double { terms.reduce(0) { $0 + weight($1) } }

    /// The weight of the terms both share, how many there are, and how many are not frequent
    /// across the story (weight at least ``rareWeight``).
    func sharedWeight(_ a: [UInt64], _ b: [UInt64]) -> (Double, Int, Int) {
        var i = 0
        var j = 0
        var sum = 0.0
        var count = 0
        var rare = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                let w = weight(a[i])
                sum += w
                count += 1
                if w >= rareWeight { rare += 1 }
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (sum, count, rare)
    }

    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Size of the intersection of two sorted lists, duplicates counted.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Length of the longest common subsequence of two word sequences.
    static func lcs(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var rows = [Int](repeating: 0, count: 2 * (b.count + 1))
        return rows.withUnsafeMutableBufferPointer { rows in
            b.withUnsafeBufferPointer { b in
                var previous = 0
                var current = b.count + 1
                for x in a {
                    for j in 0..<b.count {
                        rows[current + j + 1] =
                            x == b[j] ? rows[previous + j] + 1 : max(rows[previous + j + 1], rows[current + j])
                    }
                    swap(&previous, &current)
                }
                return rows[previous + b.count]
            }
        }
    }
}
