public import CopydeskCompare

/// Renders a `CoverageReport` as Markdown: the sources, the editor's answers (verdict,
/// omissions, exclusives, voices, conflicts, framing), then tables of summary, quotes and facts by
/// source, then each source's sentences with their match and counterparts, and the shared
/// passages. Match levels are words, so the report reads the same without colour.
public enum CoverageMarkdownRenderer {
    /// The report as one Markdown document, in the order above.
    public static func markdown(_ report: CoverageReport) -> String {
        var out: [String] = []
        let ids = report.sources.map(\.id)
        out.append("# Coverage of \(report.sources.count) sources")
        out.append("")
        out.append("| Source | Title | Outlet | Credit | Published | Words |")
        out.append("| --- | --- | --- | --- | --- | ---: |")
        for source in report.sources {
            let cells = [source.title, source.outlet, source.credit, source.published].map { cell($0 ?? "") }
            out.append("| `\(cell(source.id))` | \(cells.joined(separator: " | ")) | \(source.words) |")
        }

        out += answers(report)

        out.append("")
        out.append("## Summary")
        out.append("")
        out.append("Content, by sentences: " + CoverageReport.contentFormula + ".")
        out.append("")
        out.append(
            "| Source | " + ids.map { "Carried by `\(cell($0))`" }.joined(separator: " | ")
                + " | No counterpart | Sentences |")
        out.append("| --- | " + ids.map { _ in "---:" }.joined(separator: " | ") + " | ---: | --- |")
        for entry in report.summary {
            let carried = ids.map { id in
                id == entry.source ? "—" : entry.counterpartsIn.first { $0.source == id }.map { Figures.percent($0.share) } ?? ""
            }
            let tallies = CoverageReport.Match.allCases.compactMap { match in
                entry.sentenceMatches[match].map { "\($0) \(match.rawValue)" }
            }
            out.append(
                "| `\(cell(entry.source))` | \(carried.joined(separator: " | ")) | \(Figures.percent(entry.noCounterpart)) | \(tallies.joined(separator: ", ")) |"
            )
        }
        out.append("")
        out.append("Copied words, by passages: " + CoverageReport.summaryFormula + ".")
        out.append("")
        out.append(
            "| Source | " + ids.map { "Copy shared with `\(cell($0))`" }.joined(separator: " | ") + " | Own words |")
        out.append("| --- | " + ids.map { _ in "---:" }.joined(separator: " | ") + " | ---: |")
        for entry in report.summary {
            let shares = ids.map { id in
                id == entry.source ? "—" : entry.sharedWith.first { $0.source == id }.map { Figures.percent($0.share) } ?? ""
            }
            out.append("| `\(cell(entry.source))` | \(shares.joined(separator: " | ")) | \(Figures.percent(entry.unique)) |")
        }

        out.append("")
        out.append("## Quotes")
        out.append("")
        if report.quotes.isEmpty {
            out.append("No quotations found.")
        } else {
            out.append("| Id | Speaker | Quote | " + ids.map { "`\(cell($0))`" }.joined(separator: " | ") + " |")
            out.append("| --- | --- | --- | " + ids.map { _ in "---" }.joined(separator: " | ") + " |")
            for quote in report.quotes {
                let statuses = quote.coverage.map { $0.status == .absent ? "—" : $0.status.rawValue }
                out.append(
                    "| \(quote.id) | \(cell(quote.speaker ?? "—")) | “\(cell(quote.text))” | \(statuses.joined(separator: " | ")) |"
                )
            }
        }

        out.append("")
        out.append("## Facts")
        out.append("")
        out.append("| Id | Kind | Fact | " + ids.map { "`\(cell($0))`" }.joined(separator: " | ") + " |")
        out.append("| --- | --- | --- | " + ids.map { _ in "---" }.joined(separator: " | ") + " |")
        for fact in report.facts {
            let cells = fact.coverage.map { entry in
                entry.mentions.isEmpty
                    ? "—" : Array(Set(entry.mentions.map(\.text))).sorted().map { cell($0) }.joined(separator: ", ")
            }
            out.append(
                "| \(fact.id) | \(fact.kind.rawValue) | \(cell(fact.value)) | \(cells.joined(separator: " | ")) |")
        }

        for source in report.sources {
            out.append("")
            out.append("## Sentences of `\(source.id)`")
            out.append("")
            if source.id == report.sources.first?.id {
                out.append(
                    "Each counterpart with its similarity; a paraphrase also with the rarest words it was matched on"
                        + " (“a ~ b”: b is the other sentence’s word for a).")
                out.append("")
            }
            out.append("| # | Match | Sentence | Counterparts |")
            out.append("| ---: | --- | --- | --- |")
            for sentence in report.sentences where sentence.source == source.id {
                // A paraphrase says what it was matched on beside its similarity, so the reader
                // can check the link against both sentences.
                let links = sentence.counterparts.map { counterpart in
                    let grounds = MatchGrounds.phrase(counterpart, of: sentence).map { "; " + cell($0) } ?? ""
                    let similarity = Figures.fixed(counterpart.similarity)
                    return "`\(cell(counterpart.source))` #\(counterpart.index + 1) (\(similarity)\(grounds))"
                }
                out.append(
                    "| \(sentence.index + 1) | \(sentence.match.rawValue) | \(cell(sentence.text)) | \(links.joined(separator: ", ")) |"
                )
            }
        }

        out.append("")
        out.append("## Shared passages")
        out.append("")
        if report.passages.isEmpty { out.append("None.") }
        for passage in report.passages {
            let places = passage.locations.map { "`\(cell($0.source))` \($0.start)–\($0.end)" }.joined(separator: ", ")
            out.append("- “\(cell(passage.text))” — \(places)")
        }
        return out.joined(separator: "\n")
    }

    /// Text safe inside a table cell: pipes escaped, line breaks flattened, HTML brackets escaped.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }


}
