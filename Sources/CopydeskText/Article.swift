/// One news article as Copydesk understands it: what a reader would call the story, stripped
/// of the page around it.
///
/// Every stage after ingestion works on `Article`s. Offsets that later stages report (sentences,
/// quotes, passages) count Unicode scalars in ``text``.
public struct Article: Sendable, Hashable, Codable {
    /// The input as the user gave it: a path, a URL, or `-`.
    public var source: String
    /// A short stable id: the file name without extension, or host and path slug.
    public var id: String
    /// The headline as the page printed it.
    public var title: String?
    /// The names the byline gives ("Jane Doe"), without the leading "By".
    public var byline: String?
    /// ISO 8601 date (`2022-09-15`) or date-time (`2022-09-15T10:30:00Z`).
    public var published: String?
    /// The publication that printed the page ("The Daily Observer").
    public var outlet: String?
    /// The canonical URL of the article.
    public var url: String?
    /// The wire agency the copy comes from ("AFP", "AP", "Reuters").
    public var credit: String?
    /// The dateline that opens the story ("NUR-SULTAN, Sept 14"), kept in the text as printed.
    public var dateline: String?
    /// BCP 47 language tag, when the page declares one or it can be told from the text.
    public var language: String?
    /// The article's paragraphs (headings, list items and quotations that belong to it included).
    public var paragraphs: [String]
    /// Things the extractor noticed but could work around, in one line each.
    public var warnings: [String]

    /// An article from its parts; only `source` and `id` are required, as a page may give nothing
    /// else.
    public init(
        source: String, id: String, title: String? = nil, byline: String? = nil,
        published: String? = nil, outlet: String? = nil, url: String? = nil,
        credit: String? = nil, dateline: String? = nil, language: String? = nil,
        paragraphs: [String] = [], warnings: [String] = []
    ) {
        self.source = source
        self.id = id
        self.title = title
        self.byline = byline
        self.published = published
        self.outlet = outlet
        self.url = url
        self.credit = credit
        self.dateline = dateline
        self.language = language
        self.paragraphs = paragraphs
        self.warnings = warnings
    }

    /// The paragraphs joined by blank lines: the text every offset refers to.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// Words in ``paragraphs``, counted as whitespace-separated runs that hold a letter or digit.
    public var wordCount: Int {
        var count = 0
        for paragraph in paragraphs {
            var inWord = false
            var hasAlnum = false
            for scalar in paragraph.unicodeScalars {
                let value = scalar.value
                let isSpace: Bool
                let isAlnum: Bool
                if value < 0x80 {
                    // ASCII without consulting Unicode properties: most news text is ASCII.
                    isSpace = value == 0x20 || (value >= 0x09 && value <= 0x0D)
                    isAlnum =
                        (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
                } else {
                    isSpace = scalar.properties.isWhitespace
                    isAlnum = !isSpace && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                }
                if isSpace {
                    if inWord && hasAlnum { count += 1 }
                    inWord = false
                    hasAlnum = false
                } else {
                    inWord = true
                    if isAlnum { hasAlnum = true }
                }
            }
            if inWord && hasAlnum { count += 1 }
        }
        return count
    }
}

// MARK: - JSON

/// One JSON shape for an article, whoever writes it: `Article`'s `Codable` uses the keys, order
/// and derived fields of `copydesk extract --format json` (`ArticleRenderer`), so a line the CLI
/// printed decodes into the same `Article`, and an `Article` a library user encodes reads as the
/// CLI's output.
extension Article {
    /// The keys in the order `extract` prints them; `text` and `word_count` are derived, written
    /// but not read back.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        /// ``Article/source``.
        case source
        /// ``Article/id``.
        case id
        /// ``Article/title``, `null` when unknown.
        case title
        /// ``Article/byline``, `null` when unknown.
        case byline
        /// ``Article/published``, `null` when unknown.
        case published
        /// ``Article/outlet``, `null` when unknown.
        case outlet
        /// ``Article/url``, `null` when unknown.
        case url
        /// ``Article/credit``, `null` when unknown.
        case credit
        /// ``Article/dateline``, `null` when unknown.
        case dateline
        /// ``Article/language``, `null` when unknown.
        case language
        /// ``Article/paragraphs``.
        case paragraphs
        /// ``Article/text``: written, read only when `paragraphs` is missing.
        case text
        /// ``Article/wordCount``: written, never read.
        case wordCount = "word_count"
        /// ``Article/warnings``.
        case warnings
    }

    /// Reads what `extract` prints, or a hand-written object with `source`, `id` and `text` at
    /// least (`text`'s blank lines are then the paragraph breaks).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        var paragraphs = try values.decodeIfPresent([String].self, forKey: .paragraphs)
        // Only `text` given (a hand-written line): its blank lines are the paragraph breaks.
        if paragraphs == nil, let text = try values.decodeIfPresent(String.self, forKey: .text) {
            paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        }
        self.init(
            source: try values.decode(String.self, forKey: .source),
            id: try values.decode(String.self, forKey: .id),
            title: try values.decodeIfPresent(String.self, forKey: .title),
            byline: try values.decodeIfPresent(String.self, forKey: .byline),
            published: try values.decodeIfPresent(String.self, forKey: .published),
            outlet: try values.decodeIfPresent(String.self, forKey: .outlet),
            url: try values.decodeIfPresent(String.self, forKey: .url),
            credit: try values.decodeIfPresent(String.self, forKey: .credit),
            dateline: try values.decodeIfPresent(String.self, forKey: .dateline),
            language: try values.decodeIfPresent(String.self, forKey: .language),
            paragraphs: paragraphs ?? [],
            warnings: try values.decodeIfPresent([String].self, forKey: .warnings) ?? [])
    }

    /// Every key, `null` where unknown, as `extract` prints.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(source, forKey: .source)
        try values.encode(id, forKey: .id)
        try values.encode(title, forKey: .title)
        try values.encode(byline, forKey: .byline)
        try values.encode(published, forKey: .published)
        try values.encode(outlet, forKey: .outlet)
        try values.encode(url, forKey: .url)
        try values.encode(credit, forKey: .credit)
        try values.encode(dateline, forKey: .dateline)
        try values.encode(language, forKey: .language)
        try values.encode(paragraphs, forKey: .paragraphs)
        try values.encode(text, forKey: .text)
        try values.encode(wordCount, forKey: .wordCount)
        try values.encode(warnings, forKey: .warnings)
    }
}
