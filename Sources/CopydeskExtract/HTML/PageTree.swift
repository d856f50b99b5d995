/// A parsed page flattened into arrays: nodes linked by index, all text in one UTF-8 buffer.
///
/// libxml2's tree is walked once to build it; every later pass (scoring, cleaning, writing)
/// works on these small structs, which are cheap to copy when a pass needs to try again on the
/// untouched page, and never recurses.
struct PageTree: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let hidden = Flags(rawValue: 1 << 0)
        /// role is menu, navigation, complementary, dialog, alert…
        static let unlikelyRole = Flags(rawValue: 1 << 1)
        /// class/id say sidebar, comment, footer… and nothing that saves it.
        static let unlikelyClass = Flags(rawValue: 1 << 2)
        /// rel=author or itemprop=author.
        static let authorMarkup = Flags(rawValue: 1 << 3)
        /// class/id say byline, author, dateline.
        static let bylineClass = Flags(rawValue: 1 << 4)
        static let articleBody = Flags(rawValue: 1 << 5)
        /// An `<a href="#…">`: counts less towards link density.
        static let hashLink = Flags(rawValue: 1 << 6)
        /// Whitespace is kept as written (inside `<pre>`).
        static let preformatted = Flags(rawValue: 1 << 7)
        /// class/id say share or sharedaddy.
        static let shareClass = Flags(rawValue: 1 << 8)
        /// A table of data rather than of layout.
        static let dataTable = Flags(rawValue: 1 << 9)
        /// class/id name boilerplate that is never article text: captions, credits, cookie banners,
        /// newsletters, "most read", breadcrumbs, tags.
        static let boilerplateClass = Flags(rawValue: 1 << 10)
        /// The class/id mention comments specifically.
        static let commentClass = Flags(rawValue: 1 << 11)
        /// The table says role=presentation or datatable=0.
        static let layoutTable = Flags(rawValue: 1 << 12)
        /// The table carries a summary, a caption, or header cells.
        static let tableHeaders = Flags(rawValue: 1 << 13)
        /// class/id name a likely content container (entry-content, article-body, post-content…).
        static let contentClass = Flags(rawValue: 1 << 14)
        /// aria-modal=true with role=dialog.
        static let modalDialog = Flags(rawValue: 1 << 15)
        static let passwordField = Flags(rawValue: 1 << 16)
    }

    struct Node: Sendable {
        var tag: HTMLTag
        var flags: Flags = []
        /// Readability's class weight of class and id (-50…50).
        var classWeight: Int8 = 0
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        var prev: Int32 = -1
        /// Text nodes: the byte range in ``PageTree/text``. Elements: "class id" lower-cased in
        /// ``PageTree/attributes`` (`start..<end`), the class alone being `start..<middle`.
        var start: Int32 = 0
        var middle: Int32 = 0
        var end: Int32 = 0
        /// Column span of a cell.
        var span: UInt8 = 1
    }

    var nodes: [Node] = []
    var text: [UInt8] = []
    var attributes: [UInt8] = []
    /// The `<body>` (or the root when there is none).
    var body: Int32 = -1
    /// Measured text of subtrees, see ``subtreeText(_:)``.
    var cache: [SubtreeText] = []
    var cacheValid: [Bool] = []

    // MARK: Structure

    @inline(__always) subscript(_ index: Int32) -> Node {
        get { nodes[Int(index)] }
        set { nodes[Int(index)] = newValue }
    }

    mutating func makeNode(_ tag: HTMLTag) -> Int32 {
        nodes.append(Node(tag: tag))
        return Int32(nodes.count - 1)
    }

    mutating func append(_ child: Int32, to parent: Int32) {
        invalidate(parent)
        let last = self[parent].lastChild
        nodes[Int(child)].parent = parent
        nodes[Int(child)].prev = last
        nodes[Int(child)].next = -1
        if last >= 0 { nodes[Int(last)].next = child } else { nodes[Int(parent)].firstChild = child }
        nodes[Int(parent)].lastChild = child
    }

    mutating func insert(_ child: Int32, before sibling: Int32) {
        let parent = self[sibling].parent
        invalidate(parent)
        let prev = self[sibling].prev
        nodes[Int(child)].parent = parent
        nodes[Int(child)].prev = prev
        nodes[Int(child)].next = sibling
        nodes[Int(sibling)].prev = child
        if prev >= 0 { nodes[Int(prev)].next = child } else if parent >= 0 { nodes[Int(parent)].firstChild = child }
    }

    mutating func unlink(_ node: Int32) {
        let n = self[node]
        invalidate(n.parent)
        if n.prev >= 0 {
            nodes[Int(n.prev)].next = n.next
        } else if n.parent >= 0 {
            nodes[Int(n.parent)].firstChild = n.next
        }
        if n.next >= 0 {
            nodes[Int(n.next)].prev = n.prev
        } else if n.parent >= 0 {
            nodes[Int(n.parent)].lastChild = n.prev
        }
        nodes[Int(node)].parent = -1
        nodes[Int(node)].prev = -1
        nodes[Int(node)].next = -1
    }

    /// Puts `replacement` where `node` was.
    mutating func replace(_ node: Int32, with replacement: Int32) {
        if replacement == node { return }
        unlink(replacement)
        insert(replacement, before: node)
        unlink(node)
    }

    /// The node after `node` in document order, staying inside `root`; `skipChildren` steps over
    /// the subtree of `node`.
    @inline(__always) func following(_ node: Int32, within root: Int32, skipChildren: Bool = false) -> Int32 {
        if !skipChildren, self[node].firstChild >= 0 { return self[node].firstChild }
        var current = node
        while current >= 0, current != root {
            if self[current].next >= 0 { return self[current].next }
            current = self[current].parent
        }
        return -1
    }

    /// Calls `body` for every node under `root` (not `root` itself) in document order; return
    /// false from it to skip that node's subtree.
    func forEachDescendant(of root: Int32, _ body: (Int32) -> Bool) {
        var node = self[root].firstChild
        while node >= 0 {
            let descend = body(node)
            node = following(node, within: root, skipChildren: !descend)
        }
    }

    func elementChildren(of node: Int32) -> [Int32] {
        var result: [Int32] = []
        var child = self[node].firstChild
        while child >= 0 {
            if self[child].tag != .text { result.append(child) }
            child = self[child].next
        }
        return result
    }

    func elementChildCount(of node: Int32) -> Int {
        var count = 0
        var child = self[node].firstChild
        while child >= 0 {
            if self[child].tag != .text { count += 1 }
            child = self[child].next
        }
        return count
    }

    func hasAncestor(_ node: Int32, _ tag: HTMLTag, maxDepth: Int = .max) -> Bool {
        var current = self[node].parent
        var depth = 0
        while current >= 0, depth < maxDepth {
            if self[current].tag == tag { return true }
            current = self[current].parent
            depth += 1
        }
        return false
    }

    func isAncestor(_ ancestor: Int32, of node: Int32) -> Bool {
        var current = self[node].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = self[current].parent
        }
        return false
    }

    // MARK: Attributes

    func classBytes(_ node: Int32) -> ArraySlice<UInt8> {
        let n = self[node]
        return n.tag == .text ? [] : attributes[Int(n.start)..<Int(n.middle)]
    }

    func classString(_ node: Int32) -> String { String(decoding: classBytes(node), as: UTF8.self) }

    /// "class id", the string Readability matches its word lists against.
    func classAndID(_ node: Int32) -> ArraySlice<UInt8> {
        let n = self[node]
        return n.tag == .text ? [] : attributes[Int(n.start)..<Int(n.end)]
    }
}
