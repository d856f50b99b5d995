/// Groups aligned pairs into passages: two pairs whose spans in one document overlap by at least
/// half of the shorter are copies of one text, and copies of copies are too (union–find).
enum ReuseGroups {
    /// Sets each passage's group and sorts the passages by group, then documents, then offsets.
    /// - Returns: each group's earliest document (index `group - 1`).
    static func assign(_ passages: inout [ReusedPassage], documents: [ReuseDocument]) -> [Int] {
        guard !passages.isEmpty else { return [] }
        var parent = Array(passages.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ x: Int, _ y: Int) {
            let rx = root(x)
            let ry = root(y)
            if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
        }

        // Every span, by document and start.
        var spans: [(document: Int, range: Range<Int>, passage: Int)] = []
        spans.reserveCapacity(passages.count * 2)
        for (index, passage) in passages.enumerated() {
            spans.append((passage.a, passage.aScalars, index))
            spans.append((passage.b, passage.bScalars, index))
        }
        spans.sort { ($0.document, $0.range.lowerBound, $0.passage) < ($1.document, $1.range.lowerBound, $1.passage) }
        var start = 0
        while start < spans.count {
            var end = start
            while end < spans.count, spans[end].document == spans[start].document { end += 1 }
            // Sweep one document's spans; each is compared with the open spans before it (a
            // bounded number, so a passage printed a thousand times costs no more than a window).
            var open: [Int] = []
            for current in start..<end {
                let range = spans[current].range
                open.removeAll { spans[$0].range.upperBound <= range.lowerBound }
                for earlier in open.suffix(256) {
                    let other = spans[earlier].range
                    let shared = min(other.upperBound, range.upperBound) - max(other.lowerBound, range.lowerBound)
                    if shared * 2 >= min(other.count, range.count) { union(spans[earlier].passage, spans[current].passage) }
                }
                open.append(current)
            }
            start = end
        }

        // Members of each group, then its earliest document: dated documents by date, then
        // input order.
        var members: [Int: [Int]] = [:]
        for index in passages.indices { members[root(index), default: []].append(index) }
        func earlier(_ x: Int, _ y: Int) -> Bool {
            let dx = documents[x].published
            let dy = documents[y].published
            switch (dx, dy) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x < y
            }
        }
        var groups: [(earliest: Int, members: [Int])] = members.values.map { indices in
            var first = passages[indices[0]].a
            for index in indices {
                for document in [passages[index].a, passages[index].b] where earlier(document, first) { first = document }
            }
            return (first, indices)
        }
        groups.sort { earlier($0.earliest, $1.earliest) || ($0.earliest == $1.earliest && $0.members[0] < $1.members[0]) }
        for (number, group) in groups.enumerated() {
            for index in group.members { passages[index].group = number + 1 }
        }
        passages.sort {
            ($0.group, $0.a, $0.b, $0.aScalars.lowerBound) < ($1.group, $1.a, $1.b, $1.aScalars.lowerBound)
        }
        return groups.map(\.earliest)
    }
}
