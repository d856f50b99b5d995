public import CopydeskDedup

/// JSON Lines of a reused-passage search: one line per aligned pair of passages, with exactly
/// the keys `a`, `b` (document ids), `a_start`, `a_end`, `b_start`, `b_end` (Unicode scalar
/// offsets into each document's text, end exclusive), `similarity` (0–1) and `passage` (the group
/// of copies of one text); then one line per unreadable item with `id`, `source` and `error`.
public enum ReuseRowRenderer {
    /// The line of aligned pair `index` (no newline).
    public static func jsonl(_ result: ReuseResult, passage index: Int) -> String {
        let passage = result.passages[index]
        var line = "{\"a\":"
        line.reserveCapacity(128)
        JSONWriter.appendQuoted(result.documents[passage.a].name, to: &line)
        line += ",\"b\":"
        JSONWriter.appendQuoted(result.documents[passage.b].name, to: &line)
        line += ",\"a_start\":\(passage.aScalars.lowerBound),\"a_end\":\(passage.aScalars.upperBound)"
        line += ",\"b_start\":\(passage.bScalars.lowerBound),\"b_end\":\(passage.bScalars.upperBound)"
        line += ",\"similarity\":" + JSONWriter.format(passage.similarity, digits: 4)
        line += ",\"passage\":\(passage.group)}"
        return line
    }

    /// The line of an unreadable item (no newline), as dedup writes one.
    public static func failure(_ document: ReuseDocument) -> String {
        var line = "{\"id\":"
        if let id = document.id { JSONWriter.appendQuoted(id, to: &line) } else { line += "null" }
        line += ",\"source\":"
        JSONWriter.appendQuoted(document.source, to: &line)
        line += ",\"error\":"
        JSONWriter.appendQuoted(document.error ?? "could not be read", to: &line)
        line += "}"
        return line
    }

    /// Every line of the run.
    public static func lines(_ result: ReuseResult) -> [String] {
        result.passages.indices.map { jsonl(result, passage: $0) }
            + result.documents.filter { $0.text == nil }.map(failure)
    }
}

/// The terminal summary of a reused-passage search: totals, then the groups with the most
/// copies, each with its earliest document and the opening of the passage.
public enum ReuseSummaryRenderer {
    /// The summary for a terminal, listing at most `top` groups.
    public static func text(_ result: ReuseResult, top: Int = 15) -> String {
        let readable = result.documents.filter { $0.text != nil }.count
        var involved = Set<Int>()
        for passage in result.passages {
            involved.insert(passage.a)
            involved.insert(passage.b)
        }
        var lines = [
            "\(result.documents.count) documents, \(result.groups) reused passages, \(result.passages.count) aligned pairs; "
                + "\(involved.count) of \(readable) readable documents share a passage"
        ]
        let failures = result.documents.count - readable
        if failures > 0 { lines.append("\(failures) items could not be read (listed with --format jsonl)") }
        if !result.skipped.isEmpty {
            let parts = result.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            lines.append("skipped WARC records: " + parts.joined(separator: ", "))
        }
        let groups = ReuseGroupView.groups(result)
        if !groups.isEmpty {
            lines.append("")
            lines.append("Most copied passages")
            for group in groups.sorted(by: { ($1.documents.count, $0.number) < ($0.documents.count, $1.number) }).prefix(top) {
                let first = result.documents[group.earliest]
                var about = [first.name]
                if let outlet = first.outlet { about.append(outlet) }
                if let published = first.published { about.append(published) }
                lines.append(
                    "  #\(group.number)  in \(group.documents.count) documents, \(group.pairs.count) aligned pairs  earliest: \(about.joined(separator: ", "))"
                )
                if let opening = group.opening(result, words: 16) { lines.append("      \"\(opening)\"") }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// One group of copies of a text, for the renderers: its pairs, documents and earliest one.
struct ReuseGroupView {
    var number: Int
    var earliest: Int
    var pairs: [Int]
    var documents: [Int]

    static func groups(_ result: ReuseResult) -> [ReuseGroupView] {
        var views = result.earliest.enumerated().map { ReuseGroupView(number: $0.offset + 1, earliest: $0.element, pairs: [], documents: []) }
        var seen = [Set<Int>](repeating: [], count: views.count)
        for (index, passage) in result.passages.enumerated() where passage.group >= 1 && passage.group <= views.count {
            views[passage.group - 1].pairs.append(index)
            for document in [passage.a, passage.b] where seen[passage.group - 1].insert(document).inserted {
                views[passage.group - 1].documents.append(document)
            }
        }
        return views.filter { !$0.pairs.isEmpty }
    }

    /// The passage as the earliest document prints it: the longest span of it among the pairs.
    func span(_ result: ReuseResult) -> Range<Int>? {
        var best: Range<Int>?
        for index in pairs {
            let passage = result.passages[index]
            let span = passage.a == earliest ? passage.aScalars : passage.b == earliest ? passage.bScalars : nil
            if let span, span.count > (best?.count ?? -1) { best = span }
        }
        return best
    }

    /// The first `words` words of the passage in the earliest document (or in the first pair).
    func opening(_ result: ReuseResult, words: Int) -> String? {
        let document = span(result) != nil ? earliest : pairs.first.map { result.passages[$0].a }
        guard let document, let text = result.documents[document].text else { return nil }
        let range = span(result) ?? pairs.first.map { result.passages[$0].aScalars } ?? 0..<0
        let passage = ScalarSlice.text(text, range)
        let parts = passage.split(whereSeparator: \.isWhitespace)
        return parts.prefix(words).joined(separator: " ") + (parts.count > words ? " …" : "")
    }
}

/// Text by Unicode scalar offsets, clamped to the text: an offset past its end cannot trap.
enum ScalarSlice {
    static func text(_ text: String, _ range: Range<Int>, limit: Int = .max) -> String {
        let scalars = text.unicodeScalars
        let lower = max(0, range.lowerBound)
        // `limit` may be Int.max: compared as a length, never added to an offset.
        let upper = max(lower, range.upperBound - lower > max(0, limit) ? lower + max(0, limit) : range.upperBound)
        let start = scalars.index(scalars.startIndex, offsetBy: lower, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: upper - lower, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
