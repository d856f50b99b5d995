/// `<br><br>` ends a paragraph: as Readability does, the chain becomes a `<p>` holding the
/// inline content that follows it, up to the next chain or block.
enum ParagraphBreaks {
    static func apply(to tree: inout PageTree) {
        var breaks: [Int32] = []
        for index in tree.nodes.indices where tree.nodes[index].tag == .br {
            breaks.append(Int32(index))
        }
        guard breaks.count >= 2 else { return }
        for br in breaks where tree[br].parent >= 0 {
            var replaced = false
            var next = skipWhitespace(tree, tree[br].next)
            while next >= 0, tree[next].tag == .br {
                replaced = true
                let after = tree[next].next
                tree.unlink(next)
                next = skipWhitespace(tree, after)
            }
            guard replaced else { continue }
            let paragraph = tree.makeNode(.p)
            tree.replace(br, with: paragraph)
            var sibling = tree[paragraph].next
            while sibling >= 0 {
                if tree[sibling].tag == .br {
                    let following = skipWhitespace(tree, tree[sibling].next)
                    if following >= 0, tree[following].tag == .br { break }
                }
                guard isPhrasing(tree, sibling) else { break }
                let after = tree[sibling].next
                tree.unlink(sibling)
                tree.append(sibling, to: paragraph)
                sibling = after
            }
            while tree[paragraph].lastChild >= 0 {
                let last = tree[paragraph].lastChild
                guard tree[last].tag == .br || (tree[last].tag == .text && tree.isWhitespace(last)) else { break }
                tree.unlink(last)
            }
            let parent = tree[paragraph].parent
            if parent >= 0, tree[parent].tag == .p { tree[parent].tag = .div }
        }
    }

    private static func skipWhitespace(_ tree: PageTree, _ start: Int32) -> Int32 {
        var node = start
        while node >= 0, tree[node].tag == .text, tree.isWhitespace(node) { node = tree[node].next }
        return node
    }

    static func isPhrasing(_ tree: PageTree, _ node: Int32) -> Bool {
        let tag = tree[node].tag
        if tag == .text || tag.isPhrasing { return true }
        guard tag == .a || tag == .del || tag == .ins else { return false }
        var child = tree[node].firstChild
        while child >= 0 {
            if !isPhrasing(tree, child) { return false }
            child = tree[child].next
        }
        return true
    }
}
