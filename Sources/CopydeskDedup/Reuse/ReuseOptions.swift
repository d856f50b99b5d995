/// The knobs of a reused-passage search (`copydesk reuse`).
///
/// Defaults are chosen on generated archives of news text with inserted passages of 20–200
/// words, some with OCR noise at up to 5% of characters (Benchmarks/Reuse/README.md).
public struct ReuseOptions: Sendable, Hashable {
    /// Words in a seed n-gram. Four, not dedup's five: under OCR noise at 5% of characters a
    /// word survives intact about three times in four, a 4-gram about one time in four and a
    /// 5-gram one in five, and a 40-word passage needs a few intact seeds to be found at all.
    public var seedWords: Int
    /// Shortest passage reported, in words (of the shorter side). Thirty: about a sentence and a
    /// half of news copy, above the stock phrases unrelated stories share ("said in a statement
    /// on …", a legal formula) and below the 40 words a quoted paragraph usually has, with room
    /// for OCR damage eating a word or two at each end.
    public var minimumWords: Int
    /// A seed n-gram in more documents than this is boilerplate (a footer, a stock phrase) and
    /// is not used as a seed: the cap that keeps an archive whose every document shares a footer
    /// from making every pair a candidate. A warning names how many n-grams it dropped.
    public var maximumDocumentFrequency: Int
    /// Occurrences of one n-gram within one document used as seeds: text that repeats itself
    /// (one sentence 10,000 times) costs no more than this many.
    public var maximumOccurrencesPerDocument: Int
    /// Seed pairs (two documents, a position in each) held at most: beyond, the search goes on
    /// with the pairs it has and says so.
    public var maximumSeedPairs: Int
    /// Seeds of one document pair further apart than this (words, in either text) start a new
    /// candidate passage.
    public var maximumSeedGap: Int
    /// Seeds whose diagonals (position in B minus position in A) differ by more than this
    /// belong to different candidate passages.
    public var maximumDiagonalDrift: Int
    /// Seeds a candidate passage needs before it is aligned.
    public var minimumSeeds: Int
    /// Words of each document searched at most: beyond, passages are not looked for (a book in
    /// an archive of news costs no more than its first 200,000 words).
    public var maximumWordsPerDocument: Int
    /// Worker threads; 0 means one per core.
    public var threads: Int

    /// Options with the given values; the defaults are `copydesk reuse`'s.
    public init(
        seedWords: Int = 4, minimumWords: Int = 30, maximumDocumentFrequency: Int = 100,
        maximumOccurrencesPerDocument: Int = 4, maximumSeedPairs: Int = 10_000_000, maximumSeedGap: Int = 60,
        maximumDiagonalDrift: Int = 12, minimumSeeds: Int = 2, maximumWordsPerDocument: Int = 200_000,
        threads: Int = 0
    ) {
        self.seedWords = seedWords
        self.minimumWords = minimumWords
        self.maximumDocumentFrequency = maximumDocumentFrequency
        self.maximumOccurrencesPerDocument = maximumOccurrencesPerDocument
        self.maximumSeedPairs = maximumSeedPairs
        self.maximumSeedGap = maximumSeedGap
        self.maximumDiagonalDrift = maximumDiagonalDrift
        self.minimumSeeds = minimumSeeds
        self.maximumWordsPerDocument = maximumWordsPerDocument
        self.threads = threads
    }
}
