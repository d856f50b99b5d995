/// The standfirst (the lead, "Vorspann", "chapeau", "bajada"): the paragraph in bold under the
/// headline that sums up the story. Many templates print it in the article's header, beside the
/// headline and the date, outside the element that holds the body, so the body's candidates
/// leave it out; it is the first thing a reader reads, and the story's own words.
///
/// Told by where it sits (after the headline, before the body's first paragraph) and by the
/// words templates name it with in class and id, or, for a second heading under the headline,
/// by its length: a deck is a sentence, not a label.
enum Standfirst {
    static let classWords = ClassWords.words(
        "standfirst", "intro", "lead", "teaser-text", "teasertext", "excerpt", "summary", "abstract", "dek",
        "description", "subline", "subtitle", "sub-title", "subheadline", "sub-headline", "vorspann", "chapeau",
        "bajada", "entradilla", "sumario")

    /// How many elements after the headline are looked at: a header holds a handful (kicker,
    /// byline, date, share bar, picture); the body starts soon after.
    static let elementsAfterHeadline = 40
    /// A standfirst is a sentence or three, in characters.
    static let shortest = 60
    static let longest = 1000

    /// `paragraphs` with the page's standfirst put first, when it has one they do not hold.
    static func complete(_ paragraphs: [String], tree: PageTree, title: String?) -> [String] {
        guard !paragraphs.isEmpty, tree.body >= 0, let title, let headline = headline(in: tree, title: title) else {
            return paragraphs
        }
        var tree = tree
        let whole = paragraphs.joined(separator: "\n")
        var node = tree.following(headline, within: tree.body, skipChildren: true)
        var seen = 0
        while node >= 0, seen < elementsAfterHeadline {
            let n = tree[node]
            guard n.tag != .text else {
                node = tree.following(node, within: tree.body)
                continue
            }
            seen += 1
            if n.flags.contains(.hidden) || !n.flags.isDisjoint(with: [.unlikelyClass, .boilerplateClass, .commentClass])
                || n.tag == .script || n.tag == .nav || n.tag == .aside || n.tag == .form
            {
                node = tree.following(node, within: tree.body, skipChildren: true)
                continue
            }
            let isDeck = n.tag == .h2 && tree[node].parent == tree[headline].parent
            guard isDeck || ClassWords.matches(classWords, tree.classAndID(node)) else {
                // The body reached: its first paragraph is already among the paragraphs.
                if n.tag == .p, tree.textLength(node) >= shortest, whole.includes(tree.plainText(node)) { break }
                node = tree.following(node, within: tree.body)
                continue
            }
            let length = tree.textLength(node)
            guard length >= shortest, length <= longest, tree.linkDensity(node) < 0.3 else {
                node = tree.following(node, within: tree.body, skipChildren: true)
                continue
            }
            var writer = ParagraphWriter(tree: tree)
            let lead = writer.write(node)
            // Already in the body (templates that keep the lead inside it): nothing to add.
            if lead.isEmpty || lead.contains(where: { whole.includes($0) }) { return paragraphs }
            return lead + paragraphs
        }
        return paragraphs
    }

    /// The first `<h1>` that reads like the page's title: the story's headline, not the site's
    /// name over a blog (whose tagline, "site-description", is no standfirst).
    private static func headline(in tree: PageTree, title: String) -> Int32? {
        // The headline is among the first few: pages that set every teaser in an <h1> have
        // dozens, and each comparison splits both texts into words.
        var tried = 0
        for index in tree.nodes.indices where tree.nodes[index].tag == .h1 {
            let node = Int32(index)
            guard tree.isAttached(node) else { continue }
            let text = tree.plainText(node)
            guard !text.isEmpty else { continue }
            if TitleSimilarity.similarity(title, text) >= 0.6 { return node }
            tried += 1
            if tried == 4 { return nil }
        }
        return nil
    }
}
