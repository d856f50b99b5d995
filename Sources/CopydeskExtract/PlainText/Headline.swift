/// Picks the headline of a page dump among the lines above the story.
enum Headline {
    /// The index of the headline among `assessments[..<storyStart]`, or nil.
    ///
    /// A headline is a line of 2–30 words that does not end like a sentence and is no page
    /// furniture. Among several, the longest wins, helped by being printed again elsewhere on
    /// the page (the seeds repeat it in a "related" list or above the photo), by standing between
    /// blank lines and by being near the story; section labels of one to three words lose.
    static func index(in assessments: [BodyFinder.Assessment], storyStart: Int) -> Int? {
        var counts: [String: Int] = [:]
        for assessment in assessments { counts[assessment.block.text, default: 0] += 1 }
        var best: (score: Int, index: Int)?
        for index in 0..<min(storyStart, assessments.count) {
            let assessment = assessments[index]
            guard assessment.furniture == nil, isCandidate(assessment.block.text) else { continue }
            let words = EnglishStopwords.words(assessment.block.text).count
            var score = min(words, 14)
            if counts[assessment.block.text, default: 0] > 1 { score += 6 }
            if assessment.block.isolated { score += 3 }
            if storyStart - index <= 8 { score += 2 }
            if words <= 3 { score -= 4 }
            if best.map({ score > $0.score }) ?? true { best = (score, index) }
        }
        return best?.index
    }

    static func isCandidate(_ text: String) -> Bool {
        let words = EnglishStopwords.words(text).count
        guard (2...30).contains(words), (10...250).contains(text.count),
            let first = text.first, first.isUppercase || first.isNumber || "\"“‘'".contains(first)
        else { return false }
        let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]"]
        guard let last = text.reversed().first(where: { !closers.contains($0) }) else { return false }
        return ![".", ",", ";", ":"].contains(last) || text.hasSuffix("...") || text.hasSuffix("…")
            || endsWithInitialism(text)
    }

    /// "…Bloomberg Tells U.S.", "…and New Jersey G.O.P.": the full stop belongs to the
    /// initialism, so the line still reads as a headline.
    static func endsWithInitialism(_ text: String) -> Bool {
        guard let word = text.split(separator: " ").last else { return false }
        let letters = word.filter { $0 != "." }
        return word.hasSuffix(".") && letters.count >= 2 && word.filter({ $0 == "." }).count == letters.count
            && letters.allSatisfy(\.isUppercase)
    }
}
