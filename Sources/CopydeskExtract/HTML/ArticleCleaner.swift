/// Readability's clean-up of the chosen content: drops forms, embeds, footers, asides, share
/// boxes, negative headers, and lists, tables and divs that are link-heavy or hold no prose.
struct ArticleCleaner {
    var tree: PageTree
    let rules: ContentScorer.Rules

    mutating func clean(_ root: Int32) {
        markDataTables(root)
        cleanConditionally(root, .form)
        cleanConditionally(root, .fieldset)
        removeAll(root, [.object, .embed, .footer, .link, .aside])
        var child = tree[root].firstChild
        while child >= 0 {
            removeShareBoxes(in: child)
            child = tree[child].next
        }
        removeAll(root, [.iframe, .input, .textarea, .select, .button])
        if rules.contains(.weighClasses) {
            for heading in tree.descendants(of: root, tagged: [.h1, .h2]).reversed() where tree[heading].classWeight < 0
            {
                tree.unlink(heading)
            }
        }
        cleanConditionally(root, .table)
        cleanConditionally(root, .ul)
        cleanConditionally(root, .div)
        for paragraph in tree.descendants(of: root, tagged: [.p]).reversed()
        where !tree.hasText(paragraph) && tree.count([.img, .embed, .object, .iframe], in: paragraph) == 0 {
            tree.unlink(paragraph)
        }
    }

    private mutating func removeAll(_ root: Int32, _ tags: HTMLTag.Set) {
        for node in tree.descendants(of: root, tagged: tags).reversed() { tree.unlink(node) }
    }

    private mutating func removeShareBoxes(in top: Int32) {
        var node = tree[top].firstChild
        while node >= 0 {
            if tree[node].tag != .text, tree[node].flags.contains(.shareClass), tree.textLength(node) < 500 {
                let next = tree.following(node, within: top, skipChildren: true)
                tree.unlink(node)
                node = next
            } else {
                node = tree.following(node, within: top)
            }
        }
    }

    // MARK: Tables

    private mutating func markDataTables(_ root: Int32) {
        for table in tree.descendants(of: root, tagged: [.table]) where isDataTable(table) {
            tree[table].flags.insert(.dataTable)
        }
    }

    private func isDataTable(_ table: Int32) -> Bool {
        let flags = tree[table].flags
        if flags.contains(.layoutTable) { return false }
        if flags.contains(.tableHeaders) { return true }
        var hasCaption = false
        var headers = false
        var nested = false
        var rows = 0
        var columns = 0
        tree.forEachDescendant(of: table) { node in
            switch tree[node].tag {
            case .caption: if tree[node].firstChild >= 0 { hasCaption = true }
            case .col, .colgroup, .tfoot, .thead, .th: headers = true
            case .table:
                nested = true
                return false
            case .tr:
                rows += 1
                var cells = 0
                var cell = tree[node].firstChild
                while cell >= 0 {
                    if tree[cell].tag == .td || tree[cell].tag == .th { cells += Int(tree[cell].span) }
                    cell = tree[cell].next
                }
                columns = max(columns, cells)
            default: break
            }
            return true
        }
        if hasCaption || headers { return true }
        if nested { return false }
        if rows == 1 || columns == 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }

    private func insideDataTable(_ node: Int32) -> Bool {
        var current = tree[node].parent
        while current >= 0 {
            if tree[current].tag == .table, tree[current].flags.contains(.dataTable) { return true }
            current = tree[current].parent
        }
        return false
    }

    // MARK: Conditional cleaning

    private mutating func cleanConditionally(_ root: Int32, _ tag: HTMLTag) {
        guard rules.contains(.cleanConditionally) else { return }
        for node in tree.descendants(of: root, tagged: [tag]).reversed() where tree[node].parent >= 0 {
            if shouldRemove(node, tag) { tree.unlink(node) }
        }
    }

    private static let textish: HTMLTag.Set = [
        .span, .li, .td, .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul,
    ]

    private mutating func textDensity(_ node: Int32, _ tags: HTMLTag.Set, total: Int) -> Double {
        guard total > 0 else { return 0 }
        var inside = 0
        for child in tree.descendants(of: node, tagged: tags) { inside += tree.textLength(child) }
        return Double(inside) / Double(total)
    }

    private mutating func shouldRemove(_ node: Int32, _ tag: HTMLTag) -> Bool {
        let measure = tree.measure(node)
        let length = measure.length
        var isList = tag == .ul || tag == .ol
        if !isList {
            var listLength = 0
            for list in tree.descendants(of: node, tagged: [.ul, .ol]) { listLength += tree.textLength(list) }
            isList = length > 0 && Double(listLength) / Double(length) > 0.9
        }
        if tag == .table, tree[node].flags.contains(.dataTable) { return false }
        if insideDataTable(node) || tree.hasAncestor(node, .code) { return false }
        for table in tree.descendants(of: node, tagged: [.table]) where tree[table].flags.contains(.dataTable) {
            return false
        }
        let weight = rules.contains(.weighClasses) ? Int(tree[node].classWeight) : 0
        if weight < 0 { return true }
        guard measure.commas < 10 else { return false }
        var paragraphs = 0
        var images = 0
        var items = -100
        var inputs = 0
        var embeds = 0
        tree.forEachDescendant(of: node) { child in
            switch tree[child].tag {
            case .p: paragraphs += 1
            case .img: images += 1
            case .li: items += 1
            case .input: inputs += 1
            case .object, .embed, .iframe: embeds += 1
            default: break
            }
            return true
        }
        let headingDensity = textDensity(node, [.h1, .h2, .h3, .h4, .h5, .h6], total: length)
        if length < 30, Self.isAdOrLoadingWord(tree.plainText(node)) { return true }
        let linkDensity = tree.linkDensity(node)
        let density = textDensity(node, Self.textish, total: length)
        let inFigure = tree.hasAncestor(node, .figure)
        var remove = false
        if !inFigure, images > 1, Double(paragraphs) / Double(images) < 0.5 { remove = true }
        if !isList, items > paragraphs { remove = true }
        if inputs > paragraphs / 3 { remove = true }
        if !isList, !inFigure, headingDensity < 0.9, length < 25, images == 0 || images > 2, linkDensity > 0 {
            remove = true
        }
        if !isList, weight < 25, linkDensity > 0.2 { remove = true }
        if weight >= 25, linkDensity > 0.5 { remove = true }
        if (embeds == 1 && length < 75) || embeds > 1 { remove = true }
        if images == 0, density == 0 { remove = true }
        if isList, remove {
            // A plain list of pictures stays.
            var child = tree[node].firstChild
            while child >= 0 {
                if tree[child].tag != .text, tree.elementChildCount(of: child) > 1 { return true }
                child = tree[child].next
            }
            if images == tree.count([.li], in: node) { return false }
        }
        return remove
    }

    static func isAdOrLoadingWord(_ text: String) -> Bool {
        let t = text.lowercased().trimmingWhitespace()
        let words: Set<String> = [
            "ad", "advertising", "advertisement", "advertisment", "anzeige", "pub", "publicité", "werb", "werbung",
            "广告", "реклама",
            "anuncio", "loading", "正在加载", "загрузка", "chargement", "cargando",
        ]
        if words.contains(t) { return true }
        for suffix in ["…", "..."] where t.hasSuffix(suffix) {
            if ["loading", "正在加载", "загрузка", "chargement", "cargando"].contains(String(t.dropLast(suffix.count))) {
                return true
            }
        }
        return false
    }
}
