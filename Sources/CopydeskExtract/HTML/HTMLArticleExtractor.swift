public import CopydeskText

/// Finds the article in an HTML page: its paragraphs and its metadata.
///
/// The page is parsed once by libxml2 and flattened into a `PageTree`; candidates for the body
/// come from a Readability-style scorer, container rules (`itemprop=articleBody`, `<article>`,
/// content classes, `<main>`), a jusText-style block classifier and JSON-LD `articleBody`, and the
/// best of them is kept. Safe to call from several threads at once.
public struct HTMLArticleExtractor: Sendable {
    /// An extractor; it holds no state.
    public init() {}

    /// The largest page parsed: the page tree counts text and nodes in 32 bits, and libxml2
    /// takes a length that fits an Int32. Far past any real page (and the default 50 MB limit).
    static let maximumPageBytes = 1 << 30

    /// The article in `document`, or why there is none.
    public func extract(_ document: Document) throws(IngestError) -> Article {
        guard document.content.utf8.count <= Self.maximumPageBytes else {
            throw IngestError(
                .tooLarge, source: document.source,
                "too large to parse: pages over \(ByteCount.format(Self.maximumPageBytes)) are not read as HTML")
        }
        guard let (tree, facts) = PageReader.read(document.content) else {
            throw IngestError(.parse, source: document.source, "libxml2 could not parse the page as HTML")
        }
        let linkedData = LinkedData.read(facts.jsonLD)
        var h1: [String] = []
        var h2: [String] = []
        for index in tree.nodes.indices {
            let tag = tree.nodes[index].tag
            // A heading inside a dropped <noscript> ("JavaScript is off") is no longer on the page.
            guard tag == .h1 || tag == .h2, tree.isAttached(Int32(index)) else { continue }
            if tag == .h1 { h1.append(tree.plainText(Int32(index))) } else { h2.append(tree.plainText(Int32(index))) }
        }
        let provisionalTitle = PageTitle.resolve(facts: facts, linkedData: linkedData, h1: h1, h2: h2, siteName: nil)
        let found = ContentScorer.findArticle(in: tree, title: provisionalTitle ?? "")
        var scorerParagraphs: [String]?
        if let found {
            var writer = ParagraphWriter(tree: found.tree)
            let written = writer.write(found.root)
            if !written.isEmpty { scorerParagraphs = written }
        }
        let (chosen, choiceWarnings) = BodyChoice.choose(
            scorer: scorerParagraphs, container: { ContainerRules.findArticle(in: tree) },
            blocks: { BlockClassifier.findArticle(in: tree) }, linkedBody: linkedData?.articleBody)
        let metadata = PageMetadata.resolve(
            facts: facts, linkedData: linkedData, h1: h1, h2: h2, visibleByline: found?.byline,
            documentURL: document.url)
        var paragraphs = UnicodeForm.composed(
            BodyFurniture.strike(
                RecipeParts.complete(
                    Standfirst.complete(chosen?.paragraphs ?? [], tree: tree, title: metadata.title), tree: tree),
                byline: metadata.byline))
        var warnings = choiceWarnings
        if facts.tagRepairs.cutElements > 0 {
            let elements = facts.tagRepairs.cutElements
            warnings.append(
                "\(facts.tagRepairs.cutAttributes) attributes ignored past the first \(MarkupCleaning.maximumAttributes) of \(elements == 1 ? "an element" : "each of \(elements) elements")"
            )
        }
        // Paragraphs are collapsed to single ASCII spaces: words are spaces plus one.
        let words = paragraphs.reduce(0) { $0 + 1 + $1.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) } }
        try ArticleVerdict.check(
            words: words, characters: paragraphs.reduce(0) { $0 + $1.utf8.count }, passwordFields: facts.passwordFields,
            declaresArticle: ArticleVerdict.declaresArticle(
                linkedData: linkedData, facts: facts, published: metadata.published),
            source: document.source, warnings: &warnings)
        let credited = WireCredit.detect(in: paragraphs, byline: metadata.byline)
        paragraphs = credited.paragraphs
        let credit = credited.credit ?? ArticleVerdict.agency(in: linkedData, facts: facts)
        return Article(
            source: document.source, id: document.id, title: metadata.title, byline: metadata.byline,
            published: metadata.published, outlet: metadata.outlet, url: metadata.url, credit: credit,
            dateline: paragraphs.first.flatMap(Dateline.detect(in:)), language: metadata.language,
            paragraphs: paragraphs, warnings: warnings)
    }
}
