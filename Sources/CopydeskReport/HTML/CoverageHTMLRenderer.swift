public import CopydeskCompare
public import CopydeskText

/// Renders a `CoverageReport` as one self-contained HTML page a reader opens in a browser:
/// the sources, an overview of shared and unique content, the quote and fact matrices, and the
/// texts side by side with aligned sentences highlighted and linked.
///
/// The page walks the report and appends markup to a string; every piece of article text goes
/// through one escape (`String.htmlEscaped()`). Style and script are inlined, the data the
/// script needs sits in a `<script type="application/json">` block, and a Content-Security-Policy
/// allows exactly those inline blocks (by hash) and nothing from the network.
///
/// ```swift
/// let html = CoverageHTMLRenderer().render(report, articles: articles)
/// ```
public struct CoverageHTMLRenderer: Sendable {
    /// A renderer; it keeps no state between reports.
    public init() {}

    /// The page for `report`.
    ///
    /// - Parameters:
    ///   - report: what `CoverageComparer` found.
    ///   - articles: the compared articles in the report's order; their text fills the reading
    ///     panes (offsets in the report count Unicode scalars of `Article.text`).
    ///     When they do not match the report, the panes show the report's sentences instead.
    public func render(_ report: CoverageReport, articles: [Article]) -> String {
        let sources = SourceLabels(report.sources)
        var page = HTMLPage()
        page.markup(Self.patterns)
        page.element("main") { main in
            header(report, into: &main)
            // The answers come first: a reader wants the verdict before the inventory, and on a
            // phone before the table of sources (the verdict names sources by outlet or file).
            answersPlace(report, sources: sources, into: &main)
            sourcesTable(report, articles: articles, sources: sources, into: &main)
            toolbar(report, into: &main)
            overview(report, sources: sources, into: &main)
            quoteMatrix(report, sources: sources, into: &main)
            readingPanes(report, articles: articles, sources: sources, into: &main)
            // The fact table is long; it comes last so the texts are one screen from the quotes.
            factMatrix(report, sources: sources, into: &main)
        }
        let title = "Coverage: " + (report.sources.first?.title ?? "\(report.sources.count) sources")
        return HTMLPage.document(
            title: title, style: HTMLResources.pageStyle + HTMLResources.coverageStyle,
            script: HTMLResources.wordDiffScript + HTMLResources.coverageScript,
            data: CoverageViewerData.json(report, sources: sources), body: page.body)
    }

    // MARK: The answers' place

    /// Where the editor's answers (verdict, omissions, exclusives, voices, conflicts, framing)
    /// sit: right under the header, above the toolbar and the inventory, so on a phone the
    /// verdict is the first screen (`CoverageHTMLRenderer+Answers.swift`).
    func answersPlace(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        answers(report, sources: sources, into: &page)
    }

    // MARK: Header

    func header(_ report: CoverageReport, into page: inout HTMLPage) {
        page.element("header", ["id": "top"]) { header in
            header.element("h1", text: report.sources.first?.title ?? "Coverage comparison")
            header.element(
                "p", ["class": "lede"],
                text: "How \(report.sources.count) sources covered this story: \(report.quotes.count) quotations, "
                    + "\(report.facts.count) facts, \(report.sentences.count) sentences aligned. Compared by copydesk.")
        }
    }

    /// Who each letter is: outlet, title, byline, date, credit, length and link of every source.
    func sourcesTable(_ report: CoverageReport, articles: [Article], sources: SourceLabels, into page: inout HTMLPage) {
        page.element("section", ["id": "sources", "aria-label": "Sources"]) { header in
            header.element("div", ["class": "scroll-x"]) { wrap in
                wrap.element("table", ["class": "sources cards"]) { table in
                    table.element("thead") {
                        $0.element("tr") { row in
                            // The letter column needs a header a screen reader can say.
                            row.element("th", ["scope": "col"]) {
                                $0.element("span", ["class": "vh"], text: "Source")
                            }
                            for name in ["Outlet", "Title", "Byline", "Published", "Credit"] {
                                row.element("th", ["scope": "col"], text: name)
                            }
                            row.element("th", ["scope": "col", "class": "num"], text: "Words")
                            row.element("th", ["scope": "col"], text: "Link")
                        }
                    }
                    table.element("tbody") { body in
                        for (index, source) in report.sources.enumerated() {
                            let article = articles.count == report.sources.count ? articles[index] : nil
                            body.element("tr") { row in
                                // data-label names each cell when a narrow screen lays the row out as a card.
                                row.element("td", ["class": "letter"], text: sources.letter(index))
                                row.element("td", ["class": "outlet"], text: source.outlet ?? "—")
                                row.element("td", ["class": "title", "data-label": "Title"], text: source.title ?? "—")
                                row.element("td", ["data-label": "Byline"], text: source.byline ?? "—")
                                row.element("td", ["data-label": "Published"], text: source.published ?? "—")
                                row.element("td", ["data-label": "Credit"], text: source.credit ?? "—")
                                row.element("td", ["class": "num", "data-label": "Words"], text: "\(source.words)")
                                row.element("td", ["data-label": "Link"]) { cell in
                                    if let link = Self.webLink(article?.url ?? source.input) {
                                        cell.element(
                                            "a", ["class": "ext", "href": link, "rel": "noopener noreferrer"],
                                            text: Self.shortLink(link))
                                    } else {
                                        cell.element("span", ["class": "note"], text: source.input)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func toolbar(_ report: CoverageReport, into page: inout HTMLPage) {
        page.element("div", ["class": "toolbar", "role": "navigation", "aria-label": "Sections"]) { bar in
            bar.element("nav") { nav in
                nav.element("a", ["href": "#overview"], text: "Overview")
                nav.element("a", ["href": "#quotes"], text: "Quotes (\(report.quotes.count))")
                nav.element("a", ["href": "#reading"], text: "Side by side")
                nav.element("a", ["href": "#facts"], text: "Facts (\(report.facts.count))")
            }
            bar.element("label") {
                $0.open("input", ["type": "checkbox", "id": "filter-quotes"])
                $0.text(" Only quotes")
            }
            bar.element("label") {
                $0.open("input", ["type": "checkbox", "id": "filter-verbatim"])
                $0.text(" Hide verbatim")
            }
        }
    }

    // MARK: Overview

    func overview(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        page.element("section", ["id": "overview", "aria-labelledby": "overview-title"]) { section in
            section.element("h2", ["id": "overview-title"], text: "Overview")
            section.element(
                "p", ["class": "formula"],
                text: "How the bars are counted: " + CoverageReport.contentFormula + ". Copied words, a separate figure: "
                    + CoverageReport.summaryFormula + ".")
            section.element("ul", ["class": "legend", "aria-label": "Bars"]) { legend in
                legend.element("li") {
                    $0.element("span", ["class": "swatch key-shared"], text: "■ carried")
                    $0.text(" sentences another source also reports (verbatim, edited or in its own words)")
                }
                legend.element("li") {
                    $0.element("span", ["class": "swatch key-unique"], text: "□ no counterpart")
                    $0.text(" sentences found nowhere else")
                }
                legend.element("li") {
                    $0.text(
                        "Thin bar: sentences by their best match (verbatim, edited, paraphrase, unique; see the legend of the texts)"
                    )
                }
            }
            section.element("div", ["class": "overview"]) { grid in
                for (index, entry) in report.summary.enumerated() {
                    let shared = max(0, min(1, 1 - entry.noCounterpart))
                    grid.element("div", ["class": "label"], text: sources.name(index))
                    grid.element("div") { cell in
                        cell.open(
                            "svg",
                            [
                                "class": "bar", "viewBox": "0 0 1000 22", "preserveAspectRatio": "none", "role": "img",
                                "aria-label":
                                    "\(Figures.wholePercent(shared)) of sentences carried elsewhere, \(Figures.wholePercent(entry.noCounterpart)) with no counterpart",
                            ])
                        let width = Int((shared * 1000).rounded())
                        cell.element(
                            "rect", ["class": "shared", "x": "0", "y": "0", "width": "\(width)", "height": "22"]
                        ) {
                            $0.element("title", text: "sentences with a counterpart in another source: \(Figures.wholePercent(shared))")
                        }
                        cell.element(
                            "rect",
                            ["class": "unique", "x": "\(width)", "y": "0", "width": "\(1000 - width)", "height": "22"]
                        ) { $0.element("title", text: "sentences with no counterpart: \(Figures.wholePercent(entry.noCounterpart))") }
                        cell.close("svg")
                        tallyBar(entry, into: &cell)
                        let carried = entry.counterpartsIn.compactMap { share -> String? in
                            guard let other = sources.index(of: share.source) else { return nil }
                            return "by \(sources.letter(other)) \(Figures.wholePercent(share.share))"
                        }
                        let shares = entry.sharedWith.compactMap { share -> String? in
                            guard let other = sources.index(of: share.source) else { return nil }
                            return "with \(sources.letter(other)) \(Figures.wholePercent(share.share))"
                        }
                        let words = report.sources.indices.contains(index) ? report.sources[index].words : 0
                        cell.element(
                            "div", ["class": "figures"],
                            text: "\(Figures.wholePercent(shared)) of sentences carried elsewhere ("
                                + carried.joined(separator: ", ") + ") · \(Figures.wholePercent(entry.noCounterpart)) no counterpart · "
                                + Self.tallyText(entry) + " — copied words: shared " + shares.joined(separator: ", ")
                                + ", own words \(Figures.wholePercent(entry.unique)) of \(words)")
                    }
                }
            }
            if report.sources.count >= 3 { similarityMatrix(report, sources: sources, into: &section) }
        }
    }

    /// A thin bar of the source's sentences by their strongest match, patterned so the classes
    /// differ without colour too.
    func tallyBar(_ entry: CoverageReport.SourceSummary, into page: inout HTMLPage) {
        let total = max(1, entry.sentenceMatches.values.reduce(0, +))
        page.open(
            "svg",
            ["class": "bar tally", "viewBox": "0 0 1000 12", "preserveAspectRatio": "none", "aria-hidden": "true"])
        var x = 0
        for match in CoverageReport.Match.allCases {
            let count = entry.sentenceMatches[match] ?? 0
            guard count > 0 else { continue }
            let width = Int((Double(count) / Double(total) * 1000).rounded())
            let className = match == .unique ? "only" : match.rawValue
            page.element("rect", ["class": className, "x": "\(x)", "y": "0", "width": "\(width)", "height": "12"]) {
                $0.element("title", text: "\(count) \(match.rawValue)")
            }
            x += width
        }
        page.element("rect", ["class": "frame", "x": "0", "y": "0", "width": "1000", "height": "12"], text: "")
        page.close("svg")
    }

    func similarityMatrix(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        page.element("h3", text: "Similarity matrix")
        page.element(
            "p", ["class": "note"],
            text: "Row S, column T: the share of S’s words inside passages S shares with T. "
                + "Click a figure to read that pair side by side.")
        page.element("div", ["class": "scroll-x"]) { wrap in
            wrap.element("table", ["class": "matrix-similarity cards"]) { table in
                table.element("thead") {
                    $0.element("tr") { row in
                        row.element("th", ["scope": "col"], text: "Share of ↓ in →")
                        for index in report.sources.indices {
                            row.element(
                                "th", ["scope": "col", "title": sources.name(index)], text: sources.letter(index))
                        }
                    }
                }
                table.element("tbody") { body in
                    for (row, entry) in report.summary.enumerated() {
                        body.element("tr") { line in
                            line.element("th", ["scope": "row"], text: sources.name(row))
                            for column in report.sources.indices {
                                if column == row {
                                    line.element("td", ["class": "self", "data-label": sources.letter(column)], text: "—")
                                    continue
                                }
                                let share =
                                    entry.sharedWith.first { $0.source == report.sources[column].id }?.share ?? 0
                                let bucket = min(4, Int(share * 5))
                                line.element(
                                    "td", ["class": "heat heat-\(bucket)", "data-label": sources.letter(column)]
                                ) { cell in
                                    cell.element(
                                        "button",
                                        [
                                            "type": "button", "class": "pair", "data-pair": "\(row),\(column)",
                                            "title":
                                                "\(sources.name(row)) shares \(Figures.wholePercent(share)) with \(sources.name(column))",
                                        ], text: Figures.wholePercent(share))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: Formatting


    static func tallyText(_ entry: CoverageReport.SourceSummary) -> String {
        let parts = CoverageReport.Match.allCases.compactMap { match -> String? in
            guard let count = entry.sentenceMatches[match], count > 0 else { return nil }
            return "\(count) \(match.rawValue)"
        }
        return "sentences: " + parts.joined(separator: ", ")
    }

    /// Only web addresses become links: a `javascript:` or `data:` "URL" from a page is shown as
    /// text, never followed.
    static func webLink(_ candidate: String?) -> String? {
        guard let raw = candidate else { return nil }
        let candidate = String(raw.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let lower = candidate.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !candidate.unicodeScalars.contains(where: { $0.value < 0x21 }) else { return nil }
        return candidate
    }

    static func shortLink(_ link: String) -> String {
        let host = link.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: true).dropFirst().first
        return host.map(String.init) ?? link
    }

    /// Three kinds of stripe, shared by every bar on the page.
    static let patterns: StaticString = """
        <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>\
        <pattern id="pat-edited" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#e69f00" fill-opacity="0.45"/><rect width="3" height="6" fill="#e69f00"/></pattern>\
        <pattern id="pat-paraphrase" width="6" height="6" patternUnits="userSpaceOnUse">\
        <rect width="6" height="6" fill="#56b4e9" fill-opacity="0.45"/><circle cx="3" cy="3" r="1.8" fill="#56b4e9"/></pattern>\
        </defs></svg>
        """
}
