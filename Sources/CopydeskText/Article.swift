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
