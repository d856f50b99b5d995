public import CopydeskDedup

/// Renders a dedup run as one self-contained HTML page: the totals, the outlets that reprint
/// most, the unreadable inputs, and every cluster of two documents or more, largest first, with
/// its representative and members (outlet, date, relation, similarity) and, on click, a member's
/// word-level diff against the representative.
///
/// The clusters themselves are drawn by the page's script from the JSON data block, a screenful
/// at a time as the reader scrolls or searches, so a run of 10,000 clusters opens at once. The
/// totals and lists around them are written here, through the one escape.
///
/// Texts for the diffs are embedded within a budget (``textBudget`` characters in all, at most
/// ``textLimit`` per document), largest clusters first; a cluster past the budget lists its
/// members without diffs and says why.
public struct DedupHTMLRenderer: Sendable {
    /// Characters of one document's text embedded at most (its head; the page says when cut).
    public var textLimit = 20_000
    /// Characters of text embedded in all, so a report of a large archive stays a file a
    /// browser opens (about 8 MB of text: some 2,000 news articles).
    public var textBudget = 8_000_000

    /// A renderer with the default text budget.
    public init() {}

    /// The clusters of two documents or more, largest first (then by number): the representative
    /// first, then the members by similarity, highest first.
    public static func clusters(_ result: DedupResult) -> [[Int]] {
        var members: [Int: [Int]] = [:]
        for (index, assignment) in result.assignments.enumerated() {
            guard let assignment else { continue }
            members[assignment.cluster, default: []].append(index)
        }
        var clusters: [(number: Int, entries: [Int])] = []
        for (number, entries) in members where entries.count > 1 {
            let ordered = entries.sorted { a, b in
                let x = result.assignments[a]
                let y = result.assignments[b]
                let xRep = x?.relation == nil
                let yRep = y?.relation == nil
                if xRep != yRep { return xRep }
                let xs = x?.similarity ?? 0
                let ys = y?.similarity ?? 0
                return xs != ys ? xs > ys : a < b
            }
            clusters.append((number, ordered))
        }
        clusters.sort {
            $0.entries.count != $1.entries.count ? $0.entries.count > $1.entries.count : $0.number < $1.number
        }
        return clusters.map(\.entries)
    }

    /// The entries whose texts the page embeds, within the budget: cluster by cluster, largest
    /// first, a cluster's texts all or none.
    public func textsWanted(_ result: DedupResult) -> [Int] {
        var wanted: [Int] = []
        var spent = 0
        for cluster in Self.clusters(result) {
            // The catalog counts UTF-8 bytes; characters are fewer, so this errs on the safe side.
            let cost = cluster.reduce(0) { $0 + min(result.catalog.entries[$1].length, textLimit) }
            if spent + cost > textBudget { break }
            spent += cost
            wanted += cluster
        }
        return wanted
    }

    /// The page.
    /// - Parameters:
    ///   - result: the dedup run.
    ///   - texts: article texts by catalog entry (from `ClusterTexts`); entries missing here
    ///     are listed without a diff.
    ///   - textNote: why texts are missing, when they are (standard input cannot be read twice …).
    public func render(_ result: DedupResult, texts: [Int: String], textNote: String? = nil) -> String {
        let summary = DedupSummary(result, top: 15)
        let clusters = Self.clusters(result)
        var page = HTMLPage()
        page.element("main") { main in
            main.element("header", ["id": "top"]) { header in
                header.element(
                    "h1",
                    text:
                        "Reprinted copy: \(Self.count(summary.clusters, "cluster")) in \(Self.count(summary.documents, "document"))"
                )
                header.element(
                    "p", ["class": "lede"],
                    text:
                        "\(Self.count(summary.duplicates, "document")) reprint another; \(summary.unique) found nowhere else"
                        + (summary.failures > 0 ? "; \(summary.failures) could not be read." : ".")
                        + " Found by copydesk dedup.")
            }
            totals(summary, result: result, into: &main)
            main.element("section", ["id": "clusters", "aria-labelledby": "clusters-title"]) { section in
                section.element("h2", ["id": "clusters-title"], text: "Clusters, largest first")
                legend(into: &section)
                section.element("div", ["class": "controls"]) { controls in
                    controls.element("label", ["for": "search"], text: "Search")
                    controls.open(
                        "input",
                        [
                            "type": "search", "id": "search", "placeholder": "outlet, title, id or words of the text",
                            "autocomplete": "off", "spellcheck": "false",
                        ])
                    controls.element("span", ["id": "count", "class": "note", "aria-live": "polite"], text: "")
                    controls.element("span", ["class": "keys"]) { keys in
                        keys.element("kbd", text: "/")
                        keys.text(" search  ")
                        keys.element("kbd", text: "j")
                        keys.element("kbd", text: "k")
                        keys.text(" next / previous cluster  ")
                        keys.element("kbd", text: "Enter")
                        keys.text(" diff of the focused member")
                    }
                }
                let note =
                    textNote
                    ?? (texts.count < clusters.reduce(0, { $0 + $1.count })
                        ? "Texts for the diffs are embedded for the largest clusters up to \(textBudget / 1_000_000) million characters; smaller clusters list their members without diffs."
                        : nil)
                if let note { section.element("p", ["class": "note"], text: note) }
                section.element("div", ["id": "cluster-list", "class": "cluster-list"]) { list in
                    list.element("p", ["class": "note"], text: "Loading the clusters…")
                }
                section.element("div", ["id": "more", "class": "more"], text: "")
            }
            failures(result, into: &main)
        }
        let title = "Dedup: \(Self.count(summary.clusters, "cluster")) in \(Self.count(summary.documents, "document"))"
        return HTMLPage.document(
            title: title, style: HTMLResources.pageStyle + HTMLResources.clustersStyle,
            script: HTMLResources.wordDiffScript + HTMLResources.clustersScript,
            data: ClusterViewerData.json(result, clusters: clusters, texts: texts, limit: textLimit), body: page.body)
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    func totals(_ summary: DedupSummary, result: DedupResult, into page: inout HTMLPage) {
        page.element("section", ["id": "totals", "aria-labelledby": "totals-title"]) { section in
            section.element("h2", ["id": "totals-title"], text: "Totals")
            section.element("div", ["class": "overview-grid"]) { grid in
                totalsList(summary, result: result, into: &grid)
                outletTable(summary, into: &grid)
            }
        }
    }

    func totalsList(_ summary: DedupSummary, result: DedupResult, into section: inout HTMLPage) {
        section.element("div") { section in
            section.element("dl", ["class": "totals"]) { list in
                for (name, value) in [
                    ("documents", summary.documents), ("clusters of reprints", summary.clusters),
                    ("reprints", summary.duplicates), ("unique", summary.unique), ("unreadable", summary.failures),
                ] {
                    list.element("div") {
                        $0.element("dt", text: name)
                        $0.element("dd", text: "\(value)")
                    }
                }
            }
            if !result.skipped.isEmpty {
                let parts = result.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                section.element("p", ["class": "note"], text: "Skipped WARC records: " + parts.joined(separator: ", "))
            }
        }
    }

    func outletTable(_ summary: DedupSummary, into section: inout HTMLPage) {
        section.element("div") { section in
            guard !summary.outlets.isEmpty else { return }
            section.element("h3", ["class": "flush"], text: "Outlets that reprint most")
            section.element("table", ["class": "outlets cards"]) { table in
                table.element("thead") {
                    $0.element("tr") { row in
                        row.element("th", ["scope": "col"], text: "Outlet")
                        row.element("th", ["scope": "col", "class": "num"], text: "Reprints")
                        row.element("th", ["scope": "col", "class": "num"], text: "Documents")
                        row.element("th", ["scope": "col"], text: "Share reprinted")
                    }
                }
                table.element("tbody") { body in
                    for outlet in summary.outlets {
                        let share = Double(outlet.reprints) / Double(max(1, outlet.documents))
                        body.element("tr") { row in
                            // data-label names each figure when a narrow screen shows the row as a card.
                            row.element("td", ["class": "outlet"], text: outlet.name)
                            row.element("td", ["class": "num", "data-label": "Reprints"], text: "\(outlet.reprints)")
                            row.element("td", ["class": "num", "data-label": "Documents"], text: "\(outlet.documents)")
                            row.element("td", ["class": "share"]) { cell in
                                cell.element("meter", ["min": "0", "max": "1", "value": "\(share)"], text: "")
                                cell.text(" \(Int((share * 100).rounded()))%")
                            }
                        }
                    }
                }
            }
        }
    }

    func legend(into page: inout HTMLPage) {
        page.element("ul", ["class": "legend", "aria-label": "Relations"]) { legend in
            let items: [(String, String, String)] = [
                ("representative", "★", "the original: earliest published, then the longest"),
                ("identical", "=", "the same words"), ("near_duplicate", "≈", "mostly the same words (Jaccard)"),
                ("contained", "⊂", "a truncated reprint: most of it is in the original"),
                ("contains", "⊃", "an extended reprint: most of the original is in it"),
            ]
            for (name, icon, meaning) in items {
                legend.element("li") { item in
                    item.element("span", ["class": "rel rel-\(name)"]) {
                        $0.element("span", ["class": "ico", "aria-hidden": "true"], text: icon)
                        $0.text(" " + name.split(separator: "_").joined(separator: " "))
                    }
                    item.text(" " + meaning)
                }
            }
            legend.element("li") { item in
                item.element("del", text: "removed")
                item.text(" / ")
                item.element("ins", text: "added")
                item.text(" words of a member against the representative")
            }
        }
    }

    func failures(_ result: DedupResult, into page: inout HTMLPage) {
        let failed = result.catalog.entries.filter { !$0.isDocument }
        guard !failed.isEmpty else { return }
        page.element("section", ["id": "unreadable", "aria-labelledby": "unreadable-title"]) { section in
            section.element("h2", ["id": "unreadable-title"], text: "Could not be read (\(failed.count))")
            section.element("ul", ["class": "failures"]) { list in
                for entry in failed.prefix(1000) {
                    list.element("li") { item in
                        item.element("code", text: entry.id.map { "\($0) (\(entry.source))" } ?? entry.source)
                        item.text(": " + (entry.error ?? "unreadable"))
                    }
                }
            }
            if failed.count > 1000 {
                section.element(
                    "p", ["class": "note"], text: "\(failed.count - 1000) more are listed by --format jsonl or csv.")
            }
        }
    }
}
