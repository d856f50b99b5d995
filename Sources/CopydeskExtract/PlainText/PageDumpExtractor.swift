public import CopydeskText

/// Finds the article in plain text, including the text of a whole web page copied with its menus,
/// "related" lists and footer.
///
/// The text is cut into blocks (a line each; hard-wrapped paragraphs are joined back), page
/// furniture is recognised line by line (`PageFurniture`), the rest is weighed as prose or not
/// and settled by its neighbours (`BodyFinder`), and the longest stretch of story is kept. The
/// headline is picked from the lines above it, the date from the date lines around it, the
/// dateline and wire credit from its first and last paragraphs.
///
/// Decisions a reader might question:
/// - Subheadings inside the story ("Kazakhstan", "Russia" in the second seed) are kept as
///   paragraphs of their own: they are the writer's, and dropping them loses the structure.
/// - A standfirst printed above the story and again word for word inside it is kept once, where
///   the story has it (the second seed's "Xi also travelled to Uzbekistan today…" stays in the
///   first paragraph); a standfirst printed only above the story is left out when the date line,
///   byline or photo stands between it and the story (it is the page's summary, not the writer's
///   text), kept when it runs straight into the story; a paragraph printed twice is kept once.
/// - The outlet comes only from a copyright or imprint line, as printed: "… on behalf of the
///   Observer Ltd." gives "Observer", not a masthead name the page does not print.
/// - A trailing sign-off ("-AFP") is removed from the last paragraph and reported as the credit;
///   the dateline and an opening "(AP) —" stay in the text as printed.
/// - Wire trailers ("Reporting by …; Editing by …") are not story; the reporters become the
///   byline when the page printed none.
/// - Input with no furniture at all is a plain text: everything but a headline line is kept.
public struct PageDumpExtractor: Sendable {
    /// An extractor; it holds no state.
    public init() {}

    /// The article in `document`, or why there is none (``IngestError/Code-swift.struct/noArticle``,
    /// ``IngestError/Code-swift.struct/tooLarge``).
    public func extract(_ document: Document) throws(IngestError) -> Article {
        let blocks = TextBlock.blocks(of: document.content)
        guard !blocks.isEmpty else {
            throw IngestError(.empty, source: document.source, "the input holds no text")
        }
        // Numeric dates ("25/09/2022") that prove the page's day-month order sit on short lines.
        let order = PublishedDate.numericOrder(
            provenBy: blocks.lazy.filter {
                $0.text.utf8.count <= 200 && $0.text.utf8.contains(where: { (0x30...0x39).contains($0) })
            }
            .map(\.text).joined(separator: "\n"))
        let finder = BodyFinder(blocks: blocks, order: order)
        let assessments = finder.assessments

        var story: [Int]
        var headline: Int?
        if blocks.count == 1, Self.isQuotation(blocks[0].text) || Self.isSentence(blocks[0].text) {
            // One line alone has no page around it to be furniture of: a finished sentence or a
            // quotation ("By Wednesday, the planet…", "To reach her, call…") is the text itself.
            story = [0]
        } else if finder.isPlainText {
            // A lone line without an end mark reads as a headline.
            if Headline.isCandidate(blocks[0].text) {
                guard blocks.count >= 2 else { throw noArticle(document, assessments: assessments) }
                headline = 0
            }
            story = Array(blocks.indices.dropFirst(headline == nil ? 0 : 1))
        } else {
            guard let range = finder.body() else {
                throw noArticle(document, assessments: assessments)
            }
            headline = Headline.index(in: assessments, storyStart: range.lowerBound)
            story = range.filter { assessments[$0].verdict == .good }
        }
        let title = headline.map { blocks[$0].text }
        story.removeAll { blocks[$0].text == title }
        let paragraphs = Self.withoutRepeats(story.map { blocks[$0].text })
        guard !paragraphs.isEmpty else { throw noArticle(document, assessments: assessments) }
        let last = story.last ?? 0

        var article = Article(source: document.source, id: document.id, title: title, url: document.url)
        article.byline = blocks.count == 1 ? nil : byline(assessments, through: last)
        let credited = WireCredit.detect(in: paragraphs, byline: article.byline)
        article.paragraphs = credited.paragraphs
        article.credit = credited.credit
        // A credit on a line of its own: under the byline ("Associated Press") or just after the
        // story ("-AFP", "(With inputs from agencies)").
        if article.credit == nil {
            let storyStart = story.first ?? 0
            var lines = assessments[min(headline ?? 0, storyStart)..<storyStart].map(\.furniture)
            if let next = assessments[(last + 1)...].first(where: { $0.furniture != .navigation }) {
                lines.append(next.furniture)
            }
            let names = lines.flatMap { furniture -> [String] in
                if case .signOff(let names) = furniture { return names }
                return []
            }
            article.credit = WireCredit.joined(names)
        }
        article.published = published(assessments, headline: headline, through: last)
        article.dateline = article.paragraphs.first.flatMap(Dateline.detect(in:))
        article.outlet =
            assessments.reversed().lazy.compactMap { assessment -> String? in
                assessment.furniture == .imprint ? Imprint.outlet(in: assessment.block.text) : nil
            }.first
        let words = article.paragraphs.flatMap { EnglishStopwords.words($0) }
        if finder.stopwordsApply, words.count >= 20, EnglishStopwords.density(words) >= 0.25 { article.language = "en" }
        return article
    }

    /// Does the line hold a quotation: it opens with a quotation mark or holds a pair of them?
    static func isQuotation(_ text: String) -> Bool {
        let marks = text.unicodeScalars.filter { "\"“”„«»".unicodeScalars.contains($0) }
        guard let first = text.unicodeScalars.first else { return false }
        return "\"“„«‘'".unicodeScalars.contains(first) || marks.count >= 2
    }

    /// Does the line end as a sentence does: a full stop, question or exclamation mark or an
    /// ellipsis, possibly inside closing quotation marks or brackets, after at least four words?
    static func isSentence(_ text: String) -> Bool {
        let closers = "\"”’'»)]".unicodeScalars
        let trimmed = text.unicodeScalars.reversed().drop { closers.contains($0) || $0.properties.isWhitespace }
        guard let last = trimmed.first, ".?!…".unicodeScalars.contains(last) else { return false }
        return text.split(whereSeparator: \.isWhitespace).count >= 4
    }

    /// Removes paragraphs printed twice, and a standfirst (one of the first paragraphs) that a
    /// longer paragraph carries word for word, keeping the fuller one where it stands.
    static func withoutRepeats(_ paragraphs: [String]) -> [String] {
        let keys = paragraphs.map { EnglishStopwords.words($0).joined(separator: " ") }
        var kept: [String] = []
        var seen: Set<String> = []
        for (index, paragraph) in paragraphs.enumerated() {
            let key = keys[index]
            guard !seen.contains(key) else { continue }
            let containedElsewhere =
                index < 3 && key.count >= 40
                && keys.indices.contains { other in
                    other != index && keys[other].count > key.count && keys[other].includes(key)
                }
            guard !containedElsewhere else { continue }
            seen.insert(key)
            kept.append(paragraph)
        }
        return kept
    }

    /// The byline printed above or in the story, else the reporters of a wire trailer.
    private func byline(_ assessments: [BodyFinder.Assessment], through last: Int) -> String? {
        var reporters: String?
        for (index, assessment) in assessments.enumerated() {
            switch assessment.furniture {
            case .byline(let names) where index <= last: return names
            case .trailer(let names?) where reporters == nil: reporters = names
            default: break
            }
        }
        return reporters
    }

    /// The date labelled as the publication date, else a date line between the headline and the
    /// story, else one above the headline (a date banner may be the day the page was read, not
    /// written), else an "Updated" date.
    private func published(_ assessments: [BodyFinder.Assessment], headline: Int?, through last: Int) -> String? {
        var best: (rank: Int, iso: String)?
        for (index, assessment) in assessments.enumerated() where index <= last {
            let found: (String, Int)?
            switch assessment.furniture {
            case .date(let iso?, .published): found = (iso, 0)
            case .date(let iso?, .none): found = (iso, index > (headline ?? -1) ? 1 : 2)
            case .date(let iso?, .updated): found = (iso, 3)
            case .byline:
                found = PublishedDate.iso8601(from: assessment.block.text).map { ($0, 1) }
            default: found = nil
            }
            if let (iso, rank) = found, best.map({ rank < $0.rank }) ?? true { best = (rank, iso) }
        }
        return best?.iso
    }

    private func noArticle(_ document: Document, assessments: [BodyFinder.Assessment]) -> IngestError {
        let lines = assessments.count
        if let headline = Headline.index(in: assessments, storyStart: lines) {
            let text = assessments[headline].block.text
            return IngestError(
                .noArticle, source: document.source,
                "found a headline (\"\(text.prefix(80))\") but no article paragraphs")
        }
        return IngestError(
            .noArticle, source: document.source,
            "found no article paragraphs in \(lines) line\(lines == 1 ? "" : "s") of text (menus, lists or page furniture only)"
        )
    }
}
