import CopydeskSimilarity
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
///   terms, one of them not a name everyone uses, must be shared. This score says which
///   sentences are *related*; whether a related pair says the same thing is the aligner's call
///   (``SentenceAligner``), from ``Evidence`` below and from the other sentences around them.
///
/// ``Evidence`` is the judgement of "the same statement" for one pair on its own, built as the
/// machine-translation metrics of the paraphrase literature are (unigram precision and recall,
/// edits): the share of the longer sentence's words that the other also has — every word counted,
/// function words too ("of", "not", "by" carry relations), content words as their stemmed,
/// synonym-folded terms, so that the longer side's extra clause, name or figure is what lowers it
/// (a restatement that says more is not the same statement) — less three penalties: a denial in
/// one and not the other (−0.2), 0.02 for each number only one of them gives (a figure added or
/// changed is new information), and 0.02 for each word past three of the longest run of words one
/// has and the other lacks (an added clause, not scattered rewording: "after a long debate"
/// against "after a lengthy debate" costs nothing, ", who faces re-election in November," does).
/// In a story long enough to tell (``sentencesToWeigh``), each content word counts by
/// ``ratedWeight(_:)``, so the names every sentence gives share little. The penalties are round
/// numbers set by hand; only ``sameStatementThreshold`` was tuned, by measuring on a paraphrase
/// corpus (README, "Comparison").
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
        // Below eight sentences a term's spread says nothing: one sentence in two is not "common".
        weighsByRarity = sentences >= Self.sentencesToWeigh
    }

    /// Does this pair of sources have sentences enough for rarity to mean something?
    var weighsByRarity: Bool
    static let sentencesToWeigh = 8
    /// Terms in more than this share of the sentences weigh less than 1 in ``Evidence``.
    static let commonShare = 0.15
    /// ln(1 / ``commonShare``): the inverse frequency that weighs 1.
    static let fullWeight = log(1 / commonShare)
    /// Tuned on the training split of a paraphrase corpus (accuracy within 0.003 of its best from
    /// 0.42 to 0.45, 10-fold cross-validated .757); see the README's comparison section.
    var sameStatementThreshold = 0.44
    var editedThreshold = 0.7
    var paraphraseThreshold = 0.34
    /// Shorter sentences (headings, fragments) only match word for word or nearly.
    var minimumParaphraseWords = 4

    /// The features behind a same-statement score, kept so a report can say why two sentences match.
    struct Evidence: Sendable, Hashable {
        /// Share of the longer sentence's words (by weight) that the other sentence also has.
        var shared: Double
        var negationDiffers: Bool
        /// Numbers one sentence gives and the other does not: "rose to 58.9" against "rose to
        /// 58.9 from 55.9" has one.
        var unsharedNumbers: Int
        /// The longest run of consecutive words of one sentence that the other lacks.
        var addedRun: Int

        /// One gives a number the other does not.
        var numbersDiffer: Bool { unsharedNumbers > 0 }

        static let negationPenalty = 0.2
        static let numberPenalty = 0.02
        static let addedWordPenalty = 0.02
        /// A run this long is rewording ("a lengthy", "passed the"); longer ones add something.
        static let rewordedRun = 3

        var score: Double {
            shared - (negationDiffers ? Self.negationPenalty : 0)
                - Self.numberPenalty * Double(unsharedNumbers)
                - Self.addedWordPenalty * Double(max(0, addedRun - Self.rewordedRun))
        }
    }

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
        let shorter = min(a.words.count, b.words.count)
        let longer = max(a.words.count, b.words.count)
        // One shared content word is enough to look for an edit when it is all one of them has:
        // a short quotation ("Tell me who you are") against the same words with their attribution.
        let allShared = sharedCount >= 1 && sharedCount == min(a.terms.count, b.terms.count)
        guard sharedCount >= 2 || (sharedCount >= 1 && shorter <= 4) || allShared else { return nil }
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
        // Headings and fragments ("Uzbekistan") only match word for word; one shared word is no
        // paraphrase.
        guard weightA > 0, weightB > 0, rareShared >= 1, shorter >= minimumParaphraseWords,
            sharedCount >= 2 || shorter <= 4
        else { return nil }
        let dice = 2 * shared / (weightA + weightB)
        let contained = shared / min(weightA, weightB)
        let grams = Self.dice(a.grams, b.grams)
        let score = 0.45 * dice + 0.25 * contained + 0.30 * grams
        guard score >= paraphraseThreshold else { return nil }
        return Result(match: .paraphrase, similarity: min(score, 0.99))
    }

    /// The features of `a` against `b`, for explaining a match.
    func evidence(_ a: SentenceProfile, _ b: SentenceProfile) -> Evidence {
        Evidence(
            shared: sharedShare(a.sortedReadings, b.sortedReadings),
            negationDiffers: a.negated != b.negated,
            unsharedNumbers: a.numbers.count + b.numbers.count - 2 * Self.sharedCount(a.numbers, b.numbers),
            addedRun: max(Self.longestRun(of: a.readings, missingFrom: b.sortedReadings),
                Self.longestRun(of: b.readings, missingFrom: a.sortedReadings)))
    }

    /// The ``Evidence`` score of a pair when it says the same thing on its own (over
    /// ``sameStatementThreshold``), nil otherwise. The runs of added words are looked for only
    /// when the rest can pass: the aligner asks this of every related pair.
    func sameStatement(_ a: SentenceProfile, _ b: SentenceProfile) -> Double? {
        guard min(a.words.count, b.words.count) >= minimumParaphraseWords else { return nil }
        var evidence = Evidence(
            shared: sharedShare(a.sortedReadings, b.sortedReadings),
            negationDiffers: a.negated != b.negated,
            unsharedNumbers: a.numbers.count + b.numbers.count - 2 * Self.sharedCount(a.numbers, b.numbers),
            addedRun: 0)
        guard evidence.score >= sameStatementThreshold else { return nil }
        evidence.addedRun = Self.longestRun(of: a.readings, missingFrom: b.sortedReadings)
        guard evidence.score >= sameStatementThreshold else { return nil }
        evidence.addedRun = max(evidence.addedRun, Self.longestRun(of: b.readings, missingFrom: a.sortedReadings))
        let score = evidence.score
        return score >= sameStatementThreshold ? min(score, 0.99) : nil
    }

    /// The weight both sorted word lists share (duplicates matched one for one) over the larger
    /// of their two weights: 1 when they hold the same words, lower as the longer adds words.
    func sharedShare(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard weighsByRarity else {
            let longer = max(a.count, b.count)
            return longer > 0 ? Double(Self.sharedCount(a, b)) / Double(longer) : 0
        }
        var shared = 0.0
        var totalA = 0.0
        var totalB = 0.0
        SetSimilarity.merge(
            a, b,
            both: {
                let w = readingWeight($0)
                shared += w
                totalA += w
                totalB += w
            },
            onlyA: { totalA += readingWeight($0) }, onlyB: { totalB += readingWeight($0) })
        let longer = max(totalA, totalB)
        return longer > 0 ? shared / longer : 0
    }

    /// A word's weight in ``Evidence/shared``: a content term's ``ratedWeight(_:)``, 1 for a
    /// function word (no term weight is kept for those).
    func readingWeight(_ reading: UInt64) -> Double {
        weights[reading] == nil ? 1 : ratedWeight(reading)
    }

    /// The longest run of consecutive items of `words` that `others` (sorted) does not hold.
    static func longestRun(of words: [UInt64], missingFrom others: [UInt64]) -> Int {
        var longest = 0
        var run = 0
        for word in words {
            if contains(others, word) {
                run = 0
            } else {
                run += 1
                longest = max(longest, run)
            }
        }
        return longest
    }

    /// Binary search of a sorted list.
    static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = low + (high - low) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// A term's weight in ``Evidence``, 0…1: 1 for a term found in at most 15% of the compared
    /// sentences, falling towards 0 for one that every sentence uses ("Xi", "Kazakhstan" in a
    /// story about his visit); 1 for every term when there are too few sentences to tell.
    func ratedWeight(_ term: UInt64) -> Double {
        guard weighsByRarity else { return 1 }
        return min(1, max(0, weight(term)) / Self.fullWeight)
    }

    func weight(_ term: UInt64) -> Double { weights[term] ?? 1 }

    func total(_ terms: [UInt64]) -> Double { terms.reduce(0) { $0 + weight($1) } }

    /// The weight of the terms both share, how many there are, and how many are not frequent
    /// across the story (weight at least ``rareWeight``).
    func sharedWeight(_ a: [UInt64], _ b: [UInt64]) -> (Double, Int, Int) {
        var sum = 0.0
        var count = 0
        var rare = 0
        SetSimilarity.merge(a, b) { term in
            let w = weight(term)
            sum += w
            count += 1
            if w >= rareWeight { rare += 1 }
        }
        return (sum, count, rare)
    }

    /// Dice's coefficient of two sorted lists, repeats paired one to one.
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(sharedCount(a, b)) / Double(a.count + b.count)
    }

    /// Size of the intersection of two sorted lists, duplicates counted, of the items `counted`
    /// accepts.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64], counting counted: (UInt64) -> Bool = { _ in true }) -> Int {
        var shared = 0
        SetSimilarity.merge(a, b) { if counted($0) { shared += 1 } }
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
