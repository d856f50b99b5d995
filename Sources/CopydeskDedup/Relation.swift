/// How a cluster member relates to the cluster's representative.
public enum Relation: String, Sendable, Hashable, CaseIterable {
    /// The same words (case, punctuation and spacing aside).
    case identical
    /// Mostly the same words: Jaccard similarity at or above the threshold.
    case nearDuplicate = "near_duplicate"
    /// A truncated reprint: most of the member is in the representative.
    case contained
    /// An extended reprint: most of the representative is in the member.
    case contains
}

/// The verdict on one pair of documents, from their exact overlap.
struct Verdict {
    var relation: Relation
    /// Jaccard for identical and near-duplicates, the containment that qualified otherwise.
    var similarity: Double

    /// How `member` relates to `representative`, or nil when it is not a reprint of it.
    /// `overlap` has the member as A and the representative as B.
    init?(_ overlap: SetOverlap, options: DedupOptions) {
        guard let verdict = Verdict(classifying: overlap, options: options) else { return nil }
        self = verdict
        strength = max(overlap.jaccard, overlap.aInB, overlap.bInA)
    }

    private init?(classifying overlap: SetOverlap, options: DedupOptions) {
        let jaccard = overlap.jaccard
        if overlap.shared == overlap.countA, overlap.shared == overlap.countB {
            self.init(relation: .identical, similarity: 1)
            return
        }
        let memberIn = overlap.countA >= options.minimumShinglesForContainment ? overlap.aInB : 0
        let representativeIn = overlap.countB >= options.minimumShinglesForContainment ? overlap.bInA : 0
        // Containment names the relation only when one side is clearly the smaller part: two
        // copies of equal length that share 80% are near-duplicates, not one inside the other.
        let lopsided = 0.15
        if memberIn >= options.containmentThreshold, memberIn - representativeIn >= lopsided {
            self.init(relation: .contained, similarity: memberIn)
        } else if representativeIn >= options.containmentThreshold, representativeIn - memberIn >= lopsided {
            self.init(relation: .contains, similarity: representativeIn)
        } else if jaccard >= options.jaccardThreshold {
            self.init(relation: .nearDuplicate, similarity: jaccard)
        } else if memberIn >= options.containmentThreshold, memberIn >= representativeIn {
            self.init(relation: .contained, similarity: memberIn)
        } else if representativeIn >= options.containmentThreshold {
            self.init(relation: .contains, similarity: representativeIn)
        } else {
            return nil
        }
    }

    /// The relation a pair is closest to, for a member admitted by the rest of its cluster
    /// rather than by the representative: whichever measure is highest.
    init(describing overlap: SetOverlap, options: DedupOptions) {
        if let verdict = Verdict(overlap, options: options) {
            self = verdict
            return
        }
        let jaccard = overlap.jaccard
        let memberIn = overlap.aInB
        let representativeIn = overlap.bInA
        if jaccard >= max(memberIn, representativeIn) - 0.1 {
            self.init(relation: .nearDuplicate, similarity: jaccard)
        } else if memberIn >= representativeIn {
            self.init(relation: .contained, similarity: memberIn)
        } else {
            self.init(relation: .contains, similarity: representativeIn)
        }
    }

    /// Whether a pair whose MinHash estimate is `estimate` could pass verification: false only
    /// when both the Jaccard estimate and the containment it implies (from the set sizes) are
    /// more than three standard deviations below their thresholds, so exact verification is
    /// skipped only for pairs it would reject.
    static func plausible(estimate: Double, permutations k: Int, countA: Int, countB: Int, options: DedupOptions)
        -> Bool
    {
        plausible(
            estimate: estimate, permutations: k, countA: countA, countB: countB,
            jaccardThreshold: options.jaccardThreshold, containmentThreshold: options.containmentThreshold)
    }

    /// ``plausible(estimate:permutations:countA:countB:options:)`` with the two thresholds taken
    /// out of the options once (a copy of `DedupOptions` per pair retains its arrays).
    @inline(__always)
    static func plausible(
        estimate: Double, permutations k: Int, countA: Int, countB: Int, jaccardThreshold: Double,
        containmentThreshold: Double
    ) -> Bool {
        // Three standard deviations of the estimate at K = 128 is about 0.13.
        let margin = 3 * (0.25 / Double(k)).squareRoot() + 0.01
        if estimate >= jaccardThreshold - margin { return true }
        let a = Double(countA)
        let b = Double(countB)
        let shared = estimate / (1 + estimate) * (a + b)
        let containment = shared / max(1, min(a, b))
        return containment >= containmentThreshold - 2 * margin
    }

    /// How many of the first `count` values of two signatures are equal, eight at a time.
    @inline(__always)
    static func equalValues(_ a: UnsafePointer<UInt32>, _ b: UnsafePointer<UInt32>, count: Int) -> Int {
        var lanes = SIMD8<UInt32>()
        let none = SIMD8<UInt32>()
        var index = 0
        while index &+ 8 <= count {
            let x = UnsafeRawPointer(a + index).loadUnaligned(as: SIMD8<UInt32>.self)
            let y = UnsafeRawPointer(b + index).loadUnaligned(as: SIMD8<UInt32>.self)
            lanes &+= none.replacing(with: 1, where: x .== y)
            index &+= 8
        }
        var equal = Int(lanes.wrappedSum())
        while index < count {
            if a[index] == b[index] { equal &+= 1 }
            index &+= 1
        }
        return equal
    }

    /// ``plausible(estimate:permutations:countA:countB:options:)`` for two signatures.
    static func mayPass(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, countA: Int, countB: Int,
        options: DedupOptions
    ) -> Bool {
        let k = min(a.count, b.count)
        guard k > 0, let x = a.baseAddress, let y = b.baseAddress else {
            return plausible(estimate: 0, permutations: k, countA: countA, countB: countB, options: options)
        }
        let equal = equalValues(x, y, count: k)
        return plausible(
            estimate: Double(equal) / Double(max(1, k)), permutations: k, countA: countA, countB: countB,
            options: options)
    }

    /// How strongly the pair overlaps whatever the relation: the largest of the Jaccard
    /// similarity and the two containments. Used to choose between clusters, where similarities
    /// of different relations would not compare.
    var strength: Double = 0

    init(relation: Relation, similarity: Double) {
        self.relation = relation
        self.similarity = similarity
    }
}
