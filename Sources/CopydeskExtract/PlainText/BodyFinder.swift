/// Decides which blocks of a page dump are the story, the way jusText does for HTML: classify
/// each block by its length, its ending and its share of stopwords, settle the short and
/// borderline ones by their neighbours, then keep the longest stretch of text that is mostly
/// story.
struct BodyFinder {
    enum Verdict: Sendable, Hashable {
        /// Running prose: long, ends like a sentence, a third of its words are stopwords.
        case good
        /// Could be either: a short sentence, a bulleted item, prose with few stopwords.
        case nearGood
        /// A short line that is no sentence: a subheading, or one item of a list of links.
        case short
        case bad
    }

    struct Assessment: Sendable {
        var block: TextBlock
        /// The block without a wire sign-off ("…force\". -AFP"), as it is weighed.
        var weighed: String
        /// Characters (Unicode scalars) of ``weighed``.
        var length: Int
        /// Lowercased words of ``weighed``.
        var words: [String]
        var furniture: PageFurniture?
        var verdict: Verdict
    }

    private(set) var assessments: [Assessment]
    /// Whether English stopwords say anything about this text; when they don't (another
    /// language), length and sentence endings decide alone.
    let stopwordsApply: Bool

    init(blocks: [TextBlock], order: PublishedDate.NumericOrder?) {
        assessments = blocks.map { block in
            let words = EnglishStopwords.words(block.text)
            let furniture = PageFurniture.of(block.text, words: words, order: order)
            var assessment = Assessment(
                block: block, weighed: block.text, length: block.text.unicodeScalars.count, words: words,
                furniture: furniture, verdict: .bad)
            if furniture == nil, let (_, kept) = WireCredit.signOff(in: block.text), !kept.isEmpty {
                assessment.weighed = kept
                assessment.length = kept.unicodeScalars.count
                assessment.words = EnglishStopwords.words(kept)
            }
            return assessment
        }
        stopwordsApply = EnglishStopwords.density(assessments.flatMap(\.words)) >= 0.12
        for index in assessments.indices { assessments[index].verdict = firstVerdict(assessments[index]) }
        markCaptions()
        markRepeats()
        markLinkLists()
        markComments()
        isPlainText = !assessments.contains { $0.furniture != nil || $0.verdict == .bad }
        promoteShortProse()
        settleNearGood()
        settleShort()
    }

    /// Whether the input has no page furniture at all — no menu, list, caption, date line or
    /// footer: then it is a plain text, and every block but a headline is the story.
    private(set) var isPlainText = false

    /// The stretch of blocks with the most story in it: each good block counts its length, each
    /// other block against it, so a caption or an "Also read" line inside the story is crossed
    /// but a list of links or a footer is not. Starts and ends with a good block.
    func body() -> ClosedRange<Int>? {
        var best: (sum: Int, range: ClosedRange<Int>)?
        var sum = 0
        var start = 0
        for (index, assessment) in assessments.enumerated() {
            let length = assessment.length
            let weight = assessment.verdict == .good ? length : -max(10, length)
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += weight
            if sum > 0, assessment.verdict == .good, best.map({ sum > $0.sum }) ?? true {
                best = (sum, start...index)
            }
        }
        guard var range = best?.range else { return nil }
        while assessments[range.lowerBound].verdict != .good, range.lowerBound < range.upperBound {
            range = (range.lowerBound + 1)...range.upperBound
        }
        return range
    }

    // MARK: Steps

    private func firstVerdict(_ assessment: Assessment) -> Verdict {
        if assessment.furniture != nil { return .bad }
        let text = assessment.weighed
        let length = assessment.length
        let sentence = PageFurniture.endsSentence(text)
        if TextBlock.startsWithBullet(text) { return .nearGood }
        if length < 70 { return sentence ? .nearGood : .short }
        guard stopwordsApply else {
            if sentence { return .good }
            return length >= 140 ? .nearGood : .short
        }
        let density = EnglishStopwords.density(assessment.words)
        if density >= 0.30 { return sentence || length >= 140 ? .good : .nearGood }
        if density >= 0.20 { return sentence && length >= 140 ? .good : .nearGood }
        return sentence ? .nearGood : .bad
    }

    /// A line naming people by their place in the picture ("Xi Jinping (R) and Kassym-Jomart
    /// Tokayev") is a caption when it is no sentence or sits next to a photo credit.
    private mutating func markCaptions() {
        for index in assessments.indices where assessments[index].furniture == nil {
            let text = assessments[index].block.text
            guard assessments[index].length < 200, PageFurniture.hasPositionMarker(text) else { continue }
            let besidePhoto = [index - 1, index + 1].contains {
                assessments.indices.contains($0) && assessments[$0].furniture == .photo
            }
            if besidePhoto || !PageFurniture.endsSentence(text) {
                assessments[index].furniture = .photo
                assessments[index].verdict = .bad
            }
        }
    }

    /// A line printed twice in a row is page furniture (the seed prints its caption twice); the
    /// story never repeats a paragraph back to back.
    private mutating func markRepeats() {
        for index in assessments.indices.dropFirst() {
            let previous = assessments[index - 1].block.text
            guard assessments[index - 1].length >= 20, previous == assessments[index].block.text else { continue }
            assessments[index - 1].verdict = .bad
            assessments[index].verdict = .bad
        }
    }

    /// Three or more headline-like lines in a row — no sentence ending, under 120 characters —
    /// are a list of links ("You Might Also Like", "Latest News"), not subheadings.
    private mutating func markLinkLists() {
        var index = 0
        while index < assessments.count {
            var end = index
            while end < assessments.count, isHeadlineLike(assessments[end]) { end += 1 }
            if end - index >= 3 {
                for member in index..<end { assessments[member].verdict = .bad }
            }
            index = max(end, index + 1)
        }
    }

    private func isHeadlineLike(_ assessment: Assessment) -> Bool {
        let text = assessment.weighed
        return (assessment.verdict == .short || assessment.verdict == .nearGood)
            && assessment.length < 120 && !PageFurniture.endsSentence(text) && !TextBlock.startsWithBullet(text)
    }

    /// Nothing after the head of a comment section belongs to the story — once some story has
    /// been seen ("12 Comments" near the headline is a counter, not the section).
    private mutating func markComments() {
        var seen = 0
        for index in assessments.indices {
            if assessments[index].furniture == .comments, seen >= 200 {
                for later in index..<assessments.count { assessments[later].verdict = .bad }
                return
            }
            if assessments[index].verdict == .good { seen += assessments[index].length }
        }
    }

    /// Three or more short sentences in a row are prose, however short each is: a tabloid tells
    /// its story in one-sentence paragraphs, and no menu or list ends its lines with full stops.
    private mutating func promoteShortProse() {
        var index = 0
        while index < assessments.count {
            var end = index
            var length = 0
            while end < assessments.count, assessments[end].verdict == .nearGood,
                PageFurniture.endsSentence(assessments[end].weighed),
                !TextBlock.startsWithBullet(assessments[end].weighed)
            {
                length += assessments[end].length
                end += 1
            }
            if end - index >= 3, length >= 150 {
                for member in index..<end { assessments[member].verdict = .good }
            }
            index = max(end, index + 1)
        }
    }

    /// A borderline block is bad when the nearest settled blocks on both sides are bad (the
    /// start and end of the input count as neither).
    private mutating func settleNearGood() {
        let verdicts = assessments.map(\.verdict)
        let (before, after) = Self.nearestSettled(verdicts)
        for index in assessments.indices where verdicts[index] == .nearGood {
            let sides = [before[index], after[index]].compactMap { $0 }
            assessments[index].verdict = !sides.isEmpty && sides.allSatisfy({ $0 == .bad }) ? .bad : .good
        }
    }

    /// A short line is a subheading of the story only between story on both sides.
    private mutating func settleShort() {
        let verdicts = assessments.map(\.verdict)
        let (before, after) = Self.nearestSettled(verdicts)
        for index in assessments.indices where verdicts[index] == .short {
            assessments[index].verdict = before[index] == .good && after[index] == .good ? .good : .bad
        }
    }

    /// For each block, the nearest good or bad verdict before and after it, in two passes so
    /// that long runs of unsettled lines stay linear.
    static func nearestSettled(_ verdicts: [Verdict]) -> (before: [Verdict?], after: [Verdict?]) {
        var before = [Verdict?](repeating: nil, count: verdicts.count)
        var after = [Verdict?](repeating: nil, count: verdicts.count)
        var last: Verdict?
        for index in verdicts.indices {
            before[index] = last
            if verdicts[index] == .good || verdicts[index] == .bad { last = verdicts[index] }
        }
        last = nil
        for index in verdicts.indices.reversed() {
            after[index] = last
            if verdicts[index] == .good || verdicts[index] == .bad { last = verdicts[index] }
        }
        return (before, after)
    }
}
