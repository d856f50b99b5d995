/// Readability's way to the article: score paragraphs, pass the score up to their ancestors,
/// pick the best ancestor and the siblings that look like more of the same, then clean it.
///
/// Works on its own copy of the tree: a pass that finds too little retries on the untouched page
/// with looser rules, as Readability does.
struct ContentScorer {
    struct Rules: OptionSet, Sendable {
        let rawValue: UInt8
        /// Drop elements whose class/id or role say sidebar, comments, menu… before scoring.
        static let stripUnlikely = Rules(rawValue: 1)
        /// Weigh class/id words into the scores.
        static let weighClasses = Rules(rawValue: 2)
        /// Drop link-heavy, image-heavy or form-heavy blocks from the result.
        static let cleanConditionally = Rules(rawValue: 4)
        static let all: Rules = [.stripUnlikely, .weighClasses, .cleanConditionally]
    }

    /// The article found: a tree whose node `root` holds the kept subtrees.
    struct Result {
        var tree: PageTree
        var root: Int32
        var length: Int
        var byline: String?
    }

    var tree: PageTree
    var rules: Rules
    let title: String
    var byline: String?
    var scores: [Int32: Double] = [:]
    var candidates: [Int32] = []

    /// Runs Readability's attempts (all rules, then without unlikely-stripping, without class
    /// weights, without conditional cleaning) and returns the first long enough, else the longest.
    static func findArticle(in page: PageTree, title: String, minimumLength: Int = 500) -> Result? {
        var rules = Rules.all
        var attempts: [Result] = []
        var prepared = page
        ParagraphBreaks.apply(to: &prepared)
        while true {
            var scorer = ContentScorer(tree: prepared, rules: rules, title: title)
            let root = scorer.grab()
            let length = scorer.tree.textLength(root)
            let result = Result(tree: scorer.tree, root: root, length: length, byline: scorer.byline)
            if length >= minimumLength { return result }
            attempts.append(result)
            if rules.contains(.stripUnlikely) {
                rules.remove(.stripUnlikely)
            } else if rules.contains(.weighClasses) {
                rules.remove(.weighClasses)
            } else if rules.contains(.cleanConditionally) {
                rules.remove(.cleanConditionally)
            } else {
                let best = attempts.max { $0.length < $1.length }
                return best.flatMap { $0.length > 0 ? $0 : nil }
            }
        }
    }

    // MARK: Walking the page

    /// The next element after `node` in document order (text nodes are not visited).
    func nextElement(_ node: Int32, skipChildren: Bool = false) -> Int32 {
        if !skipChildren {
            var child = tree[node].firstChild
            while child >= 0, tree[child].tag == .text { child = tree[child].next }
            if child >= 0 { return child }
        }
        var current = node
        while current >= 0 {
            var sibling = tree[current].next
            while sibling >= 0, tree[sibling].tag == .text { sibling = tree[sibling].next }
            if sibling >= 0 { return sibling }
            current = tree[current].parent
        }
        return -1
    }

    mutating func removeAndGetNext(_ node: Int32) -> Int32 {
        let next = nextElement(node, skipChildren: true)
        tree.unlink(node)
        return next
    }

    mutating func grab() -> Int32 {
        var toScore: [Int32] = []
        var removeTitleHeader = true
        var node: Int32 = 0
        while node >= 0 {
            let n = tree[node]
            if n.flags.contains(.modalDialog) {
                node = removeAndGetNext(node)
                continue
            }
            if checkByline(node) {
                node = removeAndGetNext(node)
                continue
            }
            if removeTitleHeader, n.tag == .h1 || n.tag == .h2, duplicatesTitle(node) {
                removeTitleHeader = false
                node = removeAndGetNext(node)
                continue
            }
            if rules.contains(.stripUnlikely) {
                if n.flags.contains(.unlikelyClass), !tree.hasAncestor(node, .table), !tree.hasAncestor(node, .code),
                    n.tag != .body, n.tag != .a
                {
                    node = removeAndGetNext(node)
                    continue
                }
                if n.flags.contains(.unlikelyRole) {
                    node = removeAndGetNext(node)
                    continue
                }
            }
            switch n.tag {
            case .div, .section, .header, .h1, .h2, .h3, .h4, .h5, .h6:
                if isWithoutContent(node) {
                    node = removeAndGetNext(node)
                    continue
                }
            default: break
            }
            switch n.tag {
            case .section, .h2, .h3, .h4, .h5, .h6, .p, .td, .pre: toScore.append(node)
            default: break
            }
            if n.tag == .div {
                wrapPhrasing(in: node)
                if let only = singleChild(of: node, tagged: .p), tree.linkDensity(node) < 0.25 {
                    tree.replace(node, with: only)
                    node = only
                    toScore.append(node)
                } else if !hasBlockDescendant(node) {
                    tree[node].tag = .p
                    toScore.append(node)
                }
            }
            node = nextElement(node)
        }
        score(toScore)
        let top = chooseTopCandidate()
        let root = gatherSiblings(of: top)
        var cleaner = ArticleCleaner(tree: tree, rules: rules)
        cleaner.clean(root)
        tree = cleaner.tree
        return root
    }

    private mutating func checkByline(_ node: Int32) -> Bool {
        guard byline == nil else { return false }
        let flags = tree[node].flags
        guard flags.contains(.authorMarkup) || flags.contains(.bylineClass), tree.textLength(node) < 100 else {
            return false
        }
        let text = tree.plainText(node)
        guard !text.isEmpty, text.count < 100 else { return false }
        byline = text
        return true
    }

    private func duplicatesTitle(_ node: Int32) -> Bool {
        TitleSimilarity.similarity(title, tree.plainText(node)) > 0.75
    }

    private mutating func isWithoutContent(_ node: Int32) -> Bool {
        if tree.hasText(node) { return false }
        let children = tree.elementChildCount(of: node)
        return children == 0 || children == tree.count([.br, .hr], in: node)
    }

    private func isPhrasing(_ node: Int32) -> Bool {
        let tag = tree[node].tag
        if tag == .text || tag.isPhrasing { return true }
        guard tag == .a || tag == .del || tag == .ins else { return false }
        var child = tree[node].firstChild
        while child >= 0 {
            if !isPhrasing(child) { return false }
            child = tree[child].next
        }
        return true
    }

    private func isWhitespaceNode(_ node: Int32) -> Bool {
        let tag = tree[node].tag
        return tag == .br || (tag == .text && tree.isWhitespace(node))
    }

    /// Readability puts runs of inline content directly inside a `<div>` into paragraphs.
    private mutating func wrapPhrasing(in div: Int32) {
        var paragraph: Int32 = -1
        var child = tree[div].firstChild
        while child >= 0 {
            let next = tree[child].next
            if isPhrasing(child) {
                if paragraph >= 0 {
                    tree.unlink(child)
                    tree.append(child, to: paragraph)
                } else if !isWhitespaceNode(child) {
                    paragraph = tree.makeNode(.p)
                    tree.insert(paragraph, before: child)
                    tree.unlink(child)
                    tree.append(child, to: paragraph)
                }
            } else if paragraph >= 0 {
                while tree[paragraph].lastChild >= 0, isWhitespaceNode(tree[paragraph].lastChild) {
                    tree.unlink(tree[paragraph].lastChild)
                }
                paragraph = -1
            }
            child = next
        }
    }

    private func singleChild(of node: Int32, tagged tag: HTMLTag) -> Int32? {
        var found: Int32 = -1
        var child = tree[node].firstChild
        while child >= 0 {
            if tree[child].tag == .text {
                if !tree.isWhitespace(child) { return nil }
            } else {
                if found >= 0 || tree[child].tag != tag { return nil }
                found = child
            }
            child = tree[child].next
        }
        return found >= 0 ? found : nil
    }

    private func hasBlockDescendant(_ node: Int32) -> Bool {
        var found = false
        tree.forEachDescendant(of: node) { child in
            switch tree[child].tag {
            case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: found = true
            default: break
            }
            return !found
        }
        return found
    }
}
