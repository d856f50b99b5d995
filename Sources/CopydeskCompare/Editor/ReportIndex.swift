/// The report's rows regrouped the way the editor's answers read them: sentences by source,
/// each sentence's facts and quotations (by offsets), and groups of sentences that say the same
/// thing across sources (joined through their counterparts).
struct ReportIndex: Sendable {
    let report: CoverageReport
    let ids: [String]
    /// Sentences of each source, in order, by position in `ids`.
    let sentences: [[CoverageReport.AlignedSentence]]
    /// Fact ids mentioned inside each sentence, per source.
    let factsIn: [[[String]]]
    /// Quotation ids whose span starts inside each sentence, per source.
    let quotesIn: [[[String]]]
    /// For each source, the group number of each of its sentences; sentences that are
    /// counterparts (directly or through others) share a group.
    let groups: [[Int]]
    /// Per group, the sources that carry it.
    let groupSources: [Set<String>]

    init(_ report: CoverageReport) {
        self.report = report
        let ids = report.sources.map(\.id)
        self.ids = ids
        var position: [String: Int] = [:]
        for (s, id) in ids.enumerated() { position[id] = s }
        var sentences = Array(repeating: [CoverageReport.AlignedSentence](), count: ids.count)
        for sentence in report.sentences {
            guard let s = position[sentence.source] else { continue }
            sentences[s].append(sentence)
        }
        for s in sentences.indices { sentences[s].sort { $0.index < $1.index } }
        self.sentences = sentences

        func sentenceIndex(_ s: Int, at offset: Int) -> Int? {
            // Sentences are sorted by offset: binary search for the one holding `offset`.
            let list = sentences[s]
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].end <= offset { low = middle + 1 } else { high = middle }
            }
            guard low < list.count, list[low].start <= offset, offset < list[low].end else { return nil }
            return low
        }
        var factsIn = sentences.map { Array(repeating: [String](), count: $0.count) }
        for fact in report.facts {
            for coverage in fact.coverage {
                guard let s = position[coverage.source] else { continue }
                for mention in coverage.mentions {
                    guard let j = sentenceIndex(s, at: mention.start), !factsIn[s][j].contains(fact.id) else {
                        continue
                    }
                    factsIn[s][j].append(fact.id)
                }
            }
        }
        self.factsIn = factsIn
        var quotesIn = sentences.map { Array(repeating: [String](), count: $0.count) }
        for quote in report.quotes {
            for coverage in quote.coverage where coverage.status != .absent {
                guard let s = position[coverage.source], let span = coverage.span,
                    let j = sentenceIndex(s, at: span.start), !quotesIn[s][j].contains(quote.id)
                else { continue }
                quotesIn[s][j].append(quote.id)
            }
        }
        self.quotesIn = quotesIn

        // Union-find over (source, position) nodes joined by counterparts.
        var offsets: [Int] = []
        var total = 0
        for list in sentences {
            offsets.append(total)
            total += list.count
        }
        var parent = Array(0..<total)
        func find(_ node: Int) -> Int {
            var root = node
            while parent[root] != root { root = parent[root] }
            var walk = node
            while parent[walk] != root {
                let next = parent[walk]
                parent[walk] = root
                walk = next
            }
            return root
        }
        var rowOf: [[Int: Int]] = sentences.map { list in
            var map: [Int: Int] = [:]
            for (row, sentence) in list.enumerated() { map[sentence.index] = row }
            return map
        }
        for (s, list) in sentences.enumerated() {
            for (row, sentence) in list.enumerated() {
                for counterpart in sentence.counterparts {
                    guard let t = position[counterpart.source], let other = rowOf[t][counterpart.index] else {
                        continue
                    }
                    let a = find(offsets[s] + row)
                    let b = find(offsets[t] + other)
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        rowOf = []
        var numbering: [Int: Int] = [:]
        var groupSources: [Set<String>] = []
        var groups: [[Int]] = []
        for (s, list) in sentences.enumerated() {
            var row: [Int] = []
            for r in list.indices {
                let root = find(offsets[s] + r)
                let group: Int
                if let known = numbering[root] {
                    group = known
                } else {
                    group = groupSources.count
                    numbering[root] = group
                    groupSources.append([])
                }
                groupSources[group].insert(ids[s])
                row.append(group)
            }
            groups.append(row)
        }
        self.groups = groups
        self.groupSources = groupSources
    }

    /// The name a reader knows a source by (``CoverageReport/readerName(of:)``).
    func name(_ id: String) -> String { report.readerName(of: id) }

    func position(of id: String) -> Int? { ids.firstIndex(of: id) }

    func summary(of id: String) -> CoverageReport.SourceSummary? { report.summary.first { $0.source == id } }

    /// The sources (ids, in report order) among `set`.
    func ordered(_ set: Set<String>) -> [String] { ids.filter { set.contains($0) } }
}

extension String {
    var trimmedOfSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
