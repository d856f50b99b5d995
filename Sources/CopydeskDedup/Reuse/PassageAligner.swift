/// Local alignment of two documents' words around a candidate passage: Smith–Waterman in a band
/// of diagonals, with words that differ by OCR damage counted as weaker matches, so a passage's
/// boundaries are where the shared text really starts and ends, not where the first intact seed
/// happened to be.
///
/// Two states per cell: the path ends on a match, or on a *bad* step (two different words, or a
/// word on one side only). A second bad step in a row costs much more than the first. News
/// writing is formulaic: two stories in one house style share sentence frames ("More than …
/// were affected by the …") whose slots differ two words at a time; a copy, even under 5% OCR
/// noise, rarely has two wholly different words in a row. Words that only boilerplate n-grams
/// cover (a footer every story carries) score nothing when they match, so boilerplate cannot carry
/// a passage either.
struct PassageAligner: Sendable {
    /// An exact word match.
    var match: Int32 = 2
    /// A word damaged on one side (one or two edits: `rn`→`m`, `l`→`1`, `e`→`c`).
    var nearMatch: Int32 = 1
    /// A bad step after a match: worth more than two matches, so a stray shared "the" next to a
    /// passage does not pull its boundary outwards.
    var bad: Int32 = -5
    /// What a bad step right after another bad step costs on top.
    var badAgain: Int32 = -8

    /// Where an alignment lies: word indices in A and B (inclusive ends), its score, and how
    /// many aligned words agree exactly and nearly.
    struct Alignment: Sendable, Hashable {
        var a: ClosedRange<Int>
        var b: ClosedRange<Int>
        var score: Int32
        var exact: Int
        var near: Int

        /// Similarity in 0...1: agreeing words (near ones at three quarters) over the longer side.
        var similarity: Double {
            let longer = max(a.count, b.count)
            guard longer > 0 else { return 0 }
            return min(1, (Double(exact) + 0.75 * Double(near)) / Double(longer))
        }
    }

    private static let impossible = Int32.min / 4

    /// The best-scoring local alignment of words `rows` of A against B, within diagonals
    /// `diagonals` (a word i of A meets word i + d of B). Nil when nothing scores above zero.
    ///
    /// - Complexity: O(rows × diagonals) time, the same in bytes for the traceback.
    func align(_ a: ReuseWords, _ b: ReuseWords, rows: Range<Int>, diagonals: ClosedRange<Int>) -> Alignment? {
        let rows = max(0, rows.lowerBound)..<min(a.count, rows.upperBound)
        let width = diagonals.count
        guard !rows.isEmpty, width > 0, b.count > 0 else { return nil }
        let low = diagonals.lowerBound
        let impossible = Self.impossible
        // Scores of the previous and current row, one cell per diagonal, for paths ending on a
        // match (`good`) and on a bad step (`bad`).
        var goodBefore = [Int32](repeating: impossible, count: width)
        var badBefore = [Int32](repeating: impossible, count: width)
        var good = [Int32](repeating: impossible, count: width)
        var badNow = [Int32](repeating: impossible, count: width)
        // Per cell: low 2 bits, where the match state came from (0 start, 1 match, 2 bad, both
        // diagonal); high bits, where the bad state came from (1 diagonal, 2 up, 3 left; +3 when
        // from the bad state).
        var moves = [UInt8](repeating: 0, count: rows.count * width)
        var best: Int32 = 0
        var bestCell = (row: -1, column: -1)
        for (rowNumber, i) in rows.enumerated() {
            for k in 0..<width {
                let j = i + low + k
                guard j >= 0, j < b.count else {
                    good[k] = impossible
                    badNow[k] = impossible
                    continue
                }
                let step = score(a, i, b, j)
                var move: UInt8 = 0
                let diagonalGood = rowNumber > 0 ? goodBefore[k] : impossible
                let diagonalBad = rowNumber > 0 ? badBefore[k] : impossible
                if let step {
                    // A match: start here, or continue either state.
                    var value: Int32 = 0
                    if diagonalGood > value {
                        value = diagonalGood
                        move = 1
                    }
                    if diagonalBad > value {
                        value = diagonalBad
                        move = 2
                    }
                    good[k] = value + step
                } else {
                    good[k] = impossible
                }
                // A bad step: two different words (diagonal), or a word of one side only.
                var value = impossible
                var from: UInt8 = 0
                func consider(_ candidate: Int32, _ code: UInt8) {
                    if candidate > value {
                        value = candidate
                        from = code
                    }
                }
                if step == nil {
                    consider(diagonalGood + bad, 1)
                    consider(diagonalBad + bad + badAgain, 4)
                }
                if rowNumber > 0, k + 1 < width {
                    consider(goodBefore[k + 1] + bad, 2)
                    consider(badBefore[k + 1] + bad + badAgain, 5)
                }
                if k > 0 {
                    consider(good[k - 1] + bad, 3)
                    consider(badNow[k - 1] + bad + badAgain, 6)
                }
                // A path that has fallen to zero is better started afresh.
                badNow[k] = value > 0 ? value : impossible
                moves[rowNumber * width + k] = move | (value > 0 ? from << 2 : 0)
                // Strictly greater: of equal scores the shorter alignment wins, so a boundary is
                // not pushed outwards by a stray match.
                if good[k] > best {
                    best = good[k]
                    bestCell = (rowNumber, k)
                }
            }
            swap(&goodBefore, &good)
            swap(&badBefore, &badNow)
        }
        guard best > 0, bestCell.row >= 0 else { return nil }

        // Traceback from the best cell (a match) to where the path started.
        var row = bestCell.row
        var k = bestCell.column
        var inGood = true
        var exact = 0
        var near = 0
        var start = (row: row, column: k)
        while row >= 0, k >= 0, k < width {
            let move = moves[row * width + k]
            if inGood {
                let i = rows.lowerBound + row
                let j = i + low + k
                if a.hashes[i] == b.hashes[j] { exact += 1 } else { near += 1 }
                start = (row, k)
                let from = move & 3
                if from == 0 { break }
                inGood = from == 1
                row -= 1
            } else {
                let from = move >> 2
                guard from > 0 else { break }
                inGood = from <= 3
                switch from {
                case 1, 4: row -= 1
                case 2, 5:
                    row -= 1
                    k += 1
                default: k -= 1
                }
            }
        }
        let firstI = rows.lowerBound + start.row
        let firstJ = firstI + low + start.column
        let lastI = rows.lowerBound + bestCell.row
        let lastJ = lastI + low + bestCell.column
        guard firstI <= lastI, firstJ <= lastJ else { return nil }
        return Alignment(a: firstI...lastI, b: firstJ...lastJ, score: best, exact: exact, near: near)
    }

    /// The score of aligning word `i` of A with word `j` of B when the two agree (exactly, or
    /// as OCR damages words); nil when they differ. Boilerplate words agree for nothing.
    func score(_ a: ReuseWords, _ i: Int, _ b: ReuseWords, _ j: Int, stockCounts: Bool = false) -> Int32? {
        if a.hashes[i] == b.hashes[j] { return !stockCounts && (a.isStock(i) || b.isStock(j)) ? 0 : match }
        return Self.nearlyEqual(a.key(i), b.key(j)) ? nearMatch : nil
    }

    /// Moves an alignment's ends outwards over damaged words at its edges.
    ///
    /// The main scores are harsh on differing words; at the edges of a passage already found,
    /// that would cut off the first or last few words whenever OCR damaged one of them beyond
    /// recognition. So each end is extended by an anchored alignment over at most `reach` words
    /// with gentler bad steps (each costs one match), kept only where it ends on a match,
    /// gains, and takes two agreeing words or more.
    func extended(_ alignment: Alignment, _ a: ReuseWords, _ b: ReuseWords, reach: Int = 12) -> Alignment {
        var result = alignment
        if let found = gain(a, b, from: (alignment.a.upperBound, alignment.b.upperBound), step: 1, reach: reach) {
            result.a = result.a.lowerBound...(result.a.upperBound + found.a)
            result.b = result.b.lowerBound...(result.b.upperBound + found.b)
            result.exact += found.exact
            result.near += found.near
        }
        if let found = gain(a, b, from: (alignment.a.lowerBound, alignment.b.lowerBound), step: -1, reach: reach) {
            result.a = (result.a.lowerBound - found.a)...result.a.upperBound
            result.b = (result.b.lowerBound - found.b)...result.b.upperBound
            result.exact += found.exact
            result.near += found.near
        }
        return result
    }

    private struct Cell {
        var score: Int32
        var exact: Int32
        var near: Int32
    }

    /// The best gain of aligning the words beyond an anchor (word indices in A and B, already
    /// aligned), going forwards (`step` 1) or backwards (-1): how many words it takes on each
    /// side, and the exact and near matches among them. Nil when nothing gains.
    private func gain(
        _ a: ReuseWords, _ b: ReuseWords, from anchor: (Int, Int), step: Int, reach: Int
    ) -> (a: Int, b: Int, exact: Int, near: Int)? {
        let rowsAvailable = step > 0 ? a.count - 1 - anchor.0 : anchor.0
        let columnsAvailable = step > 0 ? b.count - 1 - anchor.1 : anchor.1
        let rows = max(0, min(reach, rowsAvailable))
        let columns = max(0, min(reach, columnsAvailable))
        guard rows > 0, columns > 0 else { return nil }
        let soft: Int32 = -2
        // Two damaged words in a row at a passage's edge ("par1iament aitcr") are common under
        // heavy noise; a stock sentence opening pulled in this way is trimmed afterwards
        // (``ReuseFinder/trimmedToSentences``).
        let softAgain: Int32 = -2
        let width = columns + 1
        let none = Cell(score: Self.impossible, exact: 0, near: 0)
        // Paths ending on a match, and on a bad step; the anchor is a match.
        var good = [Cell](repeating: none, count: (rows + 1) * width)
        var badCells = [Cell](repeating: none, count: (rows + 1) * width)
        good[0] = Cell(score: 0, exact: 0, near: 0)
        var found: (x: Int, y: Int)?
        var top: Int32 = 0
        for x in 0...rows {
            for y in 0...columns where x > 0 || y > 0 {
                let cell = x * width + y
                var agree: Int32?
                if x > 0, y > 0 {
                    let i = anchor.0 + step * x
                    let j = anchor.1 + step * y
                    // At the edge of a passage already found, a stock phrase ("It was not
                    // immediately clear whether") is part of it like any other words.
                    agree = score(a, i, b, j, stockCounts: true)
                    let previous = [good[cell - width - 1], badCells[cell - width - 1]].max { $0.score < $1.score } ?? none
                    if let agree, previous.score > Self.impossible {
                        let exact: Int32 = a.hashes[i] == b.hashes[j] ? 1 : 0
                        good[cell] = Cell(score: previous.score + agree, exact: previous.exact + exact, near: previous.near + 1 - exact)
                        // Two agreeing words at least: one shared "The" opening the next
                        // paragraph on both sides is not more of the passage.
                        if good[cell].score > top, good[cell].exact + good[cell].near >= 2 {
                            top = good[cell].score
                            found = (x, y)
                        }
                    }
                }
                var bad = none
                func consider(_ from: Cell, _ cost: Int32) {
                    guard from.score > Self.impossible, from.score + cost > bad.score else { return }
                    bad = Cell(score: from.score + cost, exact: from.exact, near: from.near)
                }
                if x > 0, y > 0, agree == nil {
                    consider(good[cell - width - 1], soft)
                    consider(badCells[cell - width - 1], soft + softAgain)
                }
                if x > 0 {
                    consider(good[cell - width], soft)
                    consider(badCells[cell - width], soft + softAgain)
                }
                if y > 0 {
                    consider(good[cell - 1], soft)
                    consider(badCells[cell - 1], soft + softAgain)
                }
                badCells[cell] = bad
            }
        }
        guard let found else { return nil }
        let cell = good[found.x * width + found.y]
        return (found.x, found.y, Int(cell.exact), Int(cell.near))
    }

    /// Whether two words differ only as OCR damages words: within one edit (two for words of
    /// five letters or more: `rn`→`m` alone is two), both at least three bytes long, sharing
    /// their first or last byte.
    static func nearlyEqual(_ x: ArraySlice<UInt8>, _ y: ArraySlice<UInt8>) -> Bool {
        guard x.count >= 3, y.count >= 3, abs(x.count - y.count) <= 2 else { return false }
        guard x.first == y.first || x.last == y.last else { return false }
        let limit = min(x.count, y.count) >= 5 ? 2 : 1
        return editDistance(x, y, limit: limit) <= limit
    }

    /// Levenshtein distance of two short byte strings, stopping once it exceeds `limit` (then
    /// any value above `limit`).
    static func editDistance(_ x: ArraySlice<UInt8>, _ y: ArraySlice<UInt8>, limit: Int) -> Int {
        let xs = Array(x)
        let ys = Array(y)
        guard !xs.isEmpty, !ys.isEmpty else { return max(xs.count, ys.count) }
        guard xs.count <= 64, ys.count <= 64 else { return xs == ys ? 0 : limit + 1 }
        var previous = Array(0...ys.count)
        var current = [Int](repeating: 0, count: ys.count + 1)
        for i in 1...xs.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...ys.count {
                let cost = xs[i - 1] == ys[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[ys.count]
    }
}
