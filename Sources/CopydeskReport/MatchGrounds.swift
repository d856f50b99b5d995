import CopydeskCompare

/// Why a paraphrase was linked, as the reports a person reads show it: the few rarest words the
/// two sentences share, "resigned ~ quit" where they say it in different words. Only paraphrases
/// carry grounds: a verbatim or edited link shows itself (the same words, or a word diff), while
/// "paraphrase" alone asks the reader to trust a score.
///
/// The JSON keeps every matched word (``CoverageReport/Counterpart/matchedWords``); a reader
/// wants the first few, which carried the match — the rest are the story's common words.
enum MatchGrounds {
    /// Words shown per link: enough to check the link, few enough to read at a glance.
    static let shown = 4

    /// The grounds of `counterpart` to show, rarest first; empty unless it is a paraphrase.
    static func words(_ counterpart: CoverageReport.Counterpart) -> [String] {
        guard counterpart.match == .paraphrase else { return [] }
        return Array(counterpart.matchedWords.prefix(shown))
    }

    /// "matched on: ethics, resigned ~ quit, Kell", or nil when there is nothing to show.
    static func phrase(_ counterpart: CoverageReport.Counterpart) -> String? {
        let words = words(counterpart)
        return words.isEmpty ? nil : "matched on: " + words.joined(separator: ", ")
    }

    /// Whether any counterpart of `sentence` has grounds to show.
    static func any(_ sentence: CoverageReport.AlignedSentence) -> Bool {
        sentence.counterparts.contains { !words($0).isEmpty }
    }
}
