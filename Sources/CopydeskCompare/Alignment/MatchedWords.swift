import CopydeskText

/// Why two aligned sentences were matched, in words an editor can check against the text: the
/// content words both print (or words of one synonym group, or a capital for its country), rarest
/// in the story first, so the words that carried the match lead and the names every sentence
/// gives come last or not at all. A similarity of 0.41 says nothing to a reader; "overruled ~
/// overridden, veto, 67" says what the two outlets have in common.
enum MatchedWords {
    /// More than this says no more: the first few rare words carry a match.
    static let limit = 6

    /// The words sentence `i` of `a` shares with sentence `j` of `b`, each as `a` prints it,
    /// written "quit ~ resigned" where `b` prints another word of the same term. Numbers count:
    /// "67" in both is part of why they match. Empty for sentence indices outside the sources.
    static func between(
        _ a: SourceText, sentence i: Int, _ b: SourceText, sentence j: Int,
        similarity: SentenceSimilarity, cache: inout SentenceProfile.Cache
    ) -> [String] {
        guard a.sentenceTokens.indices.contains(i), b.sentenceTokens.indices.contains(j) else { return [] }
        let tokensA = a.sentenceTokens[i].clamped(to: a.keys.indices)
        let tokensB = b.sentenceTokens[j].clamped(to: b.keys.indices)
        // The first token of b's sentence that carries each term.
        var inB: [UInt64: Int] = [:]
        for token in tokensB {
            if let term = cache.facts(b.keys[token]).term, inB[term] == nil { inB[term] = token }
        }
        var seen = Set<UInt64>()
        var found: [(weight: Double, token: Int, words: String)] = []
        for token in tokensA {
            let key = a.keys[token]
            guard let term = cache.facts(key).term, let other = inB[term], seen.insert(term).inserted else {
                continue
            }
            let mine = a.surface(token)
            // The same stem is the same word inflected ("resigns", "resigned"); another stem on
            // one term is a synonym or a metonym, and the reader should see both.
            let same = Stemmer.stem(key) == Stemmer.stem(b.keys[other])
            found.append((similarity.weight(term), token, same ? mine : "\(mine) ~ \(b.surface(other))"))
        }
        // Rarest first; in reading order among equals.
        found.sort { ($0.weight, -$0.token) > ($1.weight, -$1.token) }
        return found.prefix(limit).map(\.words)
    }
}
