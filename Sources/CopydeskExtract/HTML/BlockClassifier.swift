/// jusText's way, for pages where neither the markup nor the scorer finds the article: cut the
/// page into blocks, call each good, near-good, short or bad from its length, link density and
/// share of function words, then settle the doubtful ones from their neighbours.
enum BlockClassifier {
    struct Block {
        var text: String
        var length = 0
        var linked = 0
        var heading = false
        var quality = Quality.bad
    }

    enum Quality { case good, nearGood, short, bad }

    static func findArticle(in page: PageTree) -> [String]? {
        var blocks = segment(page)
        guard !blocks.isEmpty else { return nil }
        let stopwords = Stopwords.list(for: blocks)
        for index in blocks.indices { blocks[index].quality = classify(blocks[index], stopwords) }
        settle(&blocks)
        let kept = blocks.filter { $0.quality == .good }.map(\.text)
        return kept.isEmpty ? nil : kept
    }

    static func classify(_ block: Block, _ stopwords: Set<String>?) -> Quality {
        let density = block.length > 0 ? Double(block.linked) / Double(block.length) : 0
        if density > 0.2 { return .bad }
        if block.text.contains("©") || block.text.lowercased().contains("copyright") { return .bad }
        if block.length < 70 { return density > 0 ? .bad : .short }
        guard let stopwords else {
            // No list for the language (Chinese, Japanese, Thai…): length alone decides.
            return block.length > 200 ? .good : .nearGood
        }
        let words = block.text.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty else { return .bad }
        let share = Double(words.filter { stopwords.contains(String($0)) }.count) / Double(words.count)
        if share >= 0.32 { return block.length > 200 ? .good : .nearGood }
        if share >= 0.30 { return .nearGood }
        return .bad
    }

    /// Short and near-good blocks take the class of the blocks around them; headings just
    /// before good text are kept.
    static func settle(_ blocks: inout [Block]) {
        func neighbour(_ from: Int, _ step: Int) -> Quality {
            var i = from + step
            while i >= 0, i < blocks.count {
                let q = blocks[i].quality
                if q == .good || q == .bad { return q }
                i += step
            }
            return .bad
        }
        var settled = blocks.map(\.quality)
        for i in blocks.indices where blocks[i].quality == .short {
            let before = neighbour(i, -1)
            let after = neighbour(i, 1)
            settled[i] = before == .good && after == .good ? .good : .bad
        }
        for i in blocks.indices where blocks[i].quality == .nearGood {
            settled[i] = neighbour(i, -1) == .good || neighbour(i, 1) == .good ? .good : .bad
        }
        for i in blocks.indices where blocks[i].heading && settled[i] != .good {
            var j = i + 1
            while j < blocks.count, j < i + 3 {
                if settled[j] == .good {
                    settled[i] = .good
                    break
                }
                j += 1
            }
        }
        for i in blocks.indices { blocks[i].quality = settled[i] }
    }

    /// The page's blocks: text between block-level boundaries, outside furniture elements.
    static func segment(_ tree: PageTree) -> [Block] {
        var blocks: [Block] = []
        var current = Block(text: "")
        var bytes: [UInt8] = []
        // Whether each node sits inside a link, filled in document order (parents come first).
        var inLink = [Bool](repeating: false, count: tree.nodes.count)
        func flush() {
            let text = PageTitle.collapse(String(decoding: bytes, as: UTF8.self))
            if !text.isEmpty {
                current.text = text
                blocks.append(current)
            }
            current = Block(text: "")
            bytes.removeAll(keepingCapacity: true)
        }
        var node = tree[tree.body].firstChild
        while node >= 0 {
            let n = tree[node]
            if n.parent >= 0 { inLink[Int(node)] = inLink[Int(n.parent)] || tree[n.parent].tag == .a }
            var skip = false
            switch n.tag {
            case .text:
                let count = n.end - n.start
                bytes.append(contentsOf: tree.text[Int(n.start)..<Int(n.end)])
                let length = Int(count)
                current.length += length
                if inLink[Int(node)] { current.linked += length }
            case .nav, .aside, .footer, .form, .button, .select, .textarea, .figcaption:
                skip = true
            default:
                if n.flags.contains(.unlikelyRole) || n.flags.contains(.commentClass) { skip = true }
                if n.tag.isBlock || n.tag == .br {
                    flush()
                    current.heading = n.tag.isHeading
                }
            }
            node = tree.following(node, within: tree.body, skipChildren: skip || n.tag == .text)
        }
        flush()
        return blocks
    }
}
