public import CopydeskCompare

/// Renders a ``CoverageReport`` for a terminal: the sources, the summary with its formula, a
/// matrix of quotes and of facts by source, then every sentence with its match and
/// counterparts, and the shared passages.
///
/// Match levels are readable without colour — each carries a word or a fixed mark
/// (`=` verbatim, `~` edited or partial, `≈` paraphrase, `·` unique or absent) — and colour
/// (ANSI) only reinforces them; it is off when `colour` is false (`NO_COLOR`, or not a terminal).
public struct CoverageTerminalRenderer: Sendable {
    public var colour: Bool
    /// Longest line of quoted or sentence text before it is cut with "…".
    public var width: Int

    public init(colour: Bool, width: Int = 100) {
        self.colour = colour
        self.width = max(40, width)
    }

    public func render(_ report: CoverageReport) -> String {
        var lines: [String] = []
        let ids = report.sources.map(\.id)
        let idWidth = ids.map(\.count).max() ?? 4

        lines.append(bold("Coverage of \(report.sources.count) sources"))
        for (number, source) in report.sources.enumerated() {
            let details = [source.outlet, source.credit, source.published, "\(source.words) words"].compactMap { $0 }
            lines.append("  [\(number + 1)] \(pad(source.id, idWidth))  \(source.title ?? "(no title)")")
            lines.append(
                "      \(String(repeating: " ", count: idWidth))  \(details.joined(separator: " · "))  \(dim(source.input))"
            )
        }

        lines.append("")
        lines.append(bold("Summary") + dim("  (\(CoverageReport.contentFormula))"))
        for entry in report.summary {
            let carried = entry.counterpartsIn.map { "\($0.source) \(percent($0.share))" }.joined(separator: ", ")
            let tallies = CoverageReport.Match.allCases.map { "\(entry.sentenceMatches[$0] ?? 0) \($0.rawValue)" }
                .joined(separator: ", ")
            let shares = entry.sharedWith.map { "\($0.source) \(percent($0.share))" }.joined(separator: ", ")
            lines.append(
                "  \(pad(entry.source, idWidth))  \(bar(1 - entry.noCounterpart)) carried by \(carried); "
                    + "no counterpart \(percent(entry.noCounterpart))")
            lines.append("  \(String(repeating: " ", count: idWidth))  sentences: \(tallies)")
            lines.append(
                "  \(String(repeating: " ", count: idWidth))  "
                    + dim("copied words shared with \(shares); own words \(percent(entry.unique))"))
        }
        lines.append("  " + dim("copied words: \(CoverageReport.summaryFormula)"))

        lines.append(bold("Quotes") + dim("  (= verbatim  ~ partial  ≈ paraphrase  · absent)"))
        if report.quotes.isEmpty { lines.append("  none found") }
        let columns = ids.map { max($0.count, 12) }
        if !report.quotes.isEmpty {
            lines.append(
                "  " + pad("", 5) + zip(ids, columns).map { pad($0, $1) }.joined(separator: " ") + "  speaker: quote")
        }
        for quote in report.quotes {
            let cells = zip(quote.coverage, columns).map { entry, width in
                paint(pad("\(mark(entry.status)) \(entry.status.rawValue)", width), status: entry.status.rawValue)
            }
            let text = "\(quote.speaker ?? "(unattributed)"): “\(quote.text)”"
            lines.append("  " + pad(quote.id, 5) + cells.joined(separator: " ") + "  " + cut(text, width - 10))
        }

        lines.append("")
        lines.append(bold("Facts") + dim("  (mentions per source; · absent)"))
        for fact in report.facts {
            let cells = zip(fact.coverage, columns).map { entry, width in
                entry.mentions.isEmpty
                    ? dim(pad("·", width)) : paint(pad("✓ \(entry.mentions.count)", width), status: "verbatim")
            }
            lines.append(
                "  " + pad(fact.id, 5) + cells.joined(separator: " ") + "  \(pad(fact.kind.rawValue, 12)) \(fact.value)"
            )
        }

        for source in report.sources {
            lines.append("")
            lines.append(bold("Sentences of \(source.id)") + dim("  (= verbatim  ~ edited  ≈ paraphrase  · unique)"))
            for sentence in report.sentences where sentence.source == source.id {
                let links = sentence.counterparts.map { "\($0.source)#\($0.index + 1) \(format($0.similarity))" }
                    .joined(separator: ", ")
                let head = paint(
                    "\(mark(sentence.match)) \(pad(sentence.match.rawValue, 10))", status: sentence.match.rawValue)
                lines.append("  \(pad("#\(sentence.index + 1)", 4)) \(head) \(cut(sentence.text, width - 20))")
                if !links.isEmpty { lines.append("  \(String(repeating: " ", count: 17))\(dim("↔ " + links))") }
            }
        }

        lines.append("")
        lines.append(bold("Shared passages") + dim("  (runs of shared 4-word shingles; offsets in Unicode scalars)"))
        if report.passages.isEmpty { lines.append("  none") }
        for passage in report.passages {
            let places = passage.locations.map { "\($0.source) \($0.start)–\($0.end)" }.joined(separator: ", ")
            lines.append("  “\(cut(passage.text, width - 10))”")
            lines.append("    " + dim(places))
        }
        return lines.joined(separator: "\n")
    }

    func mark(_ status: CoverageReport.Quote.Status) -> String {
        switch status {
        case .verbatim: "="
        case .partial: "~"
        case .paraphrase: "≈"
        case .absent: "·"
        }
    }

    func mark(_ match: CoverageReport.Match) -> String {
        switch match {
        case .verbatim: "="
        case .edited: "~"
        case .paraphrase: "≈"
        case .unique: "·"
        }
    }

    func paint(_ text: String, status: String) -> String {
        guard colour else { return text }
        let code: String =
            switch status {
            case "verbatim": "32"
            case "edited", "partial": "33"
            case "paraphrase": "36"
            default: "2"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    func bar(_ share: Double) -> String {
        let filled = Int((share * 10).rounded())
        return "[" + String(repeating: "#", count: max(0, min(10, filled)))
            + String(repeating: ".", count: max(0, 10 - filled)) + "]"
    }

    func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    func cut(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(max(1, limit - 1))) + "…"
    }

    func percent(_ value: Double) -> String { format(value * 100, digits: 1) + "%" }

    func format(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}
