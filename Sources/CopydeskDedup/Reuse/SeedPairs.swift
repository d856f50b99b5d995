/// Candidate passages from shared rare word n-grams: an inverted index of seed n-gram hashes
/// (a sorted array of postings, 16 bytes each), n-grams in too many documents dropped as
/// boilerplate, and the seeds two documents share chained along their diagonal.
struct SeedPairs: Sendable {
    /// One shared n-gram: a document pair (a < b) and the n-gram's word position in each.
    struct Seed: Sendable, Comparable {
        var a: UInt32
        var b: UInt32
        var positionA: UInt32
        var positionB: UInt32

        static func < (x: Seed, y: Seed) -> Bool {
            (x.a, x.b, x.positionA, x.positionB) < (y.a, y.b, y.positionA, y.positionB)
        }
    }

    /// A run of seeds of one document pair close together on nearly one diagonal: a candidate
    /// passage, to be aligned.
    struct Chain: Sendable {
        var a: Int
        var b: Int
        /// Word positions in A the seeds cover (the last seed's n-gram included).
        var rows: Range<Int>
        var lowestDiagonal: Int
        var highestDiagonal: Int
        var seeds: Int
    }

    private struct Posting: Comparable {
        var hash: UInt64
        var document: UInt32
        var position: UInt32

        static func < (x: Posting, y: Posting) -> Bool {
            (x.hash, x.document, x.position) < (y.hash, y.document, y.position)
        }
    }

    var seeds: [Seed] = []
    /// Distinct n-grams dropped for being in more than the allowed number of documents.
    var boilerplateGrams = 0
    /// Set when the seed pairs reached their cap.
    var seedLimitReached = false
    /// Where the boilerplate n-grams are: positions by document.
    var boilerplate: [Int: [Int]] = [:]

    /// Builds the seeds every document pair shares.
    init(_ documents: [ReuseWords?], options: ReuseOptions) {
        var postings: [Posting] = []
        var local: [Posting] = []
        let perDocument = max(1, options.maximumOccurrencesPerDocument)
        for (index, words) in documents.enumerated() {
            guard let words, !words.seeds.isEmpty else { continue }
            local.removeAll(keepingCapacity: true)
            for (position, hash) in words.seeds.enumerated() {
                local.append(Posting(hash: hash, document: UInt32(truncatingIfNeeded: index), position: UInt32(truncatingIfNeeded: position)))
            }
            local.sort()
            // Only the first few occurrences of an n-gram in one document: repetition is bounded.
            var run = 0
            for (offset, posting) in local.enumerated() {
                run = offset > 0 && local[offset - 1].hash == posting.hash ? run + 1 : 0
                if run < perDocument { postings.append(posting) }
            }
        }
        postings.sort()

        let maximumDocuments = max(2, options.maximumDocumentFrequency)
        var start = 0
        grams: while start < postings.count {
            var end = start + 1
            var documentsInGroup = 1
            while end < postings.count, postings[end].hash == postings[start].hash {
                if postings[end].document != postings[end - 1].document { documentsInGroup += 1 }
                end += 1
            }
            defer { start = end }
            guard documentsInGroup >= 2 else { continue }
            guard documentsInGroup <= maximumDocuments else {
                boilerplateGrams += 1
                for posting in postings[start..<end] {
                    boilerplate[Int(posting.document), default: []].append(Int(posting.position))
                }
                continue
            }
            for x in start..<end {
                for y in (x + 1)..<end where postings[y].document != postings[x].document {
                    seeds.append(
                        Seed(
                            a: postings[x].document, b: postings[y].document, positionA: postings[x].position,
                            positionB: postings[y].position))
                    if seeds.count >= options.maximumSeedPairs {
                        seedLimitReached = true
                        break grams
                    }
                }
            }
        }
        seeds.sort()
    }

    /// The candidate passages, pair by pair (in seed order), each pair's chains in A's order.
    ///
    /// - Parameter maximumRows: a chain longer than this (words of A) is cut, so one alignment's
    ///   work stays bounded.
    func chains(options: ReuseOptions, seedWords: Int, maximumRows: Int = 20_000, maximumDiagonals: Int = 256) -> [[Chain]] {
        var pairs: [[Chain]] = []
        var start = 0
        while start < seeds.count {
            var end = start + 1
            while end < seeds.count, seeds[end].a == seeds[start].a, seeds[end].b == seeds[start].b { end += 1 }
            let found = Self.chains(
                seeds[start..<end], options: options, seedWords: seedWords, maximumRows: maximumRows,
                maximumDiagonals: maximumDiagonals)
            if !found.isEmpty { pairs.append(found) }
            start = end
        }
        return pairs
    }

    /// Chains of one pair's seeds (sorted by position in A).
    private static func chains(
        _ seeds: ArraySlice<Seed>, options: ReuseOptions, seedWords: Int, maximumRows: Int, maximumDiagonals: Int
    ) -> [Chain] {
        var open: [(chain: Chain, lastRow: Int, lastDiagonal: Int)] = []
        var closed: [Chain] = []
        let gap = max(1, options.maximumSeedGap)
        let drift = max(0, options.maximumDiagonalDrift)
        for seed in seeds {
            let row = Int(seed.positionA)
            let diagonal = Int(seed.positionB) - row
            // Chains that ended too far back are finished.
            var index = 0
            while index < open.count {
                if row - open[index].lastRow > gap {
                    closed.append(open[index].chain)
                    open.remove(at: index)
                } else {
                    index += 1
                }
            }
            // A chain is cut when it grows past `maximumRows` words or `maximumDiagonals`
            // diagonals, so one alignment's band (rows × diagonals bytes) stays bounded.
            if let match = open.firstIndex(where: {
                abs($0.lastDiagonal - diagonal) <= drift && row + seedWords - $0.chain.rows.lowerBound <= maximumRows
                    && max($0.chain.highestDiagonal, diagonal) - min($0.chain.lowestDiagonal, diagonal) <= maximumDiagonals
            }) {
                open[match].chain.rows = open[match].chain.rows.lowerBound..<max(open[match].chain.rows.upperBound, row + seedWords)
                open[match].chain.lowestDiagonal = min(open[match].chain.lowestDiagonal, diagonal)
                open[match].chain.highestDiagonal = max(open[match].chain.highestDiagonal, diagonal)
                open[match].chain.seeds += 1
                open[match].lastRow = row
                open[match].lastDiagonal = diagonal
            } else {
                let chain = Chain(
                    a: Int(seed.a), b: Int(seed.b), rows: row..<(row + seedWords), lowestDiagonal: diagonal,
                    highestDiagonal: diagonal, seeds: 1)
                open.append((chain, row, diagonal))
                // Text that repeats itself opens a chain per repeat: keep the newest few only.
                if open.count > 64 { closed.append(open.removeFirst().chain) }
            }
        }
        closed += open.map(\.chain)
        return closed.filter { $0.seeds >= max(1, options.minimumSeeds) }.sorted { $0.rows.lowerBound < $1.rows.lowerBound }
    }
}
