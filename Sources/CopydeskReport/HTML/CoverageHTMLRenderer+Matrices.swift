import CopydeskCompare

/// The quote and fact matrices: a row per quote or fact, a column per source, each cell its
/// status as icon, word and colour, with the source's own wording on hover and focus.
extension CoverageHTMLRenderer {
    /// Icon and word per quote status; the icon and word carry the meaning, the colour repeats it.
    static func icon(_ status: CoverageReport.Quote.Status) -> String {
        switch status {
        case .verbatim: "="
        case .partial: "◐"
        case .paraphrase: "≈"
        case .absent: "—"
        }
    }

    static func icon(_ match: CoverageReport.Match) -> String {
        switch match {
        case .verbatim: "="
        case .edited: "±"
        case .paraphrase: "≈"
        case .unique: "○"
        }
    }

    func quoteMatrix(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        page.element("section", ["id": "quotes", "aria-labelledby": "quotes-title"]) { section in
            section.element("h2", ["id": "quotes-title"], text: "Quotes")
            guard !report.quotes.isEmpty else {
                section.element("p", text: "No quotations found in any source.")
                return
            }
            section.element("ul", ["class": "legend", "aria-label": "Quote statuses"]) { legend in
                let meanings: [(CoverageReport.Quote.Status, String)] = [
                    (.verbatim, "word for word"), (.partial, "a fragment of it, or a longer version"),
                    (.paraphrase, "the same statement in other words"), (.absent, "not carried"),
                ]
                for (status, meaning) in meanings {
                    legend.element("li") { item in
                        item.element("span", ["class": "swatch st-\(status.rawValue)"]) {
                            $0.element("span", ["class": "ico", "aria-hidden": "true"], text: Self.icon(status))
                            $0.text(" " + status.rawValue)
                        }
                        item.text(" " + meaning)
                    }
                }
            }
            section.element(
                "p", ["class": "note"],
                text:
                    "Hover or focus a cell for the source’s own wording; click a quote or a cell to find it in the texts below."
            )
            section.element("div", ["class": "scroll-x"]) { wrap in
                wrap.element("table", ["class": "matrix quotes cards"]) { table in
                    matrixHead(["Speaker", "Quote"], sources: sources, into: &table)
                    table.element("tbody") { body in
                        for (q, quote) in report.quotes.enumerated() {
                            let allVerbatim = quote.coverage.allSatisfy { $0.status == .verbatim }
                            body.element("tr", ["data-q": "\(q)", "class": allVerbatim ? "all-verbatim" : nil]) { row in
                                row.element("td", ["class": "speaker"], text: quote.speaker ?? "unnamed")
                                row.element("td", ["class": "text"]) {
                                    $0.element(
                                        "button", ["type": "button", "class": "link quote-pick", "data-q": "\(q)"],
                                        text: "“" + quote.text + "”")
                                }
                                for (s, source) in report.sources.enumerated() {
                                    let coverage = quote.coverage(of: source.id)
                                    quoteCell(coverage, quote: q, source: s, sources: sources, into: &row)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func quoteCell(
        _ coverage: CoverageReport.Quote.Coverage?, quote: Int, source: Int, sources: SourceLabels,
        into row: inout HTMLPage
    ) {
        let status = coverage?.status ?? .absent
        row.element(
            "td",
            [
                "class": "cell st-\(status.rawValue)", "tabindex": "0", "data-q": "\(quote)", "data-src": "\(source)",
                "data-label": sources.letter(source),
                "aria-label": "\(sources.name(source)): \(status.rawValue)",
            ]
        ) { cell in
            cell.element("span", ["class": "ico", "aria-hidden": "true"], text: Self.icon(status))
            cell.text(status.rawValue)
            cell.element("span", ["class": "tip", "role": "tooltip"]) { tip in
                if let span = coverage?.span, status != .absent {
                    tip.text("“" + span.text + "”")
                    tip.element(
                        "cite", text: "\(sources.name(source)), characters \(span.start)–\(span.end)")
                } else {
                    tip.text("Not carried by \(sources.name(source)).")
                }
            }
        }
    }

    func factMatrix(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        page.element("section", ["id": "facts", "aria-labelledby": "facts-title"]) { section in
            section.element("h2", ["id": "facts-title"], text: "Facts")
            guard !report.facts.isEmpty else {
                section.element("p", text: "No names, numbers or dates found.")
                return
            }
            section.element(
                "p", ["class": "note"],
                text: "People, places, organisations, numbers and dates, aliases merged. ✓ present (with the "
                    + "number of mentions), — absent. Hover or focus a cell for the source’s own wording.")
            section.element("div", ["class": "scroll-x"]) { wrap in
                wrap.element("table", ["class": "matrix facts cards"]) { table in
                    matrixHead(["Kind", "Fact"], sources: sources, into: &table)
                    table.element("tbody") { body in
                        let order = CoverageReport.Fact.Kind.allCases
                        let sorted = report.facts.enumerated().sorted {
                            let left = order.firstIndex(of: $0.element.kind) ?? 0
                            let right = order.firstIndex(of: $1.element.kind) ?? 0
                            return left != right ? left < right : $0.offset < $1.offset
                        }
                        for (f, fact) in sorted {
                            let everywhere = fact.coverage.allSatisfy { $0.status == .present }
                            body.element("tr", ["data-f": "\(f)", "class": everywhere ? "all-present" : nil]) { row in
                                row.element("td", ["class": "kind"], text: fact.kind.rawValue)
                                row.element("td", ["class": "text"]) {
                                    $0.element(
                                        "button", ["type": "button", "class": "link fact-pick", "data-f": "\(f)"],
                                        text: fact.value)
                                }
                                for (s, source) in report.sources.enumerated() {
                                    factCell(
                                        fact.coverage(of: source.id), fact: f, source: s, sources: sources, into: &row)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func factCell(
        _ coverage: CoverageReport.Fact.Coverage?, fact: Int, source: Int, sources: SourceLabels,
        into row: inout HTMLPage
    ) {
        let mentions = coverage?.mentions ?? []
        let present = !mentions.isEmpty
        row.element(
            "td",
            [
                "class": "cell st-\(present ? "present" : "absent")", "tabindex": "0", "data-f": "\(fact)",
                "data-src": "\(source)", "data-label": sources.letter(source),
                "aria-label":
                    "\(sources.name(source)): \(present ? "present, \(mentions.count) mention\(mentions.count == 1 ? "" : "s")" : "absent")",
            ]
        ) { cell in
            cell.element("span", ["class": "ico", "aria-hidden": "true"], text: present ? "✓" : "—")
            cell.text(present ? "\(mentions.count)×" : "absent")
            cell.element("span", ["class": "tip", "role": "tooltip"]) { tip in
                if present {
                    var seen = Set<String>()
                    let wordings = mentions.map(\.text).filter { seen.insert($0).inserted }
                    tip.text(wordings.map { "“" + $0 + "”" }.joined(separator: ", "))
                    tip.element(
                        "cite",
                        text: "\(sources.name(source)), \(mentions.count) mention\(mentions.count == 1 ? "" : "s")")
                } else {
                    tip.text("Not mentioned by \(sources.name(source)).")
                }
            }
        }
    }

    func matrixHead(_ leading: [String], sources: SourceLabels, into table: inout HTMLPage) {
        table.element("thead") {
            $0.element("tr") { row in
                for name in leading { row.element("th", ["scope": "col"], text: name) }
                for index in 0..<sources.count {
                    row.element(
                        "th", ["scope": "col", "class": "src", "title": sources.name(index)], text: sources.name(index))
                }
            }
        }
    }
}
