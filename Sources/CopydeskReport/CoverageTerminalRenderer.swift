public import CopydeskCompare

/// Renders a `CoverageReport` for a terminal, answers first: the verdict, the sources, then
/// omissions, exclusives, voices, conflicts and framing, then the figures per source. The full
/// listing — quotes and facts by source, every sentence with its counterparts, the shared
/// passages and the formulas — follows only with `details` (`--details`); without it, a list
/// that is cut says so, because the whole of it is one flag away.
///
/// Every line fits `width` columns (wrapped at word boundaries). Match levels are readable
/// without colour — each carries a word or a fixed mark (`=` verbatim, `~` edited or partial,
/// `≈` paraphrase, `·` unique or absent) — and colour (ANSI) only reinforces them; it is off
/// when `colour` is false (`NO_COLOR`, or not a terminal).
public struct CoverageTerminalRenderer: Sendable {
    /// Whether to colour match levels with ANSI escapes; they stay readable without.
    public var colour: Bool
    /// Columns of the terminal (80 when piped).
    public var width: Int
    /// Whether to print the full sentence-by-sentence listing and every item of each answer.
    public var details: Bool

    /// A renderer for a terminal `width` columns wide (at least 40).
    public init(colour: Bool, width: Int = 80, details: Bool = false) {
        self.colour = colour
        self.width = max(40, width)
        self.details = details
    }

    var lines: TerminalLines { TerminalLines(width: width) }

    /// The report as lines of at most ``width`` columns, joined by newlines.
    public func render(_ report: CoverageReport) -> String {
        var out = [bold("Coverage of \(report.sources.count) sources")]
        out += verdict(report)
        out += header(report)
        out += answers(report)
        out += figures(report)
        if details {
            out += detailListing(report)
        } else {
            out.append("")
            out += lines.wrap(
                "Every quote, fact, sentence (a paraphrase with the words it was matched on) and shared passage,"
                    + " and every item of the lists above: --details",
                lead: "", indent: 0
            ).map(dim)
        }
        return out.joined(separator: "\n")
    }

    func header(_ report: CoverageReport) -> [String] {
        var out = ["", bold("Sources")]
        for (number, source) in report.sources.enumerated() {
            let facts = [
                source.outlet, source.credit.map { "credit: \($0)" }, source.published, "\(source.words) words",
            ]
            .compactMap { $0 }
            let lead = "  [\(number + 1)] "
            out += lines.wrap(([source.id] + facts).joined(separator: " · "), lead: lead, indent: lead.count)
            out += lines.wrap(
                source.title ?? "(no title)", lead: String(repeating: " ", count: lead.count), indent: lead.count)
            if details {
                out += lines.wrap(source.input, lead: String(repeating: " ", count: lead.count), indent: lead.count)
                    .map(dim)
            }
        }
        return out
    }

    func figures(_ report: CoverageReport) -> [String] {
        var out = [""] + heading("Figures", note: "sentences carried elsewhere; copied words")
        let idWidth = report.sources.map(\.id.count).max() ?? 4
        let indent = 2 + min(idWidth, 24) + 2
        for entry in report.summary {
            let carried = entry.counterpartsIn.map { "\($0.source) \(Figures.percent($0.share))" }.joined(separator: ", ")
            let tallies = CoverageReport.Match.allCases.map { "\(entry.sentenceMatches[$0] ?? 0) \($0.rawValue)" }
                .joined(separator: ", ")
            let shares = entry.sharedWith.map { "\($0.source) \(Figures.percent($0.share))" }.joined(separator: ", ")
            let lead = "  " + pad(entry.source, min(idWidth, 24)) + "  "
            out += lines.wrap(
                "\(bar(1 - entry.noCounterpart)) carried by \(carried); no counterpart \(Figures.percent(entry.noCounterpart))",
                lead: lead, indent: indent)
            out += lines.wrap("sentences: \(tallies)", lead: String(repeating: " ", count: indent), indent: indent)
            out += lines.wrap(
                "copied words shared with \(shares); own words \(Figures.percent(entry.unique))",
                lead: String(repeating: " ", count: indent), indent: indent
            ).map(dim)
        }
        return out
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
            case "conflict": "31"
            default: "2"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// A section title with its note in brackets beside it, or wrapped under it when the line
    /// would not fit.
    func heading(_ title: String, note: String) -> [String] {
        if title.count + note.count + 4 <= width { return [bold(title) + dim("  (\(note))")] }
        return [bold(title)] + lines.wrap("(\(note))", lead: "  ", indent: 3).map(dim)
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


}
