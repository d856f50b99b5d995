internal import Foundation
internal import Synchronization

/// A stretch of text two documents share: where it lies in each (Unicode scalar offsets into
/// each document's text), how alike the two copies are, and which group of copies of one text
/// it belongs to.
public struct ReusedPassage: Sendable, Hashable {
    /// Document indices (input order), `a` < `b`.
    public var a: Int
    /// The later document's index.
    public var b: Int
    /// Where the passage lies in `a`'s text (Unicode scalars, end exclusive).
    public var aScalars: Range<Int>
    /// Where the passage lies in `b`'s text (Unicode scalars, end exclusive).
    public var bScalars: Range<Int>
    /// Words of each side.
    public var aWords: Int
    /// Words of `b`'s side.
    public var bWords: Int
    /// 0...1: aligned words that agree (OCR-damaged ones at three quarters) over the longer side.
    public var similarity: Double
    /// The group of passages that are copies of one text, numbered from 1 in the order of the
    /// group's earliest document.
    public var group: Int

    /// A passage from its parts.
    public init(
        a: Int, b: Int, aScalars: Range<Int>, bScalars: Range<Int>, aWords: Int, bWords: Int, similarity: Double,
        group: Int
    ) {
        self.a = a
        self.b = b
        self.aScalars = aScalars
        self.bScalars = bScalars
        self.aWords = aWords
        self.bWords = bWords
        self.similarity = similarity
        self.group = group
    }
}

/// What a reused-passage search found.
public struct ReuseResult: Sendable {
    /// Every input item, readable or not, in input order.
    public var documents: [ReuseDocument]
    /// Aligned pairs, by group and then by documents.
    public var passages: [ReusedPassage]
    /// For each group (index `group - 1`), its earliest document: the earliest date where dates
    /// are given, else the first read.
    public var earliest: [Int]
    /// What limits left out (boilerplate n-grams dropped, a cap reached), for standard error.
    public var warnings: [String]
    /// Items skipped on purpose (WARC records that are not HTML responses), by reason.
    public var skipped: [String: Int]
    /// What the search did, for `--verbose` output and the benchmark.
    public var statistics: Statistics

    /// Counts and timings of one search.
    public struct Statistics: Sendable {
        /// Input items, readable or not.
        public var documents = 0
        /// Items that could not be read.
        public var failures = 0
        /// Seed pairs (two documents, a position in each) the n-gram index produced.
        public var seedPairs = 0
        /// Candidate passages the seeds made, before alignment.
        public var candidatePassages = 0
        /// N-grams dropped as boilerplate (in more than ``ReuseOptions/maximumDocumentFrequency``
        /// documents).
        public var boilerplateGrams = 0
        /// Seconds spent per stage, by the stage's name.
        public var seconds: [String: Double] = [:]
    }

    /// Number of groups.
    public var groups: Int { earliest.count }
}

/// Finds the passages documents share, the way passim does: rare word n-grams two documents
/// share seed candidate passages, which local alignment verifies and extends to their true
/// boundaries; aligned pairs that overlap in a document are copies of one text and share a group.
public struct ReuseFinder: Sendable {
    /// The search's limits and thresholds.
    public var options: ReuseOptions

    /// A finder with the given options; `copydesk reuse`'s defaults when none are given.
    public init(options: ReuseOptions = ReuseOptions()) { self.options = options }

    /// Reads `inputs` and searches them.
    public func run(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil,
        warning: ((_ source: String, _ message: String) -> Void)? = nil
    ) -> ReuseResult {
        let started = Date()
        let (documents, skipped) = ReuseDocument.read(inputs, progress: progress, warning: warning)
        var result = search(documents)
        result.skipped = skipped
        result.statistics.seconds["read"] = Date().timeIntervalSince(started) - (result.statistics.seconds.values.reduce(0, +))
        return result
    }

    /// Searches documents already read.
    public func search(_ input: [ReuseDocument]) -> ReuseResult {
        var documents = input
        var statistics = ReuseResult.Statistics()
        var warnings: [String] = []
        var clock = Date()
        func lap(_ name: String) {
            let now = Date()
            statistics.seconds[name, default: 0] += now.timeIntervalSince(clock)
            clock = now
        }

        let seedWords = max(1, options.seedWords)
        let maximumWords = max(1, options.maximumWordsPerDocument)
        var words = [ReuseWords?](repeating: nil, count: documents.count)
        let texts = documents.map(\.text)
        Self.parallel(documents.count, threads: options.threads) { index in
            guard let text = texts[index] else { return nil }
            return ReuseWords(text, seedWords: seedWords, maximumWords: maximumWords)
        } store: { index, value in
            words[index] = value
        }
        var truncated = 0
        for index in documents.indices {
            guard documents[index].text != nil else { continue }
            if let found = words[index], found.count > 0 {
                if found.truncated { truncated += 1 }
            } else {
                documents[index].error = "the article has no words to compare"
                documents[index].text = nil
                words[index] = nil
            }
        }
        statistics.documents = documents.count
        statistics.failures = documents.filter { $0.text == nil }.count
        if truncated > 0 {
            warnings.append(
                "\(truncated) document(s) longer than \(maximumWords) words were searched only in their first \(maximumWords) words")
        }
        lap("words")

        let index = SeedPairs(words, options: options)
        statistics.seedPairs = index.seeds.count
        statistics.boilerplateGrams = index.boilerplateGrams
        if index.boilerplateGrams > 0 {
            warnings.append(
                "\(index.boilerplateGrams) word \(seedWords)-gram(s) are in more than \(max(2, options.maximumDocumentFrequency)) documents (boilerplate, stock phrases) and were not used as seeds; text made only of them is not reported")
        }
        if index.seedLimitReached {
            warnings.append(
                "the search stopped collecting shared n-grams at \(options.maximumSeedPairs) seed pairs; some shared passages may be missing")
        }
        Self.markCommonWords(&words)
        for (document, positions) in index.boilerplate where document < words.count {
            words[document]?.markStock(boilerplate: positions, seedWords: seedWords)
        }
        let pairs = index.chains(options: options, seedWords: seedWords)
        statistics.candidatePassages = pairs.reduce(0) { $0 + $1.count }
        lap("seeds")

        var aligned = [[Found]](repeating: [], count: pairs.count)
        let analysed = words
        Self.parallel(pairs.count, threads: options.threads) { number in
            let chains = pairs[number]
            guard let first = chains.first, let a = analysed[first.a], let b = analysed[first.b] else { return [Found]() }
            return align(chains, a, b)
        } store: { number, value in
            aligned[number] = value
        }
        lap("align")

        var passages: [ReusedPassage] = []
        for (number, found) in aligned.enumerated() {
            guard let chain = pairs[number].first, let a = words[chain.a], let b = words[chain.b] else { continue }
            for alignment in found {
                let aRange = Int(a.spans[alignment.a.lowerBound].lowerBound)..<Int(a.spans[alignment.a.upperBound].upperBound)
                let bRange = Int(b.spans[alignment.b.lowerBound].lowerBound)..<Int(b.spans[alignment.b.upperBound].upperBound)
                passages.append(
                    ReusedPassage(
                        a: chain.a, b: chain.b, aScalars: aRange, bScalars: bRange, aWords: alignment.a.count,
                        bWords: alignment.b.count, similarity: alignment.similarity, group: 0))
            }
        }
        let earliest = ReuseGroups.assign(&passages, documents: documents)
        lap("group")
        return ReuseResult(
            documents: documents, passages: passages, earliest: earliest, warnings: warnings, skipped: [:],
            statistics: statistics)
    }

    typealias Found = PassageAligner.Alignment

    /// Aligns one pair's candidate passages; keeps alignments of at least the minimum length
    /// that do not repeat one already kept.
    func align(_ chains: [SeedPairs.Chain], _ a: ReuseWords, _ b: ReuseWords) -> [Found] {
        let aligner = PassageAligner()
        let minimum = max(1, options.minimumWords)
        var kept: [Found] = []
        for chain in chains {
            // Seeds spread over less than half the shortest passage are a shared phrase or two
            // (a sentence frame of the house style), not a passage: not worth aligning.
            guard chain.rows.count * 2 >= minimum else { continue }
            // A chain inside a passage already aligned is part of it.
            if kept.contains(where: { $0.a.contains(chain.rows.lowerBound) && $0.a.contains(chain.rows.upperBound - 1) }) {
                continue
            }
            let pad = max(8, options.maximumDiagonalDrift)
            let diagonals = (chain.lowestDiagonal - pad)...(chain.highestDiagonal + pad)
            // Room on both sides for the passage's ends (seeds rarely sit exactly at them); grown
            // while the alignment runs into the window's edge.
            var margin = 40
            var found: Found?
            for _ in 0..<4 {
                let rows = (chain.rows.lowerBound - margin)..<(chain.rows.upperBound + margin)
                found = aligner.align(a, b, rows: rows, diagonals: diagonals)
                guard let alignment = found else { break }
                let touchesStart = alignment.a.lowerBound <= max(0, rows.lowerBound) && rows.lowerBound > 0
                let touchesEnd = alignment.a.upperBound >= min(a.count, rows.upperBound) - 1 && rows.upperBound < a.count
                if !touchesStart && !touchesEnd { break }
                margin *= 4
            }
            // The edges add at most a few damaged or stock words: the core must be most of the
            // passage already.
            guard let core = found, min(core.a.count, core.b.count) * 3 >= minimum * 2 else { continue }
            let alignment = Self.trimmedToSentences(aligner.extended(core, a, b), a, b)
            guard min(alignment.a.count, alignment.b.count) >= minimum else { continue }
            let overlaps = kept.contains { other in
                Self.overlap(other.a, alignment.a) * 2 > min(other.a.count, alignment.a.count)
                    || Self.overlap(other.b, alignment.b) * 2 > min(other.b.count, alignment.b.count)
            }
            if !overlaps { kept.append(alignment) }
        }
        return kept.sorted { $0.a.lowerBound < $1.a.lowerBound }
    }

    /// Marks the words that are in at least 1% of the documents (and three): "the", "said",
    /// "critics", a country's name. Document frequencies by word hash, one count per document.
    static func markCommonWords(_ words: inout [ReuseWords?]) {
        let documents = words.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let threshold = max(3, documents / 100)
        guard documents >= threshold else { return }
        var frequency: [UInt64: Int32] = [:]
        for case let document? in words {
            for hash in Set(document.hashes) { frequency[hash, default: 0] += 1 }
        }
        for index in words.indices {
            guard var document = words[index] else { continue }
            document.common = document.hashes.map { Int(frequency[$0] ?? 0) >= threshold }
            words[index] = document
        }
    }

    /// Words of a sentence that follows (or precedes) a passage which two stories may both
    /// have by chance: "Critics say the …", "It was not immediately …".
    static let sentenceOpeningWords = 8

    /// Trims an alignment back to a sentence end (or start) when all it has past it, in both
    /// texts, is a few words whose matches are all common words: two stories that continue
    /// after a shared passage with the same stock opening ("The …", "Critics say the …") share
    /// that opening by chance, not by copying. A passage cut mid-sentence keeps its words when
    /// any of the words past the sentence boundary is rarer.
    static func trimmedToSentences(_ alignment: PassageAligner.Alignment, _ a: ReuseWords, _ b: ReuseWords)
        -> PassageAligner.Alignment
    {
        var result = alignment
        let limit = sentenceOpeningWords
        // The end: the last sentence end inside the alignment, in each text.
        if let endA = lastSentenceEnd(a, in: result.a, within: limit),
            let endB = lastSentenceEnd(b, in: result.b, within: limit),
            onlyCommonMatches(a, (endA + 1)...result.a.upperBound, b, (endB + 1)...result.b.upperBound)
        {
            result.a = result.a.lowerBound...endA
            result.b = result.b.lowerBound...endB
        }
        // The start: the first sentence start inside the alignment.
        if let startA = firstSentenceStart(a, in: result.a, within: limit),
            let startB = firstSentenceStart(b, in: result.b, within: limit),
            onlyCommonMatches(a, result.a.lowerBound...(startA - 1), b, result.b.lowerBound...(startB - 1))
        {
            result.a = startA...result.a.upperBound
            result.b = startB...result.b.upperBound
        }
        return result
    }

    /// The last word of `range` (not its last word) after which a sentence ends, at most
    /// `within` words before the range's end.
    private static func lastSentenceEnd(_ words: ReuseWords, in range: ClosedRange<Int>, within: Int) -> Int? {
        guard !words.endsSentence[range.upperBound] else { return nil }
        var index = range.upperBound - 1
        while index >= range.lowerBound, range.upperBound - index <= within {
            if words.endsSentence[index] { return index }
            index -= 1
        }
        return nil
    }

    /// The first word of `range` (not its first word) that starts a sentence, at most `within`
    /// words after the range's start.
    private static func firstSentenceStart(_ words: ReuseWords, in range: ClosedRange<Int>, within: Int) -> Int? {
        guard range.lowerBound == 0 || !words.endsSentence[range.lowerBound - 1] else { return nil }
        var index = range.lowerBound + 1
        while index <= range.upperBound, index - range.lowerBound <= within {
            if words.endsSentence[index - 1] { return index }
            index += 1
        }
        return nil
    }

    /// Whether every word of A's stretch that B's stretch also has is a common word.
    private static func onlyCommonMatches(
        _ a: ReuseWords, _ rangeA: ClosedRange<Int>, _ b: ReuseWords, _ rangeB: ClosedRange<Int>
    ) -> Bool {
        let inB = Set(rangeB.map { b.hashes[$0] })
        return rangeA.allSatisfy { !inB.contains(a.hashes[$0]) || a.isCommon($0) }
    }

    static func overlap(_ x: ClosedRange<Int>, _ y: ClosedRange<Int>) -> Int {
        max(0, min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound) + 1)
    }

    /// Runs `work` for 0..<count on up to `threads` threads (0: one per core), handing each result
    /// to `store` under a lock.
    static func parallel<T: Sendable>(
        _ count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> T, store: (Int, T) -> Void
    ) {
        guard count > 0 else { return }
        let workers = max(1, min(count, threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount))
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                results.put(index, work(index))
                index += workers
            }
        }
        for index in 0..<count {
            if let value = results.take(index) { store(index, value) }
        }
    }
}

/// Results of parallel work, one slot each, filled under a lock.
private final class Results<T: Sendable>: Sendable {
    private let values: Mutex<[T?]>

    init(count: Int) { values = Mutex([T?](repeating: nil, count: count)) }

    func put(_ index: Int, _ value: T) { values.withLock { $0[index] = value } }

    func take(_ index: Int) -> T? { values.withLock { $0[index] } }
}
