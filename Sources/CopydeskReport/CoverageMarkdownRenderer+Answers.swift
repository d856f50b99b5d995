import CopydeskCompare

/// The editor's answers in Markdown, right after the sources table: the verdict, omissions,
/// exclusives, voices, conflicts and framing, every item (Markdown has no screen to fill). Sources
/// go by the names the verdict uses (the outlet, else the file or host), as in the terminal.
extension CoverageMarkdownRenderer {
    static func answers(_ report: CoverageReport) -> [String] {
        let answers = report.answers
        func name(_ id: String) -> String { readerName(id, in: report) }
        var out: [String] = ["", "## Verdict", ""]
        out += answers.verdict.sentences.map { "- \(cell($0))" }

        out += ["", "## Omissions", "", "What the other sources carried and this one did not, most carried first.", ""]
        if report.sources.count == 2 {
            // With two sources, what one lacks is the other's exclusives: listed once, below.
            for gaps in answers.omissions {
                func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
                out.append(
                    "- \(name(gaps.source)) lacks \(count(gaps.sentences.count, "sentence")), "
                        + "\(count(gaps.quotes.count, "quote")) and \(count(gaps.facts.count, "fact")): "
                        + "the other source's exclusives, below.")
            }
        } else {
            for gaps in answers.omissions { out += section(gaps, heading: "Not in", carriers: true, report: report) }
        }

        out += ["", "## Exclusives", "", "What only this source carried, new quotes and facts first.", ""]
        for gaps in answers.exclusives { out += section(gaps, heading: "Only in", carriers: false, report: report) }

        out += ["", "## Voices", ""]
        if answers.voices.isEmpty {
            out.append("No one is quoted by name.")
        } else {
            let ids = report.sources.map(\.id)
            out.append("| Speaker | " + ids.map(name).joined(separator: " | ") + " | Only in |")
            out.append("| --- | " + ids.map { _ in "---:" }.joined(separator: " | ") + " | --- |")
            for voice in answers.voices {
                let counts = voice.quotes.map { $0.count == 0 ? "—" : "\($0.count)" }
                out.append(
                    "| \(cell(voice.name)) | \(counts.joined(separator: " | ")) | \(voice.onlyIn.map(name) ?? "") |"
                )
            }
        }

        out += ["", "## Conflicts", ""]
        if answers.conflicts.isEmpty { out.append("None found in aligned sentences.") }
        for conflict in answers.conflicts {
            let values = conflict.sides.map { "“\(cell($0.value))” (\(name($0.source)))" }.joined(separator: " vs ")
            out.append("- **\(conflict.kind.rawValue)**: \(values)")
            for side in conflict.sides {
                out.append("  - \(name(side.source)) #\(side.index + 1): \(cell(side.sentence))")
            }
        }

        let framing = answers.framing
        out += ["", "## Framing", "", "| Source | Headline | Lede |", "| --- | --- | --- |"]
        for (headline, lede) in zip(framing.headlines, framing.ledes) {
            out.append("| \(name(headline.source)) | \(cell(headline.text ?? "—")) | \(cell(lede.text ?? "—")) |")
        }
        out.append("")
        if framing.wordChoices.isEmpty {
            out.append("No differing word choices in aligned sentences.")
        } else {
            out += ["Word choices in aligned sentences:", "", "| Sources | Words | Others | Their words | Pairs |"]
            out.append("| --- | --- | --- | --- | ---: |")
            for choice in framing.wordChoices {
                let sources = choice.sources.map(name).joined(separator: ", ")
                let others = choice.others.map(name).joined(separator: ", ")
                out.append(
                    "| \(sources) | \(cell(choice.words)) | \(others) | \(cell(choice.otherWords)) | \(choice.count) |")
            }
        }
        return out
    }

    static func section(
        _ gaps: EditorAnswers.Gaps, heading: String, carriers: Bool, report: CoverageReport
    ) -> [String] {
        func name(_ id: String) -> String { readerName(id, in: report) }
        var out = ["### \(heading) \(name(gaps.source))", ""]
        if gaps.isEmpty {
            out += ["Nothing.", ""]
            return out
        }
        for item in gaps.sentences {
            let by = carriers ? " — carried by " + item.carriedBy.map(name).joined(separator: ", ") : ""
            out.append("- \(cell(item.text)) (\(name(item.source)) #\(item.index + 1)\(by))")
        }
        for quote in gaps.quotes {
            let by = carriers ? " — carried by " + quote.carriedBy.map(name).joined(separator: ", ") : ""
            out.append("- Quote \(quote.id), \(cell(quote.speaker ?? "unattributed")): “\(cell(quote.text))”\(by)")
        }
        if !gaps.facts.isEmpty {
            out.append("- Facts: " + gaps.facts.map { cell($0.value) }.joined(separator: "; "))
        }
        out.append("")
        return out
    }

    /// A source as the verdict names it (``CoverageReport/readerName(of:)``), escaped for a cell.
    static func readerName(_ id: String, in report: CoverageReport) -> String { cell(report.readerName(of: id)) }
}
