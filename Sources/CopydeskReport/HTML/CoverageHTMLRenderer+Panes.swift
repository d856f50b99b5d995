import CopydeskCompare
import CopydeskText

/// The texts side by side: two panes, any two sources, aligned sentences highlighted by class.
extension CoverageHTMLRenderer {
    static let matchMeanings: [(CoverageReport.Match, String)] = [
        (.verbatim, "word for word"), (.edited, "minor changes"), (.paraphrase, "same content, other words"),
        (.unique, "not in the other text"),
    ]

    func readingPanes(_ report: CoverageReport, articles: [Article], sources: SourceLabels, into page: inout HTMLPage) {
        page.element("section", ["id": "reading", "aria-labelledby": "reading-title"]) { section in
            section.element("h2", ["id": "reading-title"], text: "Side by side")
            section.element("div", ["class": "controls"]) { controls in
                controls.element("label", ["class": "sync"]) {
                    $0.open("input", ["type": "checkbox", "id": "sync-scroll", "checked": ""])
                    $0.text(" Scroll together")
                }
                controls.element("ul", ["class": "legend", "aria-label": "Sentence classes"]) { legend in
                    for (match, meaning) in Self.matchMeanings {
                        legend.element("li") { item in
                            item.element("span", ["class": "swatch m-\(match.rawValue)"]) {
                                $0.element("span", ["class": "ico", "aria-hidden": "true"], text: Self.icon(match))
                                $0.text(" " + match.rawValue)
                            }
                            item.text(" " + meaning)
                        }
                    }
                    legend.element("li") { item in
                        item.element("span", ["class": "swatch m-edited"]) {
                            $0.element("span", ["class": "w dw"], text: "word")
                        }
                        item.text(" differs from the other text (edited sentences)")
                    }
                    legend.element("li") { item in
                        item.element("span", ["class": "swatch m-paraphrase"]) {
                            $0.element("span", ["class": "gw"], text: "word")
                        }
                        item.text(" a paraphrase was matched on (listed when you select it)")
                    }
                }
            }
            section.element("div", ["class": "panes"]) { panes in
                for (side, chosen) in [("left", 0), ("right", 1)] {
                    panes.element("div", ["class": "pane-wrap pane-wrap-\(side)"]) { wrap in
                        wrap.element("div", ["class": "pane-head", "id": "head-\(side)"]) { head in
                            // On a narrow screen one pane shows: the left one is read, the right one's
                            // choice says what its classes are against (the CSS swaps the words).
                            head.element("label", ["for": "pick-\(side)"]) { label in
                                label.element("span", ["class": "wide-only"], text: side == "left" ? "Left" : "Right")
                                label.element(
                                    "span", ["class": "narrow-only"], text: side == "left" ? "Reading" : "Compared with")
                            }
                            head.element("select", ["id": "pick-\(side)", "data-side": side]) { select in
                                for index in 0..<sources.count {
                                    select.element(
                                        "option", ["value": "\(index)", "selected": index == chosen ? "" : nil],
                                        text: sources.name(index) + sources.titles[index])
                                }
                            }
                        }
                        wrap.element(
                            "div",
                            [
                                "class": "pane", "id": "pane-\(side)", "tabindex": "0", "role": "region",
                                "aria-label": "\(side == "left" ? "Left" : "Right") text",
                            ]
                        ) { pane in
                            text(
                                chosen, partner: 1 - chosen, report: report, articles: articles, sources: sources,
                                into: &pane)
                        }
                    }
                }
            }
            section.element("div", ["class": "shelf", "id": "shelf", "aria-hidden": "true"]) { shelf in
                for index in 2..<max(2, sources.count) {
                    text(index, partner: 0, report: report, articles: articles, sources: sources, into: &shelf)
                }
            }
            section.element("div", ["class": "info", "id": "info", "aria-live": "polite"]) {
                $0.text("Click a sentence, a quote or a fact to see where each source carries it.")
            }
            section.element("p", ["class": "keys"]) { keys in
                keys.text("Keys in a pane: ")
                for (key, meaning) in [
                    ("↓", "next sentence"), ("↑", "previous"), ("n", "next difference"), ("p", "previous difference"),
                    ("Enter", "show counterparts"), ("Esc", "clear"), ("←/→", "other pane"),
                ] {
                    keys.element("kbd", text: key)
                    keys.text(" " + meaning + "  ")
                }
            }
        }
    }

    /// One source's text as an `<article>` for a pane, classes relative to `partner`.
    func text(
        _ index: Int, partner: Int, report: CoverageReport, articles: [Article], sources: SourceLabels,
        into page: inout HTMLPage
    ) {
        let id = report.sources[index].id
        let sentences = report.sentences.filter { $0.source == id }
        var marks: [MarkedText.Mark] = []
        for (q, quote) in report.quotes.enumerated() {
            guard let coverage = quote.coverage(of: id), coverage.status != .absent, let span = coverage.span else {
                continue
            }
            marks.append(MarkedText.Mark(start: span.start, end: span.end, quote: q, fact: nil))
        }
        for (f, fact) in report.facts.enumerated() {
            for mention in fact.coverage(of: id)?.mentions ?? [] {
                marks.append(MarkedText.Mark(start: mention.start, end: mention.end, quote: nil, fact: f))
            }
        }
        let text =
            articles.count == report.sources.count ? articles[index].text : Self.placedText(sentences)
        let partnerID = report.sources.indices.contains(partner) && partner != index ? report.sources[partner].id : nil
        page.element("article", ["class": "text", "data-src": "\(index)"]) { article in
            article.element("div", ["class": "text-head"], text: sources.name(index) + sources.titles[index])
            let linked = Set(
                report.sentences.flatMap { other in
                    other.counterparts.filter { $0.source == id && !MatchGrounds.words($0, of: other).isEmpty }.map(\.index)
                })
            MarkedText(
                source: index, text: text, sentences: sentences, marks: marks, partner: partnerID, linked: linked
            )
            .render(into: &article)
        }
    }

    /// The sentences at their offsets, for a report rendered without its articles.
    static func placedText(_ sentences: [CoverageReport.AlignedSentence]) -> String {
        var scalars = [Unicode.Scalar](repeating: " ", count: sentences.map(\.end).max() ?? 0)
        for sentence in sentences {
            let text = Array(sentence.text.unicodeScalars)
            guard sentence.start >= 0, sentence.start + text.count <= scalars.count else { continue }
            scalars.replaceSubrange(sentence.start..<sentence.start + text.count, with: text)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
