extension ContentScorer {
    /// Readability's starting score for an element, by tag and class words.
    func initialScore(_ node: Int32) -> Double {
        var score: Double
        switch tree[node].tag {
        case .div: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        if rules.contains(.weighClasses) { score += Double(tree[node].classWeight) }
        return score
    }

    /// The mean length of the lines of a list set with `<br>`, in characters: prose broken by
    /// `<br>` runs longer between breaks.
    static let longestListLine = 60

    /// Each paragraph scores 1 + commas + 1 per 100 characters (at most 3), shared with its
    /// parent (whole), grandparent (half) and further ancestors (a third of the level).
    mutating func score(_ elements: [Int32]) {
        for element in elements {
            let parent = tree[element].parent
            guard parent >= 0 else { continue }
            let measure = tree.measure(element)
            guard measure.length >= 25 else { continue }
            var commas = measure.commas
            // A list set line by line with <br> (signatories with their affiliations, credits,
            // an address book) has a comma on nearly every short line: the commas of prose,
            // which Readability counts as a sign of sentences, would make it outscore the story.
            if commas >= 10 {
                let breaks = tree.count([.br], in: element)
                if breaks >= 10, measure.length / (breaks + 1) < Self.longestListLine { commas = 0 }
            }
            let points = 1 + Double(commas + 1) + Double(min(measure.length / 100, 3))
            var ancestor = parent
            var level = 0
            while ancestor >= 0, level < 5 {
                if tree[ancestor].parent >= 0 {
                    if scores[ancestor] == nil {
                        scores[ancestor] = initialScore(ancestor)
                        candidates.append(ancestor)
                    }
                    let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                    scores[ancestor, default: 0] += points / divider
                }
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
    }

    func ancestors(of node: Int32) -> [Int32] {
        var result: [Int32] = []
        var current = tree[node].parent
        while current >= 0 {
            result.append(current)
            current = tree[current].parent
        }
        return result
    }

    /// The best-scoring candidate after link density, moved up to a common ancestor when several
    /// near-best candidates share it, or up while the parent scores better.
    mutating func chooseTopCandidate() -> Int32 {
        var top: [Int32] = []
        for candidate in candidates {
            let adjusted = (scores[candidate] ?? 0) * (1 - tree.linkDensity(candidate))
            scores[candidate] = adjusted
            if let slot = top.firstIndex(where: { adjusted > (scores[$0] ?? 0) }) {
                top.insert(candidate, at: slot)
                if top.count > 5 { top.removeLast() }
            } else if top.count < 5 {
                top.append(candidate)
            }
        }
        let body = tree.body
        guard var best = top.first, tree[best].tag != .body, best != body else {
            // Nothing stands out: the whole body is the article.
            let container = tree.makeNode(.div)
            var child = tree[body].firstChild
            while child >= 0 {
                let next = tree[child].next
                tree.unlink(child)
                tree.append(child, to: container)
                child = next
            }
            tree.append(container, to: body)
            scores[container] = initialScore(container)
            return container
        }
        let bestScore = scores[best] ?? 0
        var alternatives: [[Int32]] = []
        for other in top.dropFirst() where bestScore > 0 && (scores[other] ?? 0) / bestScore >= 0.75 {
            alternatives.append(ancestors(of: other))
        }
        if alternatives.count >= 3 {
            var parent = tree[best].parent
            while parent >= 0, parent != body, tree[parent].tag != .body {
                let sharing = alternatives.reduce(0) { $0 + ($1.contains(parent) ? 1 : 0) }
                if sharing >= 3 {
                    best = parent
                    break
                }
                parent = tree[parent].parent
            }
        }
        if scores[best] == nil { scores[best] = initialScore(best) }
        var parent = tree[best].parent
        var lastScore = scores[best] ?? 0
        let threshold = lastScore / 3
        while parent >= 0, parent != body, tree[parent].tag != .body {
            guard let parentScore = scores[parent] else {
                parent = tree[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                best = parent
                break
            }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        parent = tree[best].parent
        while parent >= 0, parent != body, tree[parent].tag != .body, tree[parent].parent >= 0,
            tree.elementChildCount(of: parent) == 1
        {
            best = parent
            parent = tree[best].parent
        }
        if scores[best] == nil { scores[best] = initialScore(best) }
        return best
    }

    /// A new container holding `top` and the siblings that score close to it or read like
    /// paragraphs of the same story.
    mutating func gatherSiblings(of top: Int32) -> Int32 {
        let article = tree.makeNode(.div)
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let parent = tree[top].parent
        let siblings = parent >= 0 ? tree.elementChildren(of: parent) : [top]
        let topClass = tree.classBytes(top)
        for sibling in siblings {
            var append = sibling == top
            if !append {
                var bonus = 0.0
                if !topClass.isEmpty, tree.classBytes(sibling).elementsEqual(topClass) { bonus += topScore * 0.2 }
                if let score = scores[sibling], score + bonus >= threshold {
                    append = true
                } else if tree[sibling].tag == .p {
                    let density = tree.linkDensity(sibling)
                    let content = tree.plainText(sibling)
                    let length = tree.textLength(sibling)
                    if length > 80, density < 0.25 {
                        append = true
                    } else if length < 80, length > 0, density == 0, Self.hasSentenceEnd(content) {
                        append = true
                    }
                }
            }
            guard append else { continue }
            switch tree[sibling].tag {
            case .div, .article, .section, .p, .ol, .ul: break
            default: tree[sibling].tag = .div
            }
            tree.unlink(sibling)
            tree.append(sibling, to: article)
        }
        return article
    }

    /// `.` followed by a space or the end, as in `/\.( |$)/`.
    static func hasSentenceEnd(_ text: String) -> Bool {
        var previousWasDot = false
        for byte in text.utf8 {
            if previousWasDot, byte == 0x20 { return true }
            previousWasDot = byte == UInt8(ascii: ".")
        }
        return previousWasDot
    }
}

/// Readability's title similarity: the share of the second text's words also in the first.
enum TitleSimilarity {
    /// Words as runs of letters and digits. Readability.js splits on JavaScript's ASCII
    /// `\W+`, which finds no word at all in a Bengali, Russian or Greek title, so the headline
    /// repeating the title stayed in the text of every page in those scripts: here any script's
    /// letters make words.
    static func words(_ text: String) -> [String] {
        // "_" separates too: "Headline_Section_Site" is how some CMSs write the <title>.
        text.lowercasedQuickly().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0.isCombiningMark) })
            .map(String.init)
    }

    static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = words(a)
        let wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let setA = Set(wordsA)
        let unique = wordsB.filter { !setA.contains($0) }
        let distance = Double(unique.joined(separator: " ").count) / Double(wordsB.joined(separator: " ").count)
        return 1 - distance
    }
}

extension Character {
    /// A vowel sign or other mark that is part of a word in Indic scripts (া, ি, ্).
    fileprivate var isCombiningMark: Bool {
        unicodeScalars.allSatisfy { scalar in
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .spacingMark
        }
    }
}
