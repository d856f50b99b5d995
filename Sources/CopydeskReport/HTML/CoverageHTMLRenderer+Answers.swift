import CopydeskCompare

/// The editor's answers as a compact section of the coverage page: the verdict in sentences,
/// then omissions, exclusives, voices, conflicts and framing, each a `<details>` block so the
/// section stays one screen on a phone until a reader opens one. Plain lists and short tables
/// only (no fixed widths); the layout around it is the page's. Every piece of data goes through
/// ``HTMLPage``'s escape.
extension CoverageHTMLRenderer {
    /// Items per list before "and N more" (the full lists are in the JSON report and Markdown).
    static let answerItems = 5

    func answers(_ report: CoverageReport, sources: SourceLabels, into page: inout HTMLPage) {
        let answers = report.answers
        func name(_ id: String) -> String { sources.index(of: id).map { sources.name($0) } ?? id }
        page.element("section", ["id": "answers", "class": "answers", "aria-labelledby": "answers-title"]) { section in
            section.element("h2", ["id": "answers-title"], text: "Verdict")
            section.element("ul", ["class": "verdict"]) { list in
                for sentence in answers.verdict.sentences { list.element("li", text: sentence) }
            }
            gaps(
                answers.omissions, title: "Omissions", lead: "Carried by others, not by", carriers: true, name: name,
                into: &section)
            gaps(answers.exclusives, title: "Exclusives", lead: "Only in", carriers: false, name: name, into: &section)

            section.element("details", ["class": "voices"]) { details in
                details.element("summary", text: "Voices (\(answers.voices.count))")
                details.element("ul") { list in
                    for voice in answers.voices.prefix(Self.answerItems * 2) {
                        let counts = voice.quotes.filter { $0.count > 0 }.map { "\(name($0.source)) \($0.count)" }
                        list.element("li") {
                            $0.element("strong", text: voice.name)
                            $0.text(": " + counts.joined(separator: ", ") + (voice.onlyIn == nil ? "" : " — only here"))
                        }
                    }
                }
            }

            section.element("details", ["class": "conflicts", "open": answers.conflicts.isEmpty ? nil : "open"]) {
                details in
                details.element("summary", text: "Conflicts (\(answers.conflicts.count))")
                if answers.conflicts.isEmpty { details.element("p", text: "None found in aligned sentences.") }
                for conflict in answers.conflicts.prefix(Self.answerItems) {
                    details.element("div", ["class": "conflict"]) { block in
                        block.element("p") {
                            $0.element("strong", text: conflict.kind.rawValue + ": ")
                            $0.text(conflict.sides.map { "\($0.value) (\(name($0.source)))" }.joined(separator: " vs "))
                        }
                        block.element("ul") { list in
                            var shown = Set<String>()
                            for side in conflict.sides where shown.insert(side.value).inserted {
                                list.element("li") {
                                    $0.element(
                                        "span", ["class": "who"], text: "\(name(side.source)) #\(side.index + 1): ")
                                    $0.element("q", text: side.sentence)
                                }
                            }
                        }
                    }
                }
            }

            let framing = answers.framing
            section.element("details", ["class": "framing"]) { details in
                details.element("summary", text: "Framing")
                details.element("dl") { list in
                    for (headline, lede) in zip(framing.headlines, framing.ledes) {
                        list.element("dt", text: name(headline.source))
                        list.element("dd") {
                            $0.element("p", ["class": "headline"], text: headline.text ?? "(no title)")
                            if let text = lede.text { $0.element("p", ["class": "lede"], text: text) }
                        }
                    }
                }
                if !framing.wordChoices.isEmpty {
                    details.element("ul", ["class": "word-choices", "aria-label": "Word choices"]) { list in
                        for choice in framing.wordChoices.prefix(Self.answerItems) {
                            list.element("li") {
                                $0.text(choice.sources.map(name).joined(separator: ", ") + " ")
                                $0.element("q", text: choice.words)
                                $0.text(" where " + choice.others.map(name).joined(separator: ", ") + " ")
                                $0.element("q", text: choice.otherWords)
                            }
                        }
                    }
                }
            }
        }
    }

    func gaps(
        _ all: [EditorAnswers.Gaps], title: String, lead: String, carriers: Bool, name: (String) -> String,
        into page: inout HTMLPage
    ) {
        page.element("details", ["class": title.lowercased()]) { details in
            details.element("summary", text: title)
            for gaps in all where !gaps.isEmpty {
                details.element("h3", text: "\(lead) \(name(gaps.source))")
                details.element("ul") { list in
                    for item in gaps.sentences.prefix(Self.answerItems) {
                        list.element("li") {
                            $0.text(item.text)
                            if carriers {
                                $0.element(
                                    "span", ["class": "who"],
                                    text: " — " + item.carriedBy.map(name).joined(separator: ", "))
                            }
                        }
                    }
                    if gaps.sentences.count > Self.answerItems {
                        list.element(
                            "li", ["class": "more"],
                            text: "… and \(gaps.sentences.count - Self.answerItems) more sentences")
                    }
                    if !gaps.facts.isEmpty {
                        list.element(
                            "li", ["class": "facts"],
                            text: "Facts: "
                                + gaps.facts.prefix(Self.answerItems * 2).map(\.value).joined(separator: "; "))
                    }
                }
            }
        }
    }
}
