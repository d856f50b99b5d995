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
        /// Unicode scalar offsets in A and in B.
        public var a: Range<Int>
        public var b: Range<Int>
        /// The passage as A prints it.
        public var text: String

        public init(a: Range<Int>, b: Range<Int>, text: String) {
            self.a = a
            self.b = b
            self.text = text
        }
    }

    public var shingler: Shingler
    /// Runs this many scalars apart (or closer) in both texts merge into one passage: the
    /// punctuation and space between two runs split by a dropped comma, say.
    public var mergeGap: Int
    /// How many occurrences of one shingle in B are tried as run starts; caps the work on text
    /// that repeats itself.
    public var maxOccurrences: Int

    public init(shingler: Shingler = Shingler(), mergeGap: Int = 2, maxOccurrences: Int = 16) {
        self.shingler = shingler
        self.mergeGap = mergeGap
        self.maxOccurrences = maxOccurrences
    }

    /// The passages `a` and `b` share, in A's order.
    ///
    /// - Complexity: about O(|A| + |B|) for texts that do not repeat themselves.
    public func find(_ a: String, _ b: String) -> [Passage] {
        let left = shingler.shingles(a)
        let right = shingler.shingles(b)
        var positions: [UInt64: [Int]] = [:]
        for (index, shingle) in right.enumerated() { positions[shingle.hash, default: []].append(index) }

        var runs: [Run] = []
        for i in left.indices {
            guard let occurrences = positions[left[i].hash] else { continue }
            for j in occurrences.prefix(maxOccurrences) {
                if i > 0, j > 0, left[i - 1].hash == right[j - 1].hash { continue }
                var length = 1
                while i + length < left.count, j + length < right.count, left[i + length].hash == right[j + length].hash
                {
                    length += 1
                }
                runs.append(
                    Run(
                        a: left[i].scalars.lowerBound..<left[i + length - 1].scalars.upperBound,
                        b: right[j].scalars.lowerBound..<right[j + length - 1].scalars.upperBound,
                        shingles: length))
            }
        }

        // Longest first; a run overlapping a kept one in either text is a repeat, not a match.
        runs.sort { ($0.shingles, $1.a.lowerBound) > ($1.shingles, $0.a.lowerBound) }
        var kept: [Run] = []
        for run in runs where !kept.contains(where: { $0.a.overlaps(run.a) || $0.b.overlaps(run.b) }) {
            kept.append(run)
        }
        kept.sort { $0.a.lowerBound < $1.a.lowerBound }

        var merged: [Run] = []
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
        let scalars = Array(a.unicodeScalars)
        return merged.map { run in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[run.a.clamped(to: 0..<scalars.count)])
            return Passage(a: run.a, b: run.b, text: String(view))
        }
    }

    /// The passages `a` and `b` share, with the default word 5-gram shingles.
    public static func find(_ a: String, _ b: String, shingler: Shingler = Shingler()) -> [Passage] {
        SharedPassages(shingler: shingler).find(a, b)
    }

    private struct Run {
        var a: Range<Int>
        var b: Range<Int>
        var shingles: Int
    }
}
