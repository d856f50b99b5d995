/// How much two texts share: exact and estimated Jaccard, containment both ways, and the passages
/// behind the numbers. What `copydesk similarity` prints.
public struct SimilarityReport: Sendable, Hashable {
    /// The id of the first text.
    public var a: String
    /// The id of the second text.
    public var b: String
    /// Exact Jaccard similarity of the shingle sets.
    public var jaccard: Double
    /// The MinHash estimate of the same.
    public var estimate: Double
    /// |A ∩ B| / |A|: how much of A is in B.
    public var aInB: Double
    /// |A ∩ B| / |B|: how much of B is in A.
    public var bInA: Double
    /// Shared passages, offsets in Unicode scalars of each text.
    public var passages: [SharedPassages.Passage]
    /// The shingle kind used, for the text rendering.
    public var kind: ShingleKind
    /// Values per MinHash signature.
    public var k: Int
    /// What a limit cut from the passage search (for standard error, not the report).
    public var warnings: [String] = []

    /// Compares two texts with one shingler and one hasher.
    public init(a: String, b: String, textA: String, textB: String, shingler: Shingler, hasher: MinHasher) {
        self.a = a
        self.b = b
        let setA = shingler.hashes(textA)
        let setB = shingler.hashes(textB)
        jaccard = SetSimilarity.jaccard(setA, setB)
        estimate = hasher.signature(setA).estimate(hasher.signature(setB))
        aInB = SetSimilarity.containment(setA, in: setB)
        bInA = SetSimilarity.containment(setB, in: setA)
        let search = SharedPassages(shingler: shingler).search(textA, textB)
        passages = search.passages
        if let limited = search.limited { warnings.append(limited.description) }
        kind = shingler.kind
        k = hasher.k
    }
}
