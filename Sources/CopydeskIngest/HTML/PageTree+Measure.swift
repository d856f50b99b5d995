extension PageTree {
    /// Length and commas of a subtree's text as Readability's `innerText` sees it: white space
    /// runs counted once, trimmed, lengths in UTF-16 code units.
    struct TextMeasure {
        var length = 0
        var commas = 0
    }

    func measure(_ root: Int32) -> TextMeasure {
        var result = TextMeasure()
        var pendingSpace = false
        text.withUnsafeBufferPointer { text in
            nodes.withUnsafeBufferPointer { nodes in
                var node = nodes[Int(root)].tag == .text ? root : nodes[Int(root)].firstChild
                while node >= 0 {
                    let n = nodes[Int(node)]
                    if n.tag == .text {
                        var i = Int(n.start)
                        let end = Int(n.end)
                        while i < end {
                            let byte = text[i]
                            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                                if result.length > 0 { pendingSpace = true }
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
                                if byte == 0xD8, i + 1 < end, text[i + 1] == 0x8C { result.commas += 1 }  // Arabic
                                result.length += 1
                                i += 2
                            } else if byte < 0xF0 {
                                if byte >= 0xE2, i + 2 < end, isWideComma(byte, text[i + 1], text[i + 2]) {
                                    result.commas += 1
                                }
                                result.length += 1
                                i += 3
                            } else {
                                result.length += 2
                                i += 4
                            }
                        }
                    }
                    if node == root { break }
                    // Next in document order within root.
                    if n.firstChild >= 0 {
                        node = n.firstChild
                        continue
                    }
                    var current = node
                    node = -1
                    while current >= 0, current != root {
                        let next = nodes[Int(current)].next
                        if next >= 0 {
                            node = next
                            break
                        }
                        current = nodes[Int(current)].parent
                    }
                }
            }
        }
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

    func textLength(_ root: Int32) -> Int { measure(root).length }

    /// Share of the text that sits in links (`#` links count 0.3), as Readability computes it.
    func linkDensity(_ root: Int32) -> Double {
        let total = textLength(root)
        guard total > 0 else { return 0 }
        if self[root].tag == .a {
            return self[root].flags.contains(.hashLink) ? 0.3 : 1
        }
        var linked = 0.0
        var node = self[root].firstChild
        while node >= 0 {
            let n = self[node]
            if n.tag == .a {
                linked += Double(textLength(node)) * (n.flags.contains(.hashLink) ? 0.3 : 1)
                node = following(node, within: root, skipChildren: true)
            } else {
                node = following(node, within: root)
            }
        }
        return linked / Double(total)
    }

    /// Whether the subtree holds any non-space text.
    func hasText(_ root: Int32) -> Bool {
        if self[root].tag == .text { return !isWhitespace(root) }
        var found = false
        forEachDescendant(of: root) { node in
            if found { return false }
            if self[node].tag == .text, !isWhitespace(node) { found = true }
            return !found
        }
        return found
    }

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
    func count(_ tags: Set<HTMLTag>, in root: Int32) -> Int {
        var result = 0
        forEachDescendant(of: root) { node in
            if tags.contains(self[node].tag) { result += 1 }
            return true
        }
        return result
    }

    func descendants(of root: Int32, tagged tags: Set<HTMLTag>) -> [Int32] {
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
