import CopydeskCompare

/// Why a paraphrase was linked, as the reports a person reads show it: the few rarest words the
/// two sentences share, "resigned ~ quit" where they say it in different words. Only paraphrases
/// carry grounds: a verbatim or edited link shows itself (the same words, or a word diff), while
/// "paraphrase" alone asks the reader to trust a score.
///
/// The JSON keeps every matched word (`CoverageReport.Counterpart.matchedWords`); a reader
/// wants the first few, which carried the match — the rest are the story's common words.
enum MatchGrounds {
    /// Words shown per link: enough to check the link, few enough to read at a glance.
    static let shown = 4

    /// The grounds of `counterpart`, a counterpart of `sentence`, to show, rarest first; empty
    /// unless it is a paraphrase. The parts of one hyphenated word the sentence prints
    /// ("Kassym", "Jomart" of "Kassym-Jomart") are shown as that word, in one place, so a
    /// double-barrelled name does not take two of the few places.
    static func words(_ counterpart: CoverageReport.Counterpart, of sentence: CoverageReport.AlignedSentence)
        -> [String]
    {
        guard counterpart.match == .paraphrase else { return [] }
        return Array(joiningHyphenated(counterpart.matchedWords, in: sentence.text).prefix(shown))
    }

    /// "matched on: ethics, resigned ~ quit, Kell", or nil when there is nothing to show.
    static func phrase(_ counterpart: CoverageReport.Counterpart, of sentence: CoverageReport.AlignedSentence)
        -> String?
    {
        let words = words(counterpart, of: sentence)
        return words.isEmpty ? nil : "matched on: " + words.joined(separator: ", ")
    }

    /// Whether any counterpart of `sentence` has grounds to show.
    static func any(_ sentence: CoverageReport.AlignedSentence) -> Bool {
        sentence.counterparts.contains { $0.match == .paraphrase && !$0.matchedWords.isEmpty }
    }

    /// `words` with every hyphenated word of `text` whose parts are all among them (as the
    /// sentence prints them, not a synonym pair) in place of its first part, the others dropped.
    static func joiningHyphenated(_ words: [String], in text: String) -> [String] {
        guard words.count > 1, text.contains("-") else { return words }
        var result = words
        for token in text.split(whereSeparator: { $0.isWhitespace }) where token.contains("-") {
            let word = token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
            let compound = String(word.reversed())
            let parts = compound.split(separator: "-").map(String.init)
            guard parts.count > 1, !result.contains(compound),
                let first = result.firstIndex(of: parts[0]),
                parts.dropFirst().allSatisfy(result.contains)
            else { continue }
            result[first] = compound
            let rest = Set(parts.dropFirst())
            result = result.enumerated().filter { $0.offset == first || !rest.contains($0.element) }.map(\.element)
        }
        return result
    }
}
