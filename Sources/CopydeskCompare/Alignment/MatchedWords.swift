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
        // Rarest first; in reading order among equals.
        found.sort { ($0.weight, -$0.token) > ($1.weight, -$1.token) }
        return found.prefix(limit).map { entry in
            let mine = a.surface(entry.token)
            let same = sameWord(a.keys[entry.token], b.keys[entry.other])
            return same ? mine : "\(mine) ~ \(b.surface(entry.other))"
        }
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
