extension PageTree {
    /// Length and commas of a subtree's text as Readability's `innerText` sees it: white space
    /// runs counted once, trimmed, lengths in UTF-16 code units.
    struct TextMeasure {
        var length = 0
        var commas = 0
    }

    /// What a subtree's text looks like after white space is collapsed: the trimmed length, the
    /// commas, the (weighted) length inside links, and whether space lies at either end, so two
    /// neighbours' figures combine exactly.
    struct SubtreeText: Sendable {
        var length: Int32 = 0
        var commas: Int32 = 0
        var linked: Float = 0
        var leadingSpace = false
        var trailingSpace = false
        /// For a subtree with no visible text: whether it holds any space at all.
        var anySpace = false

        mutating func append(_ next: SubtreeText) {
            linked += next.linked
            commas += next.commas
            if next.length == 0 {
                if length == 0 {
                    anySpace = anySpace || next.anySpace
                } else {
                    trailingSpace = trailingSpace || next.anySpace
                }
                return
            }
            if length == 0 {
                let before = anySpace
                self.length = next.length
                leadingSpace = next.leadingSpace || before
                trailingSpace = next.trailingSpace
                anySpace = true
                return
            }
            length += next.length + (trailingSpace || next.leadingSpace ? 1 : 0)
            trailingSpace = next.trailingSpace
        }
    }

    /// Readability's `innerText` figures for `root`, from a cache kept valid by every mutation:
    /// each subtree is measured once, however many ancestors ask.
    mutating func measure(_ root: Int32) -> TextMeasure {
        let stats = subtreeText(root)
        return TextMeasure(length: Int(stats.length), commas: Int(stats.commas))
    }

    mutating func subtreeText(_ root: Int32) -> SubtreeText {
        if cacheValid.count < nodes.count {
            cacheValid.append(contentsOf: repeatElement(false, count: nodes.count - cacheValid.count))
            cache.append(contentsOf: repeatElement(SubtreeText(), count: nodes.count - cache.count))
        }
        if cacheValid[Int(root)] { return cache[Int(root)] }
        var stack: [(node: Int32, expanded: Bool)] = [(root, false)]
        while let (node, expanded) = stack.popLast() {
            let index = Int(node)
            if cacheValid[index] { continue }
            let n = nodes[index]
            if n.tag == .text {
                cache[index] = measureText(n)
                cacheValid[index] = true
                continue
            }
            if !expanded {
                stack.append((node, true))
                var child = n.firstChild
                while child >= 0 {
                    if !cacheValid[Int(child)] { stack.append((child, false)) }
                    child = nodes[Int(child)].next
                }
                continue
            }
            var total = SubtreeText()
            var child = n.firstChild
            while child >= 0 {
                total.append(cache[Int(child)])
                child = nodes[Int(child)].next
            }
            if n.tag == .a { total.linked += Float(total.length) * (n.flags.contains(.hashLink) ? 0.3 : 1) }
            cache[index] = total
            cacheValid[index] = true
        }
        return cache[Int(root)]
    }

    /// Marks `node` and its ancestors as changed.
    mutating func invalidate(_ node: Int32) {
        var current = node
        while current >= 0, Int(current) < cacheValid.count, cacheValid[Int(current)] {
            cacheValid[Int(current)] = false
            current = nodes[Int(current)].parent
        }
    }

    private func measureText(_ n: Node) -> SubtreeText {
        var result = SubtreeText()
        var pendingSpace = false
        text.withUnsafeBufferPointer { text in
            var i = Int(n.start)
            let end = Int(n.end)
            while i < end {
                let byte = text[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    if result.length > 0 { pendingSpace = true } else { result.leadingSpace = true }
                    result.anySpace = true
                    i += 1
                    continue
                }
                if pendingSpace {
                    result.length += 1
                    pendingSpace = false
                }
                if byte < 0x80 {
                    if byte == 0x2C { result.commas += 1 }
                    result.length += 1
                    i += 1
                } else if byte < 0xE0 {
                    if byte == 0xD8, i + 1 < end, text[i + 1] == 0x8C { result.commas += 1 }  // Arabic comma
                    result.length += 1
                    i += 2
                } else if byte < 0xF0 {
                    if byte >= 0xE2, i + 2 < end, isWideComma(byte, text[i + 1], text[i + 2]) { result.commas += 1 }
                    result.length += 1
                    i += 3
                } else {
                    result.length += 2
                    i += 4
                }
            }
        }
        result.trailingSpace = pendingSpace
        if result.length == 0 { result.leadingSpace = false }
        return result
    }

    @inline(__always) private func isWideComma(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch (b0, b1, b2) {
        case (0xEF, 0xBC, 0x8C), (0xEF, 0xB9, 0x90), (0xEF, 0xB8, 0x90), (0xEF, 0xB8, 0x91),
            (0xE2, 0xB9, 0x81), (0xE2, 0xB8, 0xB4), (0xE2, 0xB8, 0xB2):
            return true
        default: return false
        }
    }

    mutating func textLength(_ root: Int32) -> Int { Int(subtreeText(root).length) }

    /// Share of the text that sits in links (`#` links count 0.3), as Readability computes it.
    mutating func linkDensity(_ root: Int32) -> Double {
        let stats = subtreeText(root)
        guard stats.length > 0 else { return 0 }
        return Double(stats.linked) / Double(stats.length)
    }

    /// Whether the subtree holds any non-space text.
    mutating func hasText(_ root: Int32) -> Bool { subtreeText(root).length > 0 }

    func isWhitespace(_ textNode: Int32) -> Bool {
        let n = self[textNode]
        var i = Int(n.start)
        while i < Int(n.end) {
            let byte = text[i]
            if byte != 0x20 && byte != 0x0A && byte != 0x09 { return false }
            i += 1
        }
        return true
    }

    /// Elements with one of `tags` under `root`.
    func count(_ tags: HTMLTag.Set, in root: Int32) -> Int {
        var result = 0
        forEachDescendant(of: root) { node in
            if tags.contains(self[node].tag) { result += 1 }
            return true
        }
        return result
    }

    func descendants(of root: Int32, tagged tags: HTMLTag.Set) -> [Int32] {
        var result: [Int32] = []
        forEachDescendant(of: root) { node in
            if tags.contains(self[node].tag) { result.append(node) }
            return true
        }
        return result
    }

    /// The subtree's text with white space collapsed, for metadata and comparisons.
    func plainText(_ root: Int32) -> String {
        var bytes: [UInt8] = []
        func add(_ node: Int32) {
            let n = self[node]
            for byte in text[Int(n.start)..<Int(n.end)] {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
                } else {
                    bytes.append(byte)
                }
            }
        }
        if self[root].tag == .text {
            add(root)
        } else {
            forEachDescendant(of: root) { node in
                if self[node].tag == .text { add(node) }
                return true
            }
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
