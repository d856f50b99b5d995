public import CopydeskSimilarity

/// How documents are fingerprinted, which pairs are looked at, and what counts as a reprint.
///
/// The defaults were tuned on the synthetic archive of `Benchmarks/Dedup` (see the README's
/// figures): word bigrams keep OCR noise and spelling variants from destroying whole runs of
/// shingles, and the thresholds separate reprints from other outlets' own tellings of the same
/// event there with a wide margin.
public struct DedupOptions: Sendable, Hashable {
    /// Shingles documents are compared on.
    public var shingleKind: ShingleKind = .words(2)
    /// Word shingles of OCR-folded words (`OCRFolding`, in CopydeskSimilarity: `rn`/`m`, `e`/`c`,
    /// `l`/`1`, doubled letters …): a scanned reprint then shares most of its shingles with the
    /// typeset original, while other outlets' own tellings of the same event stay as far apart as
    /// before. The measured effect is in `Benchmarks/Dedup/README.md`.
    public var foldsOCRConfusions = true
    /// MinHash signature length.
    public var permutations: Int = 128
    /// Seed of the shingle hash and of the MinHash permutations: signatures compare only when made
    /// with the same seed.
    public var seed: UInt64 = 0
    /// The Jaccard similarity LSH aims at when proposing candidate pairs. Lower finds more
    /// truncated and heavily edited reprints, at the cost of more pairs to verify. nil: the
    /// lowest of ``candidateThresholdLadder`` whose expected number of pairs, estimated from a
    /// sample of the archive's own document pairs, stays within ``candidateBudgetPerDocument``
    /// (at least ``candidateBudgetFloor``).
    public var candidateThreshold: Double?
    /// Thresholds tried, lowest first, when ``candidateThreshold`` is nil.
    public var candidateThresholdLadder: [Double] = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]
    /// Candidate pairs per document the automatic choice allows (verification costs about a
    /// microsecond per pair), with a floor for small archives.
    public var candidateBudgetPerDocument: Double = 24
    /// The smallest budget, whatever the archive's size: small archives can afford loose LSH.
    public var candidateBudgetFloor: Double = 2_000_000
    /// Exact Jaccard at or above which two documents are near-duplicates.
    public var jaccardThreshold: Double = 0.4
    /// Exact containment at or above which the shorter document is a truncated copy of the
    /// longer (|A ∩ B| / |A| for the shorter A). 0.6: a reprint cut short with a local paragraph
    /// of its own inserted keeps about that share of its shingles in the original, while other
    /// outlets' own tellings of the event stay below it once OCR confusions are folded. The
    /// margin is thin; the measurements behind it are in `Benchmarks/Dedup/README.md`.
    public var containmentThreshold: Double = 0.6
    /// Documents with fewer shingles never count as contained in another: a one-line credit
    /// ("Reporting by Reuters") is contained in every story that carries it.
    public var minimumShinglesForContainment: Int = 25
    /// LSH buckets larger than this are linked as a chain instead of all pairs, so one piece of
    /// boilerplate shared by thousands of documents cannot make millions of pairs.
    public var largestBucket: Int = 64
    /// Also propose pairs whose leads (first shingles) match, to find truncated and extended
    /// reprints whose whole-text similarity is too low for LSH at archive scale.
    public var leadCandidates = true
    /// Worker threads; 0 means one per core.
    public var threads: Int = 0

    /// Dedup's defaults, the same as `copydesk dedup` without options.
    public init() {}
}
