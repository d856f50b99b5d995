/// Finds the passages two texts share: maximal runs of shingles that occur, in the same order,
/// in both, mapped back to Unicode scalar offsets in each text and merged where they touch.
///
/// Every shingle position of A whose hash occurs in B seeds a run, extended while the next
/// shingles of both texts agree (a run already covered by its predecessor is skipped, so each
/// diagonal is walked once). Runs are then kept longest first, dropping any that overlap an
/// already kept run in either text, which pairs each stretch of A with at most one stretch of B
/// (boilerplate repeated in B cannot multiply a passage). Kept runs whose spans overlap or touch
/// in both texts, in the same order, merge into one passage.
public struct SharedPassages: Sendable {
    /// A stretch of text printed in both A and B.
    public struct Passage: Sendable, Hashable {
        /// Unicode scalar offsets in A.
        public var a: Range<Int>
        /// Unicode scalar offsets in B.
        public var b: Range<Int>
        /// The passage as A prints it.
        public var text: String

        /// A passage at `a` in A and `b` in B, printed as `text`.
        public init(a: Range<Int>, b: Range<Int>, text: String) {
            self.a = a
            self.b = b
            self.text = text
        }
    }

    /// What a search found, and what its limits left out.
    public struct Search: Sendable, Hashable {
        /// The passages found, in A's order.
        public var passages: [Passage]
        /// Set when a limit cut the search short: the passages are those found within it.
        public var limited: Limit?
    }

    /// A limit that cut a search short.
    public enum Limit: Sendable, Hashable, CustomStringConvertible {
        /// A text was longer than ``SharedPassages/maxScalars``: only its first `scalars` were
        /// searched.
        case textLength(scalars: Int)
        /// The text repeats itself so much that the run extensions reached ``SharedPassages/workPerShingle``
        /// times the shingles of both texts: run starts after that point were not tried.
        case work(steps: Int)

        /// The warning line that says what the limit left out.
        public var description: String {
            switch self {
            case .textLength(let scalars):
                "shared passages searched only in the first \(scalars) characters of each text (the search's limit)"
            case .work(let steps):
                "the texts repeat themselves so much that the passage search stopped after \(steps) steps; "
                    + "some shared passages may be missing"
            }
        }
    }

    /// How both texts are cut into shingles; a passage is a run of shared shingles.
    public var shingler: Shingler
    /// Runs this many scalars apart (or closer) in both texts merge into one passage: the
    /// punctuation and space between two runs split by a dropped comma, say.
    public var mergeGap: Int
    /// How many occurrences of one shingle in B are tried as run starts; caps the work on text
    /// that repeats itself.
    public var maxOccurrences: Int
    /// Scalars of each text searched: beyond, passages are not looked for (the search holds
    /// ~60 bytes per word shingle of both texts, ~45 per character shingle). 2 million scalars
    /// is a long book; a news article is ~6,000.
    public var maxScalars: Int
    /// Steps of run extension allowed per shingle of the two texts (plus a floor for short
    /// texts): text that repeats one shingle over and over makes every occurrence a run start
    /// whose run is the rest of the text, quadratic without this bound.
    public var workPerShingle: Int

    /// A search with the given bounds; the defaults suit news articles and keep the work linear
    /// on any text.
    public init(
        shingler: Shingler = Shingler(), mergeGap: Int = 2, maxOccurrences: Int = 16,
        maxScalars: Int = 2_000_000, workPerShingle: Int = 8
    ) {
        self.shingler = shingler
        self.mergeGap = mergeGap
        self.maxOccurrences = maxOccurrences
        self.maxScalars = maxScalars
        self.workPerShingle = workPerShingle
    }

    /// The passages `a` and `b` share, in A's order.
    ///
    /// - Complexity: O((|A| + |B|) log |B|) in shingles, whatever the texts.
    public func find(_ a: String, _ b: String) -> [Passage] { search(a, b).passages }

    /// The passages `a` and `b` share, in A's order, and whether a limit cut the search.
    public func search(_ a: String, _ b: String) -> Search {
        var limited: Limit?
        // Positions are kept in 32 bits: no text may have more shingles than that holds.
        let cap = min(max(0, maxScalars), Int(Int32.max) - 1)
        let longA = a.unicodeScalars.count > cap
        let longB = b.unicodeScalars.count > cap
        if longA || longB { limited = .textLength(scalars: cap) }
        let textA = longA ? String(String.UnicodeScalarView(a.unicodeScalars.prefix(cap))) : a
        let textB = longB ? String(String.UnicodeScalarView(b.unicodeScalars.prefix(cap))) : b
        let left = shingler.shingles(textA)
        let right = shingler.shingles(textB)

        // B's shingle positions sorted by hash (then position), looked up by binary search: 12
        // bytes a shingle, where a dictionary of arrays took ~100.
        let order = Self.positionsByHash(right)
        let budget = workPerShingle.multipliedReportingOverflow(by: left.count + right.count)
        let maxSteps = budget.overflow ? Int.max : max(budget.partialValue, 100_000)
        var steps = 0

        var runs: [Run] = []
        seeding: for i in left.indices {
            let hash = left[i].hash
            var k = Self.firstIndex(of: hash, in: order, right)
            var tried = 0
            while k < order.count, tried < maxOccurrences {
                let j = Int(order[k])
                guard right[j].hash == hash else { break }
                k += 1
                tried += 1
                if i > 0, j > 0, left[i - 1].hash == right[j - 1].hash { continue }
                var length = 1
                while i + length < left.count, j + length < right.count, left[i + length].hash == right[j + length].hash
                {
                    length += 1
                }
                steps += length
                runs.append(Run(i: Int32(truncatingIfNeeded: i), j: Int32(truncatingIfNeeded: j), shingles: Int32(truncatingIfNeeded: length)))
                if steps >= maxSteps {
                    if limited == nil { limited = .work(steps: steps) }
                    break seeding
                }
            }
        }

        // Longest first; a run overlapping a kept one in either text is a repeat, not a match.
        func spanA(_ run: Run) -> Range<Int> {
            left[Int(run.i)].scalars.lowerBound..<left[Int(run.i) + Int(run.shingles) - 1].scalars.upperBound
        }
        func spanB(_ run: Run) -> Range<Int> {
            right[Int(run.j)].scalars.lowerBound..<right[Int(run.j) + Int(run.shingles) - 1].scalars.upperBound
        }
        runs.sort { ($0.shingles, left[Int($1.i)].scalars.lowerBound) > ($1.shingles, left[Int($0.i)].scalars.lowerBound) }
        var takenA = Coverage(count: (left.last?.scalars.upperBound ?? 0) + 1)
        var takenB = Coverage(count: (right.last?.scalars.upperBound ?? 0) + 1)
        var kept: [(a: Range<Int>, b: Range<Int>)] = []
        for run in runs {
            let a = spanA(run)
            let b = spanB(run)
            guard !takenA.any(in: a), !takenB.any(in: b) else { continue }
            takenA.set(a)
            takenB.set(b)
            kept.append((a, b))
        }
        kept.sort { $0.a.lowerBound < $1.a.lowerBound }

        var merged: [(a: Range<Int>, b: Range<Int>)] = []
        for run in kept {
            if var last = merged.last, run.a.lowerBound - last.a.upperBound <= mergeGap,
                run.b.lowerBound >= last.b.lowerBound, run.b.lowerBound - last.b.upperBound <= mergeGap
            {
                last.a = last.a.lowerBound..<max(last.a.upperBound, run.a.upperBound)
                last.b = last.b.lowerBound..<max(last.b.upperBound, run.b.upperBound)
                merged[merged.count - 1] = last
            } else {
                merged.append(run)
            }
        }
        // The passages' text, walking A's scalars once (they are in A's order and disjoint).
        let view = textA.unicodeScalars
        var position = 0
        var index = view.startIndex
        var passages: [Passage] = []
        passages.reserveCapacity(merged.count)
        for run in merged {
            while position < run.a.lowerBound, index < view.endIndex {
                view.formIndex(after: &index)
                position += 1
            }
            var end = index
            var endPosition = position
            while endPosition < run.a.upperBound, end < view.endIndex {
                view.formIndex(after: &end)
                endPosition += 1
            }
            passages.append(Passage(a: run.a, b: run.b, text: String(view[index..<end])))
        }
        return Search(passages: passages, limited: limited)
    }

    /// The passages `a` and `b` share, with the default word 5-gram shingles.
    public static func find(_ a: String, _ b: String, shingler: Shingler = Shingler()) -> [Passage] {
        SharedPassages(shingler: shingler).find(a, b)
    }

    /// Positions of `shingles`, ordered by hash and then position.
    private static func positionsByHash(_ shingles: [Shingle]) -> [Int32] {
        var order = (0..<Int32(truncatingIfNeeded: shingles.count)).map { $0 }
        order.sort { (shingles[Int($0)].hash, $0) < (shingles[Int($1)].hash, $1) }
        return order
    }

    /// The first place in `order` whose shingle has `hash` or a larger one.
    private static func firstIndex(of hash: UInt64, in order: [Int32], _ shingles: [Shingle]) -> Int {
        var low = 0
        var high = order.count
        while low < high {
            let middle = low + (high - low) / 2
            if shingles[Int(order[middle])].hash < hash { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A run of shingles equal in both texts: where it starts in each, and how many.
    private struct Run {
        var i: Int32
        var j: Int32
        var shingles: Int32
    }

    /// Which scalars of a text a kept run covers, a bit each.
    private struct Coverage {
        private var words: [UInt64]

        init(count: Int) { words = Array(repeating: 0, count: max(0, count) / 64 + 1) }

        func any(in range: Range<Int>) -> Bool {
            var index = max(0, range.lowerBound)
            let end = min(range.upperBound, words.count * 64)
            while index < end {
                if index % 64 == 0, end - index >= 64 {
                    if words[index / 64] != 0 { return true }
                    index += 64
                } else {
                    if words[index / 64] & (1 << UInt64(index % 64)) != 0 { return true }
                    index += 1
                }
            }
            return false
        }

        mutating func set(_ range: Range<Int>) {
            var index = max(0, range.lowerBound)
            let end = min(range.upperBound, words.count * 64)
            while index < end {
                if index % 64 == 0, end - index >= 64 {
                    words[index / 64] = ~0
                    index += 64
                } else {
                    words[index / 64] |= 1 << UInt64(index % 64)
                    index += 1
                }
            }
        }
    }
}
