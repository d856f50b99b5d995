import CopydeskCompare

/// The full listing behind the answers (`--details`): quotes and facts by source, every sentence
/// with its match and counterparts, the shared passages, and the formulas of the figures.
extension CoverageTerminalRenderer {
    func detailListing(_ report: CoverageReport) -> [String] {
        var out: [String] = []
        let ids = report.sources.map(\.id)
        // One narrow column per source ([1] … [n] as in the header), so the matrix fits any width.
        let columns = ids.indices.map { "[\($0 + 1)]" }
        let cellWidth = (columns.map(\.count).max() ?? 3) + 1
        let matrixWidth = 2 + 5 + cellWidth * ids.count + 1

        out.append("")
        out += lines.wrap(CoverageReport.contentFormula, lead: "Content: ", indent: 2).map(dim)
        out += lines.wrap(CoverageReport.summaryFormula, lead: "Copied words: ", indent: 2).map(dim)

        out.append("")
        out.append(bold("Quotes"))
        let legend = "  = verbatim  ~ partial  ≈ paraphrase  · absent"
        if legend.count <= width {
            out.append(
                "  " + paint("= verbatim", status: "verbatim") + "  " + paint("~ partial", status: "partial") + "  "
                    + paint("≈ paraphrase", status: "paraphrase") + "  " + dim("· absent"))
        } else {
            out += lines.wrap(legend, lead: "", indent: 2)
        }
        if report.quotes.isEmpty { out.append("  none found") }
        if !report.quotes.isEmpty {
            out.append("  " + pad("", 5) + columns.map { pad($0, cellWidth) }.joined())
        }
        for quote in report.quotes {
            let cells = quote.coverage.map { entry in
                paint(pad(mark(entry.status), cellWidth), status: entry.status.rawValue)
            }
            let text = "\(quote.speaker ?? "(unattributed)"): “\(quote.text)”"
            let body = TerminalLines(width: max(10, width - matrixWidth)).wrap(text)
            for (n, line) in body.enumerated() {
                let lead =
                    n == 0 ? "  " + pad(quote.id, 5) + cells.joined() + " " : String(repeating: " ", count: matrixWidth)
                out.append(lead + line)
            }
        }

        out.append("")
        out += heading("Facts", note: "mentions per source; · absent")
        if !report.facts.isEmpty {
            out.append("  " + pad("", 5) + columns.map { pad($0, cellWidth) }.joined())
        }
        for fact in report.facts {
            let cells = fact.coverage.map { entry in
                entry.mentions.isEmpty
                    ? dim(pad("·", cellWidth)) : paint(pad("\(entry.mentions.count)", cellWidth), status: "verbatim")
            }
            let body = TerminalLines(width: max(10, width - matrixWidth)).wrap("\(fact.kind.rawValue): \(fact.value)")
            for (n, line) in body.enumerated() {
                let lead =
                    n == 0 ? "  " + pad(fact.id, 5) + cells.joined() + " " : String(repeating: " ", count: matrixWidth)
                out.append(lead + line)
            }
        }

        for source in report.sources {
            out.append("")
            out.append(bold("Sentences of \(source.id)"))
            out += lines.wrap("= verbatim  ~ edited  ≈ paraphrase  · unique", lead: "  ", indent: 2).map(dim)
            if source.id == report.sources.first?.id {
                out += lines.wrap(
                    "↔ counterpart and similarity; a paraphrase also with the rarest words it was matched on"
                        + " (a ~ b: b is the other sentence's word for a)",
                    lead: "  ", indent: 2
                ).map(dim)
            }
            for sentence in report.sentences where sentence.source == source.id {
                let links = sentence.counterparts.map(link).joined(separator: ", ")
                let lead = "  \(pad("#\(sentence.index + 1)", 4)) \(mark(sentence.match)) "
                let body = lines.wrap(sentence.text, lead: lead, indent: lead.count)
                for (n, line) in body.enumerated() {
                    // The mark carries the colour; the words stay plain for reading.
                    if n == 0, colour {
                        let markEnd = line.index(line.startIndex, offsetBy: min(line.count, lead.count))
                        out.append(
                            paint(String(line[..<markEnd]), status: sentence.match.rawValue) + String(line[markEnd...]))
                    } else {
                        out.append(line)
                    }
                }
                let under = String(repeating: " ", count: lead.count)
                if MatchGrounds.any(sentence) {
                    // A paraphrase's grounds are read with its link: one line each, so the words
                    // never run into the next counterpart's.
                    for counterpart in sentence.counterparts {
                        let grounds = MatchGrounds.phrase(counterpart, of: sentence).map { ", " + $0 } ?? ""
                        // "protecting ~ safeguarding" stays on one line: its spaces are held by
                        // a placeholder of the same width while the line is wrapped (not when
                        // the source's id holds one itself, which must reach the escaping as is).
                        let named = link(counterpart)
                        let hold = !named.unicodeScalars.contains("\u{1}") && !grounds.unicodeScalars.contains("\u{1}")
                        let held = hold ? grounds.replacing(" ~ ", with: "\u{1}~\u{1}") : grounds
                        out += lines.wrap("↔ " + named + held, lead: under, indent: lead.count + 4)
                            .map { dim(hold ? $0.replacing("\u{1}", with: " ") : $0) }
                    }
                } else if !links.isEmpty {
                    out += lines.wrap("↔ " + links, lead: under, indent: lead.count + 2).map(dim)
                }
            }
        }

        out.append("")
        out += heading("Shared passages", note: "runs of shared 4-word shingles; offsets in Unicode scalars")
        if report.passages.isEmpty { out.append("  none") }
        for passage in report.passages {
            let places = passage.locations.map { "\($0.source) \($0.start)–\($0.end)" }.joined(separator: ", ")
            out += lines.wrap("“\(passage.text)”", lead: "  ", indent: 3)
            out += lines.wrap(places, lead: "    ", indent: 4).map(dim)
        }
        return out
    }

    /// A counterpart as the listing names it: `wire#3 0.82`.
    func link(_ counterpart: CoverageReport.Counterpart) -> String {
        "\(counterpart.source)#\(counterpart.index + 1) \(Figures.fixed(counterpart.similarity))"
    }
}
