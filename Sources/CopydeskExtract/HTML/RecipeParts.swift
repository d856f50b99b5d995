/// A recipe's ingredient list and its method, which recipe sites print in boxes of their own
/// beside the introduction the scorer picks: a recipe without its ingredients is not the page's
/// content. Found by the words recipe markup uses for them in class and id ("ingredients",
/// "recipe-ingredients", "instructions", "directions", "steps"), in any language the class
/// names are written in (they are nearly always English).
enum RecipeParts {
    static let ingredientWords = ClassWords.words("ingredient", "zutaten", "skladnik", "ingrediente")
    static let methodWords = ClassWords.words(
        "instruction", "direction", "preparation", "recipe-step", "recipe-method", "steps-list", "step-list",
        "zubereitung", "preparacion", "preparo", "przygotowanie")

    /// `paragraphs` with the ingredients put before them and the method after them, each when the
    /// page has one and the paragraphs do not already hold it.
    static func complete(_ paragraphs: [String], tree: PageTree) -> [String] {
        var tree = tree
        guard tree.body >= 0 else { return paragraphs }
        let ingredients = outermost(ingredientWords, in: &tree)
        guard !ingredients.isEmpty else { return paragraphs }
        let method = outermost(methodWords, in: &tree)
        var result = paragraphs
        let before = written(ingredients, tree: tree)
        if !isContained(before, in: result) { result = before + result }
        let after = written(method, tree: tree)
        if !isContained(after, in: result) { result += after }
        return result
    }

    /// The elements whose class or id holds one of `words`, not inside another such element, with
    /// some text; at most a handful (a page has one list, sometimes one per part of the dish).
    private static func outermost(_ words: [[UInt8]], in tree: inout PageTree) -> [Int32] {
        var found: [Int32] = []
        var node = tree[tree.body].firstChild
        while node >= 0, found.count < 8 {
            let n = tree[node]
            if n.tag != .text, n.tag != .script, !n.flags.contains(.hidden), ClassWords.matches(words, tree.classAndID(node)),
                tree.textLength(node) >= 20
            {
                found.append(node)
                node = tree.following(node, within: tree.body, skipChildren: true)
            } else {
                node = tree.following(node, within: tree.body)
            }
        }
        return found
    }

    private static func written(_ nodes: [Int32], tree: PageTree) -> [String] {
        var writer = ParagraphWriter(tree: tree)
        var paragraphs: [String] = []
        for node in nodes { paragraphs += writer.write(node) }
        return paragraphs
    }

    /// Whether most of `part` is already among `paragraphs` (as whole paragraphs or inside one).
    private static func isContained(_ part: [String], in paragraphs: [String]) -> Bool {
        guard !part.isEmpty else { return true }
        let whole = paragraphs.joined(separator: "\n")
        let found = part.filter { whole.includes($0) }.count
        return found * 2 >= part.count
    }
}
