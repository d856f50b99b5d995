/// trafilatura's first move: trust the markup that says "this is the article"
/// (`itemprop=articleBody`, `<article>`, classes such as `entry-content`, `<main>`), prune the
/// furniture inside it by tag and class words, and clean it like the scorer's result.
enum ContainerRules {
    /// The container's paragraphs, or nil when the page has no such container with text in it.
    static func findArticle(in page: PageTree) -> [String]? {
        var tree = page
        ParagraphBreaks.apply(to: &tree)
        guard let container = container(in: tree) else { return nil }
        prune(container, in: &tree)
        let root = tree.makeNode(.div)
        tree.unlink(container)
        tree.append(container, to: root)
        var cleaner = ArticleCleaner(tree: tree, rules: .all)
        cleaner.clean(root)
        var writer = ParagraphWriter(tree: cleaner.tree)
        let paragraphs = writer.write(root)
        return paragraphs.isEmpty ? nil : paragraphs
    }

    /// The first rule that matches an element holding at least 200 characters; among several
    /// matches of a rule, the one with the most text.
    static func container(in page: PageTree) -> Int32? {
        var tree = page
        let rules: [(PageTree.Node) -> Bool] = [
            { $0.flags.contains(.articleBody) },
            { $0.flags.contains(.contentClass) && $0.tag != .body },
            { $0.tag == .article },
            { $0.tag == .main },
        ]
        for rule in rules {
            var best: Int32?
            var bestLength = 199
            for index in tree.nodes.indices where rule(tree.nodes[index]) {
                let node = Int32(index)
                guard tree.isAttached(node) else { continue }
                let length = tree.textLength(node)
                if length > bestLength {
                    best = node
                    bestLength = length
                }
            }
            if let best { return best }
        }
        return nil
    }

    /// Drops navigation, asides, forms, comment sections, share bars, "related" boxes and other
    /// elements whose role or class words mark them as furniture.
    static func prune(_ container: Int32, in tree: inout PageTree) {
        var doomed: [Int32] = []
        var sizes = tree
        tree.forEachDescendant(of: container) { node in
            let n = tree[node]
            guard n.tag != .text else { return false }
            switch n.tag {
            case .nav, .aside, .footer, .figcaption, .button, .select, .textarea, .header:
                doomed.append(node)
                return false
            case .form where sizes.textLength(node) < 500:
                doomed.append(node)
                return false
            default: break
            }
            if n.flags.contains(.unlikelyRole) || n.flags.contains(.modalDialog) || n.flags.contains(.commentClass)
                || (n.flags.contains(.unlikelyClass) && !n.flags.contains(.contentClass))
            {
                doomed.append(node)
                return false
            }
            return true
        }
        for node in doomed { tree.unlink(node) }
    }
}

extension PageTree {
    /// Whether `node` still hangs from the root (it was not moved out or removed).
    func isAttached(_ node: Int32) -> Bool {
        var current = node
        while self[current].parent >= 0 { current = self[current].parent }
        return current == 0
    }
}
