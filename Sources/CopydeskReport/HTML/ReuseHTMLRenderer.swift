public import CopydeskDedup

/// Renders a reused-passage search as one self-contained HTML page: the totals, then each group
/// of copies of one text, most copied first, with its earliest document and the passage as it
/// prints it, and every aligned pair of copies side by side.
///
/// The page is static markup (no script runs), every piece of article text through the one
/// escape, under the same Content Security Policy as the other reports. Bounded: at most
/// ``maximumGroups`` groups, ``maximumPairs`` pairs each, ``maximumCharacters`` per passage.
public struct ReuseHTMLRenderer: Sendable {
    /// Groups shown at most, most copied first.
    public var maximumGroups = 500
    /// Aligned pairs shown at most per group.
    public var maximumPairs = 40
    /// Characters of one passage shown at most.
    public var maximumCharacters = 4_000

    /// A renderer with the default bounds.
    public init() {}

    /// The page for `result`.
    public func render(_ result: ReuseResult) -> String {
        let groups = ReuseGroupView.groups(result).sorted {
            ($1.documents.count, $0.number) < ($0.documents.count, $1.number)
        }
        var page = HTMLPage()
        page.element("main") { main in
            main.element("header", ["id": "top"]) { header in
                header.element(
                    "h1", text: "Reused passages: \(groups.count) in \(result.documents.count) documents")
                let failures = result.documents.filter { $0.text == nil }.count
                header.element(
                    "p", ["class": "lede"],
                    text: "\(result.passages.count) aligned pairs of passages"
                        + (failures > 0 ? "; \(failures) items could not be read." : ".")
                        + " Found by copydesk reuse; offsets are Unicode scalars into each document's text.")
                for warning in result.warnings { header.element("p", ["class": "note"], text: warning) }
            }
            if groups.count > maximumGroups {
                main.element(
                    "p", ["class": "note"],
                    text: "The \(maximumGroups) most copied passages are shown; --format jsonl lists all \(groups.count).")
            }
            for group in groups.prefix(maximumGroups) { section(group, result, into: &main) }
            let failed = result.documents.filter { $0.text == nil }
            if !failed.isEmpty {
                main.element("section", ["id": "unreadable"]) { section in
                    section.element("h2", text: "Could not be read")
                    section.element("ul") { list in
                        for document in failed {
                            list.element("li", text: "\(document.name) (\(document.source)): \(document.error ?? "")")
                        }
                    }
                }
            }
        }
        return HTMLPage.document(
            title: "Reused passages", style: HTMLResources.pageStyle + Self.style, script: "", data: "{}",
            body: page.body)
    }

    private func section(_ group: ReuseGroupView, _ result: ReuseResult, into main: inout HTMLPage) {
        main.element("section", ["class": "reuse-group", "id": "passage-\(group.number)"]) { section in
            let first = result.documents[group.earliest]
            section.element(
                "h2", text: "Passage \(group.number): in \(group.documents.count) documents, \(group.pairs.count) aligned pairs")
            section.element("p", ["class": "lede"]) { lede in
                lede.text("Earliest: ")
                lede.element("strong", text: first.name)
                let about = [first.outlet, first.published, first.title].compactMap { $0 }
                if !about.isEmpty { lede.text(" — " + about.joined(separator: ", ")) }
            }
            if let span = group.span(result), let text = first.text {
                section.element("blockquote", ["class": "reuse-original"], text: clipped(text, span))
            }
            if group.pairs.count > maximumPairs {
                section.element(
                    "p", ["class": "note"], text: "The first \(maximumPairs) of \(group.pairs.count) aligned pairs are shown.")
            }
            for index in group.pairs.prefix(maximumPairs) {
                let passage = result.passages[index]
                section.element("div", ["class": "reuse-pair"]) { pair in
                    side(result.documents[passage.a], passage.aScalars, into: &pair)
                    side(result.documents[passage.b], passage.bScalars, into: &pair)
                    pair.element(
                        "p", ["class": "note reuse-similarity"],
                        text: "similarity \(JSONWriter.format(passage.similarity, digits: 3)), \(passage.aWords) and \(passage.bWords) words")
                }
            }
        }
    }

    private func side(_ document: ReuseDocument, _ span: Range<Int>, into pair: inout HTMLPage) {
        pair.element("div", ["class": "reuse-side"]) { side in
            let about = [document.outlet, document.published].compactMap { $0 }
            side.element(
                "p", ["class": "note"],
                text: document.name + (about.isEmpty ? "" : " — " + about.joined(separator: ", "))
                    + " [\(span.lowerBound)–\(span.upperBound)]")
            side.element("p", ["class": "reuse-text"], text: document.text.map { clipped($0, span) } ?? "")
        }
    }

    private func clipped(_ text: String, _ span: Range<Int>) -> String {
        let slice = ScalarSlice.text(text, span, limit: maximumCharacters)
        return span.count > maximumCharacters ? slice + " …" : slice
    }

    static let style = """
        .reuse-group { margin-bottom: 1.5rem; }
        .reuse-original { margin: .4rem 0 .8rem; padding: .5rem .8rem; border-left: 4px solid var(--accent); background: var(--panel); white-space: pre-wrap; }
        .reuse-pair { display: grid; grid-template-columns: 1fr 1fr; gap: .4rem 1rem; padding: .5rem 0; border-top: 1px solid var(--rule); }
        .reuse-side { min-width: 0; }
        .reuse-text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .reuse-similarity { grid-column: 1 / -1; margin: 0; }
        """
}
