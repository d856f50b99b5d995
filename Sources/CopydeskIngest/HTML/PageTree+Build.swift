internal import CLibXML2

extension PageTree {
    /// Flattens libxml2's tree into a ``PageTree`` and gathers ``PageFacts`` on the way, in one
    /// iterative walk (pages nest 100,000 deep).
    static func build(from page: ParsedPage) -> (PageTree, PageFacts) {
        var tree = PageTree()
        var facts = PageFacts()
        let root = tree.makeNode(.html)
        tree.body = root
        guard let top = xmlDocGetRootElement(page.document) else { return (tree, facts) }
        tree.nodes.reserveCapacity(max(4096, page.size / 40))
        tree.text.reserveCapacity(max(1 << 16, page.size / 4))
        var stack: [(node: xmlNodePtr, parent: Int32)] = [(top, -1)]
        var sawBody = false
        // Depth of each node; deeper than `maximumDepth`, elements become siblings (as in Blink),
        // so no pass over the tree costs more than n × maximumDepth.
        var depth: [Int32] = [0]
        while let (node, attachedTo) = stack.popLast() {
            var parent = attachedTo
            if parent >= 0, depth[Int(parent)] >= maximumDepth { parent = tree[parent].parent }
            switch node.pointee.type {
            case XML_TEXT_NODE:
                guard parent >= 0, let content = node.pointee.content else { continue }
                let count = Int(xmlStrlen(content))
                guard count > 0 else { continue }
                let start = Int32(tree.text.count)
                let preformatted = tree[parent].flags.contains(.preformatted)
                PageText.append(content, count: count, preformatted: preformatted, to: &tree.text)
                guard tree.text.count > Int(start) else { continue }
                let index = tree.makeNode(.text)
                depth.append(depth[Int(parent)] + 1)
                tree.nodes[Int(index)].start = start
                tree.nodes[Int(index)].end = Int32(tree.text.count)
                tree.append(index, to: parent)
            case XML_ELEMENT_NODE:
                guard let rawName = node.pointee.name else { continue }
                let tag = HTMLTag.named(rawName)
                if tag.isDropped {
                    gatherFacts(tag, node, into: &facts)
                    if tag == .head { pushChildren(of: node, parent: -1, onto: &stack) }
                    continue
                }
                if tag == .html {
                    if let lang = attribute(node, "lang") ?? attribute(node, "xml:lang") { facts.language = lang }
                    pushChildren(of: node, parent: root, onto: &stack)
                    continue
                }
                if tag == .time || tag == .meta {
                    gatherFacts(tag, node, into: &facts)
                }
                guard parent >= 0 else {
                    // Stray content of <head>: nothing a reader sees, but metadata may be inside.
                    gatherFacts(tag, node, into: &facts)
                    pushChildren(of: node, parent: -1, onto: &stack)
                    continue
                }
                let index = tree.makeNode(tag)
                guard readAttributes(node, index, &tree, &facts) else {
                    tree.nodes.removeLast()
                    continue
                }
                depth.append(depth[Int(parent)] + 1)
                if tree[parent].flags.contains(.preformatted) || tag == .pre {
                    tree.nodes[Int(index)].flags.insert(.preformatted)
                }
                tree.append(index, to: parent)
                if tag == .body, !sawBody {
                    sawBody = true
                    tree.body = index
                }
                if !tag.isOpaque {
                    // A block that a browser would not let sit inside <p> closes it (HTML5): that
                    // block and what follows it become the paragraph's siblings.
                    let closedParent = tag == .p ? parent : -1
                    pushChildren(of: node, parent: index, onto: &stack, closedParent: closedParent)
                }
            default:
                continue  // comments, CDATA (script bodies), processing instructions
            }
        }
        return (tree, facts)
    }

    static let maximumDepth: Int32 = 512

    private static func pushChildren(
        of node: xmlNodePtr, parent: Int32, onto stack: inout [(node: xmlNodePtr, parent: Int32)],
        closedParent: Int32 = -1
    ) {
        let first = stack.count
        var child = node.pointee.last
        while let current = child {
            stack.append((current, parent))
            child = current.pointee.prev
        }
        guard closedParent >= 0 else { return }
        // The stack holds the children last-first: walk it from the top, i.e. in document order.
        var index = stack.count - 1
        var closed = false
        while index >= first {
            let current = stack[index].node
            if !closed, current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                HTMLTag.named(name).closesParagraph
            {
                closed = true
            }
            if closed { stack[index].parent = closedParent }
            index -= 1
        }
    }
}
