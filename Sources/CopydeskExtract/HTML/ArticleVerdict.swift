/// Whether what was found is an article at all: a login form or an empty shell is refused with a
/// reason; a thin result is kept with a warning.
enum ArticleVerdict {
    /// Fewer words than this is no article.
    static let minimumWords = 3
    /// Fewer words than this is doubtful.
    static let doubtfulWords = 60

    static func check(
        words: Int, characters: Int, passwordFields: Int, declaresArticle: Bool = false, source: String,
        warnings: inout [String]
    ) throws(IngestError) {
        if words == 0 {
            throw IngestError(
                .noArticle, source: source, "no article: the page has no text outside navigation and page furniture")
        }
        // A sign-in box sits in the header of many news pages, and a paywalled story shows only
        // its first paragraph: a page that says it is an article (JSON-LD, og:type, a publication
        // date) is kept with the thin-text warning below, not refused as a login page.
        if passwordFields > 0, characters < 500, !declaresArticle {
            throw IngestError(
                .noArticle, source: source,
                "no article: this looks like a login page (a password form and \(words) words of text)")
        }
        // Chinese and Japanese put no spaces between words: their characters speak for them.
        if words < minimumWords, characters < 20 {
            throw IngestError(
                .noArticle, source: source,
                "no article: only \(words) \(words == 1 ? "word" : "words") of text were found")
        }
        if words < doubtfulWords, characters < 400 {
            warnings.append("only \(words) words of article text were found: the page may not hold an article")
        }
    }

    /// Whether the page declares itself a story: JSON-LD of an article type, `og:type` article,
    /// or a publication date in its metadata.
    static func declaresArticle(linkedData: LinkedData?, facts: PageFacts, published: String?) -> Bool {
        if linkedData != nil || published != nil { return true }
        return facts.meta("og:type")?.lowercased() == "article"
    }

    /// The wire agency named as author or source in JSON-LD or `<meta name=author>`.
    static func agency(in linkedData: LinkedData?, facts: PageFacts) -> String? {
        var names: [String] = []
        if let linkedData { names += linkedData.authors + linkedData.organisations }
        if let author = facts.meta("author", "dc.creator", "article:author") { names.append(author) }
        for name in names {
            if let agency = WireCredit.agency(named: name) { return agency }
        }
        return nil
    }
}
