/// Turns the kept part of a page into paragraphs: every block element (and `<br><br>`) ends one,
/// white space is collapsed, rows of data tables become one line with cells split by " | ".
struct ParagraphWriter {
    var tree: PageTree
    /// Leave out furniture Readability keeps: captions, credits, share and "related" boxes.
    var dropFurniture = true

    private var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var preformatted = 0
    private var dataTables = 0

    init(tree: PageTree, dropFurniture: Bool = true) {
        self.tree = tree
        self.dropFurniture = dropFurniture
    }

    /// The paragraphs of the subtrees under `root`.
    mutating func write(_ root: Int32) -> [String] {
        paragraphs = []
        current = []
        var node = tree[root].firstChild
        while node >= 0 {
            let descend = enter(node)
            if descend, tree[node].firstChild >= 0 {
                node = tree[node].firstChild
                continue
            }
            var finished = node
            if descend { exit(finished) }
            while true {
                if tree[finished].next >= 0 {
                    node = tree[finished].next
                    break
                }
                finished = tree[finished].parent
                if finished < 0 || finished == root {
                    node = -1
                    break
                }
                exit(finished)
            }
        }
        flush()
        return paragraphs
    }

    /// Whether furniture the writer leaves out: captions, credits, and the class words of
    /// boilerplate when the block is short or mostly links.
    mutating func isFurniture(_ node: Int32) -> Bool {
        let n = tree[node]
        switch n.tag {
        case .figcaption, .nav, .aside, .footer, .button, .select, .textarea: return true
        // ASP.NET pages wrap everything in one <form>: only a small one is a form.
        case .form: return tree.textLength(node) < 500
        case .caption: return !n.flags.contains(.dataTable)
        default: break
        }
        if isHoverCard(node) { return true }
        if isLinkedHeadline(node) { return true }
        if ClassWords.matches(ClassWords.authorBox, tree.classAndID(node)) { return true }
        if n.flags.contains(.boilerplateClass), !n.flags.contains(.contentClass), !n.flags.contains(.articleBody) {
            let length = tree.textLength(node)
            return length < 300 || tree.linkDensity(node) > 0.5
        }
        return false
    }

    /// The headline of another story set as a paragraph of its own inside the body ("Review:
    /// Race at your own speed in …", "» Wegen Corona: … «"): a line of headline length that is
    /// all link and ends without a sentence's full stop. A linked sentence of the story ends
    /// like a sentence.
    mutating func isLinkedHeadline(_ node: Int32) -> Bool {
        switch tree[node].tag {
        // List items are left alone: a list of linked titles inside a story (bug reports,
        // sources, products reviewed) is part of it.
        case .p, .h2, .h3, .h4: break
        default: return false
        }
        let length = tree.textLength(node)
        guard length >= 30, length <= 160, tree.linkDensity(node) >= 0.9 else { return false }
        let text = tree.plainText(node).trimmingWhitespace()
        guard !text.isEmpty, !Self.endsLikeSentence(text) else { return false }
        return text.split(separator: " ").count >= 4
    }

    /// Closing quotation marks a sentence may end inside: `… for the present."`. Not brackets:
    /// "[Our latest forecast: who will win?]" is an editor's link to another story.
    private static let closingMarks: Set<Character> = ["\"", "'", "”", "’", "“", "»", "«"]

    /// Whether a line ends as a sentence or a clause does, also when a quotation closes after
    /// its full stop (`said I, "I'd prefer that you would withdraw."`): a line of dialogue
    /// linked to a glossary note is the story, not a headline. A headline quoting a title
    /// ("“Rush of Blood” ($20)", "» Pier café reopens «") has no full stop inside its marks.
    static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if ".!?:;…".contains(last) { return true }
        var rest = text[...]
        while let mark = rest.last, closingMarks.contains(mark) { rest = rest.dropLast() }
        guard rest.count < text.count, let end = rest.last else { return false }
        return ".!?".contains(end)
    }

    /// A hover card: the box a page pops up over a name in the story, printed in the markup right
    /// after the link it belongs to and opening with the same name ("Jane DoeJane Doe Senator, …
    /// her latest headlines"). Told by its shape, whatever the site calls it: an inline box
    /// following a link whose text it repeats, then says more.
    mutating func isHoverCard(_ node: Int32) -> Bool {
        let n = tree[node]
        guard n.tag == .span || n.tag == .div || n.tag == .aside, n.prev >= 0 else { return false }
        var previous = n.prev
        // Whitespace between the link and the card does not count.
        while previous >= 0, tree[previous].tag == .text, tree.isWhitespace(previous) { previous = tree[previous].prev }
        guard previous >= 0, tree[previous].tag == .a else { return false }
        let linkLength = tree.textLength(previous)
        guard linkLength >= 3, linkLength <= 80, tree.textLength(node) > linkLength else { return false }
        let name = tree.plainText(previous).trimmingWhitespace()
        let card = tree.plainText(node).trimmingWhitespace()
        return !name.isEmpty && card.hasPrefix(name)
    }

    private mutating func enter(_ node: Int32) -> Bool {
        let n = tree[node]
        switch n.tag {
        case .text:
            appendText(n)
            return false
        case .br:
            addSpace()
            return false
        case .hr, .img:
            if n.tag == .hr { flush() }
            return false
        default: break
        }
        if dropFurniture, isFurniture(node) { return false }
        if n.tag == .table, n.flags.contains(.dataTable) { dataTables += 1 }
        if n.tag == .pre { preformatted += 1 }
        if dataTables > 0, n.tag == .td || n.tag == .th {
            if !current.isEmpty { current.append(contentsOf: Array(" | ".utf8)) }
        } else if n.tag.isBlock {
            flush()
        }
        return true
    }

    private mutating func exit(_ node: Int32) {
        let n = tree[node]
        if n.tag == .table, n.flags.contains(.dataTable) { dataTables -= 1 }
        if dataTables > 0, n.tag == .td || n.tag == .th { return }
        if n.tag.isBlock { flush() }
        if n.tag == .pre { preformatted -= 1 }
    }

    private mutating func appendText(_ node: PageTree.Node) {
        current.append(contentsOf: tree.text[Int(node.start)..<Int(node.end)])
    }

    private mutating func addSpace() {
        if preformatted > 0 { current.append(0x0A) } else { current.append(0x20) }
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        defer { current.removeAll(keepingCapacity: true) }
        var out: [UInt8] = []
        out.reserveCapacity(current.count)
        if preformatted > 0 {
            // Lines kept, each trimmed, blank ones dropped.
            for line in current.split(separator: 0x0A) {
                var trimmed = line[...]
                while let first = trimmed.first, first == 0x20 || first == 0x09 { trimmed = trimmed.dropFirst() }
                while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed = trimmed.dropLast() }
                guard !trimmed.isEmpty else { continue }
                if !out.isEmpty { out.append(0x0A) }
                out.append(contentsOf: trimmed)
            }
        } else {
            var space = false
            for byte in current {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20) }
                    space = false
                    out.append(byte)
                }
            }
        }
        guard !out.isEmpty else { return }
        let paragraph = String(decoding: out, as: UTF8.self)
        // An ad slot's label left behind ("Advertisement") is no part of the story.
        if out.count < 20, ArticleCleaner.isAdOrLoadingWord(paragraph) { return }
        paragraphs.append(paragraph)
    }
}
