/// Keeps the best of the body candidates, as trafilatura does: the scorer's result unless it is
/// short or disagrees with the page's own JSON-LD `articleBody`, in which case the candidate that
/// agrees best with it (or the longer container) wins.
struct BodyChoice {
    enum Source: String, Sendable {
        case scorer, container, blocks, linkedData
    }

    struct Candidate {
        var source: Source
        var paragraphs: [String]
        var length: Int { paragraphs.reduce(0) { $0 + $1.count } }
    }

    /// A scorer result shorter than this is doubted and compared with the other candidates.
    static let doubtfulLength = 1000

    static func choose(
        scorer: [String]?, container: () -> [String]?, blocks: () -> [String]?, linkedBody: String?
    ) -> (Candidate?, warnings: [String]) {
        let first = scorer.map { Candidate(source: .scorer, paragraphs: $0) }
        let linked = linkedBody.flatMap(paragraphs(ofLinkedBody:)).map {
            Candidate(source: .linkedData, paragraphs: $0)
        }
        let linkedShingles = linked.map { Shingles($0.paragraphs) }
        if let first, first.length >= doubtfulLength {
            guard let linkedShingles else { return (first, []) }
            if linkedShingles.recall(in: Shingles(first.paragraphs)) >= 0.6 { return (first, []) }
        }
        var candidates: [Candidate] = []
        if let first { candidates.append(first) }
        if let found = container() { candidates.append(Candidate(source: .container, paragraphs: found)) }
        if let linkedBody, let linkedShingles, let linkedParagraphs = paragraphs(ofLinkedBody: linkedBody) {
            let linked = Candidate(source: .linkedData, paragraphs: linkedParagraphs)
            // The markup's candidates first; the block classifier only when neither agrees.
            var best: Candidate?
            var bestScore = 0.0
            func consider(_ candidate: Candidate) {
                let score = linkedShingles.f1(Shingles(candidate.paragraphs))
                if score > bestScore {
                    best = candidate
                    bestScore = score
                }
            }
            candidates.forEach(consider)
            if bestScore < 0.5, let found = blocks() { consider(Candidate(source: .blocks, paragraphs: found)) }
            if let best, bestScore >= 0.5 { return (best, []) }
            return (
                linked, ["the article text comes from the page's JSON-LD articleBody: no element of the page holds it"]
            )
        }
        let byLength = candidates.max { $0.length < $1.length }
        // A short scorer result that shares nothing with the element the markup calls the
        // article (`<article>`, `articleBody`, `entry-content`…) is a box elsewhere on the page:
        // a newsletter form or a teaser that outscored a short story. The markup wins then, unless
        // its element holds far less text.
        if let first, let marked = candidates.first(where: { $0.source == .container }),
            marked.length * 2 >= first.length
        {
            let scored = Shingles(first.paragraphs)
            let declared = Shingles(marked.paragraphs)
            if scored.recall(in: declared) < 0.2 && declared.recall(in: scored) < 0.2 { return (marked, []) }
        }
        if let first, let byLength, byLength.source != .scorer, Double(byLength.length) < 1.5 * Double(first.length) {
            return (first, [])
        }
        if let byLength, byLength.length >= 200 { return (byLength, []) }
        if let fallback = blocks(), fallback.reduce(0, { $0 + $1.count }) > (byLength?.length ?? 0) {
            return (
                Candidate(source: .blocks, paragraphs: fallback),
                ["the article was told from the page furniture by text density alone: check its paragraphs"]
            )
        }
        return (byLength, [])
    }

    /// Whether a JSON-LD body is HTML rather than text (some CMSs put markup in it).
    static func hasParagraphTags(_ body: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in body.utf8 {
            if beforePrevious == UInt8(ascii: "<"), previous | 0x20 == UInt8(ascii: "p"), byte == UInt8(ascii: ">") {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// JSON-LD bodies are plain text with line breaks between paragraphs (sometimes with markup).
    static func paragraphs(ofLinkedBody body: String) -> [String]? {
        let lines = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { PageTitle.collapse(String($0)) }
            .filter { !$0.isEmpty }
        guard lines.reduce(0, { $0 + $1.utf8.count }) >= 300, !hasParagraphTags(body) else { return nil }
        return lines
    }
}

/// Word 4-gram shingles of some paragraphs, hashed: enough to tell how much of one text is in another.
struct Shingles {
    let set: Set<Int>

    init(_ paragraphs: [String]) {
        // Words hashed straight from the UTF-8 bytes (FNV-1a, ASCII lower-cased): no String per word.
        var words: [UInt64] = []
        for paragraph in paragraphs {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var inWord = false
            for byte in paragraph.utf8 {
                let isWordByte =
                    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                if isWordByte {
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                    inWord = true
                } else if inWord {
                    words.append(hash)
                    hash = 0xcbf2_9ce4_8422_2325
                    inWord = false
                }
            }
            if inWord { words.append(hash) }
        }
        var set = Set<Int>()
        if words.count >= 4 {
            for i in 0...(words.count - 4) {
                let combined = words[i] &* 31 &+ words[i + 1] &* 961 &+ words[i + 2] &* 29791 &+ words[i + 3] &* 923_521
                set.insert(Int(truncatingIfNeeded: combined))
            }
        }
        self.set = set
    }

    /// The share of these shingles found in `other`.
    func recall(in other: Shingles) -> Double {
        guard !set.isEmpty else { return 0 }
        return Double(set.intersection(other.set).count) / Double(set.count)
    }

    func f1(_ other: Shingles) -> Double {
        let r = recall(in: other)
        let p = other.recall(in: self)
        return r + p > 0 ? 2 * r * p / (r + p) : 0
    }
}
