import CopydeskText

/// Why two aligned sentences were matched, in words an editor can check against the text: the
/// content words both print (or words of one synonym group, or a capital for its country), rarest
/// in the story first, so the words that carried the match lead and the names every sentence
/// gives come last or not at all. A similarity of 0.41 says nothing to a reader; "overruled ~
/// overridden, veto, 67" says what the two outlets have in common.
enum MatchedWords {
    /// More than this says no more: the first few rare words carry a match.
    static let limit = 6

    /// The content term of every token of `source` (nil for a stop word), looked up once per
    /// comparison so that explaining a match costs no dictionary lookup per word.
    static func terms(of source: SourceText, cache: inout SentenceProfile.Cache) -> [UInt64?] {
        source.keys.map { cache.facts($0).term }
    }

    /// The words sentence `i` of `a` shares with sentence `j` of `b`, each as `a` prints it,
    /// written "quit ~ resigned" where `b` prints another word of the same term. Numbers count:
    /// "67" in both is part of why they match. `termsA` and `termsB` are ``terms(of:cache:)`` of
    /// the two sources. Empty for sentence indices outside the sources.
    static func between(
        _ a: SourceText, terms termsA: [UInt64?], sentence i: Int,
        _ b: SourceText, terms termsB: [UInt64?], sentence j: Int,
        similarity: SentenceSimilarity
    ) -> [String] {
        guard a.sentenceTokens.indices.contains(i), b.sentenceTokens.indices.contains(j) else { return [] }
        let tokensA = a.sentenceTokens[i].clamped(to: termsA.indices.clamped(to: a.keys.indices))
        let tokensB = b.sentenceTokens[j].clamped(to: termsB.indices.clamped(to: b.keys.indices))
        // Linear searches: a sentence has a few dozen tokens, and hashing them cost more (the
        // aligner asks this of every counterpart it keeps).
        var found: [(weight: Double, token: Int, other: Int)] = []
        for token in tokensA {
            guard let term = termsA[token], !found.contains(where: { termsA[$0.token] == term }),
                let other = tokensB.first(where: { termsB[$0] == term })
            else { continue }
            found.append((similarity.weight(term), token, other))
        }
        let grounds = names(in: found, a, b)
        // Rarest first; in reading order among equals.
        return grounds.sorted { ($0.weight, -$0.first) > ($1.weight, -$1.first) }.prefix(limit).map(\.text)
    }

    /// One ground: what `a` prints, its weight, and where it starts.
    struct Ground {
        var text: String
        var weight: Double
        var first: Int
    }

    /// The matched words as grounds, a name of several words as one: capitalised words next to
    /// each other in both sentences ("Rep. Todd Akin", "Mitt Romney", "State Department") are
    /// one ground weighing as its rarest word, so a name does not take three of the few places
    /// and the reader sees whom it names. A synonym or a capital for its country
    /// ("Beijing ~ China") stays a ground of its own.
    static func names(in found: [(weight: Double, token: Int, other: Int)], _ a: SourceText, _ b: SourceText)
        -> [Ground]
    {
        var grounds: [Ground] = []
        var run: (first: Int, last: Int, weight: Double)?
        func close() {
            guard let run else { return }
            let start = a.tokens.tokens[run.first].scalars.lowerBound
            let end = a.tokens.tokens[run.last].scalars.upperBound
            grounds.append(Ground(text: a.slice(start..<end), weight: run.weight, first: run.first))
        }
        var previous: (token: Int, other: Int)?
        for entry in found.sorted(by: { $0.token < $1.token }) {
            let same = sameWord(a.keys[entry.token], b.keys[entry.other])
            guard same else {
                close()
                run = nil
                previous = nil
                let text = "\(a.surface(entry.token)) ~ \(b.surface(entry.other))"
                grounds.append(Ground(text: text, weight: entry.weight, first: entry.token))
                continue
            }
            let capital = a.isCapitalized(entry.token) && b.isCapitalized(entry.other)
            if capital, let last = previous, last.token + 1 == entry.token, last.other + 1 == entry.other,
                let open = run
            {
                run = (open.first, entry.token, max(open.weight, entry.weight))
            } else {
                close()
                run = (entry.token, entry.token, entry.weight)
            }
            previous = capital ? (entry.token, entry.other) : nil
        }
        close()
        return grounds
    }

    /// Two keys of one term are the same word inflected ("resigns", "resigned"; "apology",
    /// "apologize") when they differ only in the last two letters of the shorter or after;
    /// otherwise the term joined a synonym or a capital ("quit", "resigned"; "overridden",
    /// "overrule"; "Beijing", "China"), and the reader should see both. A prefix, not the
    /// stemmer: this runs for every word of every counterpart, and stemming allocates.
    static func sameWord(_ x: String, _ y: String) -> Bool {
        let shorter = min(x.unicodeScalars.count, y.unicodeScalars.count)
        var common = 0
        for (p, q) in zip(x.unicodeScalars, y.unicodeScalars) {
            guard p == q else { break }
            common += 1
        }
        return shorter - common <= 2
    }
}
