import CopydeskCompare

/// The editor's answers as the first screen of the terminal report. Without `--details` each
/// list shows its first items and says how many more `--details` prints.
extension CoverageTerminalRenderer {
    /// Items per list on the first screen.
    var shortList: Int { details ? Int.max : 3 }
    /// Lines per quoted sentence on the first screen (all of it with `--details`).
    var sentenceLines: Int? { details ? nil : 2 }

    func verdict(_ report: CoverageReport) -> [String] {
        var out = ["", bold("Verdict")]
        for sentence in report.answers.verdict.sentences { out += lines.wrap(sentence, lead: "  ", indent: 4) }
        return out
    }

    func answers(_ report: CoverageReport) -> [String] {
        var out: [String] = []
        out += omissions(report)
        out += exclusives(report)
        out += voices(report)
        out += conflicts(report)
        out += framing(report)
        return out
    }

    func more(_ hidden: Int, _ what: String, indent: Int) -> [String] {
        guard hidden > 0 else { return [] }
        let noun = hidden == 1 && what.hasSuffix("s") ? String(what.dropLast()) : what
        return [dim(String(repeating: " ", count: indent) + "… \(hidden) more \(noun) (--details)")]
    }

    func quoted(_ text: String, lead: String) -> [String] {
        lines.wrap("“\(text)”", lead: lead, indent: lead.count + 1, maxLines: sentenceLines)
    }

    /// A sentence as printed (it may open with its own quotation mark), after a dash.
    func sentence(_ text: String, lead: String) -> [String] {
        lines.wrap(text, lead: lead + "– ", indent: lead.count + 2, maxLines: sentenceLines)
    }

    func tally(_ gaps: EditorAnswers.Gaps) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let parts = [(gaps.sentences.count, "sentence"), (gaps.quotes.count, "quote"), (gaps.facts.count, "fact")]
            .filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        guard let last = parts.last else { return "nothing" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    }

    func omissions(_ report: CoverageReport) -> [String] {
        var out = [""] + heading("Omissions", note: "what the others carried and this source did not")
        let count = report.sources.count
        for gaps in report.answers.omissions {
            guard !gaps.isEmpty else {
                out += lines.wrap("\(report.readerName(of: gaps.source)): nothing the others carried is missing", lead: "  ", indent: 4)
                continue
            }
            if count == 2 {
                // With two sources, what one lacks is the other's exclusives, listed below.
                out += lines.wrap("\(report.readerName(of: gaps.source)) lacks \(tally(gaps)) (the other's exclusives)", lead: "  ", indent: 4)
                continue
            }
            // What one other source alone carried is that source's exclusive, listed below; the
            // first screen keeps what several others agreed on.
            let widely = EditorAnswers.Gaps(
                source: gaps.source, sentences: gaps.sentences.filter { $0.carriedBy.count >= 2 },
                quotes: gaps.quotes.filter { $0.carriedBy.count >= 2 },
                facts: gaps.facts.filter { $0.carriedBy.count >= 2 })
            let listed = details ? gaps : widely
            out += lines.wrap(
                "\(report.readerName(of: gaps.source)) lacks \(tally(widely)) that two or more others carried"
                    + (details ? "; \(tally(gaps)) in all" : ""),
                lead: "  ", indent: 4)
            let shown = listed.sentences.prefix(shortList)
            for item in shown {
                let by = item.carriedBy.count == count - 1 ? "all others" : item.carriedBy.map { report.readerName(of: $0) }.joined(separator: ", ")
                out += lines.wrap("carried by \(by):", lead: "    ", indent: 6).map(dim)
                out += sentence(item.text, lead: "      ")
            }
            out += more(listed.sentences.count - shown.count, "sentences", indent: 4)
            let quotes = listed.quotes.filter { quote in !shown.contains { $0.quotes.contains(quote.id) } }
            for quote in quotes.prefix(shortList) {
                out += lines.wrap(
                    "quote of \(quote.speaker ?? "(unattributed)"), carried by \(quote.carriedBy.map { report.readerName(of: $0) }.joined(separator: ", ")):",
                    lead: "    ", indent: 6
                ).map(dim)
                out += quoted(quote.text, lead: "      ")
            }
            out += more(quotes.count - min(quotes.count, shortList), "quotes", indent: 4)
            out += facts(listed.facts, label: "facts carried by others")
        }
        return out
    }

    func facts(_ facts: [EditorAnswers.FactItem], label: String) -> [String] {
        guard !facts.isEmpty else { return [] }
        let limit = details ? facts.count : 8
        let shown = facts.prefix(limit).map(\.value).joined(separator: "; ")
        let rest = facts.count > limit ? "; … \(facts.count - limit) more (--details)" : ""
        return lines.wrap("\(label): \(shown)\(rest)", lead: "    ", indent: 6)
    }

    func exclusives(_ report: CoverageReport) -> [String] {
        var out = [""] + heading("Exclusives", note: "what only this source carried; new quotes and facts first")
        for gaps in report.answers.exclusives {
            guard !gaps.isEmpty else {
                out += lines.wrap("\(report.readerName(of: gaps.source)): nothing of its own", lead: "  ", indent: 4)
                continue
            }
            out += lines.wrap("\(report.readerName(of: gaps.source)) alone has \(tally(gaps))", lead: "  ", indent: 4)
            let shown = gaps.sentences.prefix(shortList)
            for item in shown {
                out += sentence(item.text, lead: "    ")
            }
            out += more(gaps.sentences.count - shown.count, "sentences", indent: 4)
            let quotes = gaps.quotes.filter { quote in !shown.contains { $0.quotes.contains(quote.id) } }
            for quote in quotes.prefix(shortList) {
                out += lines.wrap("quote of \(quote.speaker ?? "(unattributed)"):", lead: "    ", indent: 6).map(dim)
                out += quoted(quote.text, lead: "      ")
            }
            out += more(quotes.count - min(quotes.count, shortList), "quotes", indent: 4)
            out += facts(gaps.facts, label: "facts only here")
        }
        return out
    }

    func voices(_ report: CoverageReport) -> [String] {
        var out = [""] + heading("Voices", note: "quotations per source")
        let voices = report.answers.voices
        if voices.isEmpty {
            out.append("  no one is quoted by name")
            return out
        }
        let limit = details ? voices.count : 8
        for voice in voices.prefix(limit) {
            let counts = voice.quotes.filter { $0.count > 0 }.map { "\(report.readerName(of: $0.source)) \($0.count)" }.joined(separator: ", ")
            let only = voice.onlyIn.map { _ in " — only here" } ?? ""
            out += lines.wrap("\(voice.name): \(counts)\(only)", lead: "  ", indent: 4)
        }
        out += more(voices.count - min(voices.count, limit), "voices", indent: 2)
        return out
    }

    func conflicts(_ report: CoverageReport) -> [String] {
        var out = [""] + heading("Conflicts", note: "the same fact given differently in aligned sentences")
        let conflicts = report.answers.conflicts
        if conflicts.isEmpty {
            out.append("  none found")
            return out
        }
        let limit = details ? conflicts.count : 5
        for conflict in conflicts.prefix(limit) {
            // Sources that print the same value are one side: "three-day (a, b) vs four-day (c)".
            var values: [String] = []
            var sides: [String: [EditorAnswers.Conflict.Side]] = [:]
            for side in conflict.sides {
                if sides[side.value] == nil { values.append(side.value) }
                sides[side.value, default: []].append(side)
            }
            let summary = values.map { value in
                "\(value) (\((sides[value] ?? []).map { report.readerName(of: $0.source) }.joined(separator: ", ")))"
            }.joined(separator: " vs ")
            out += lines.wrap("\(conflict.kind.rawValue): \(summary)", lead: "  ", indent: 4).map {
                paint($0, status: "conflict")
            }
            for value in values {
                guard let side = sides[value]?.first else { continue }
                out += lines.wrap("\(report.readerName(of: side.source)) #\(side.index + 1):", lead: "    ", indent: 6).map(dim)
                out += sentence(side.sentence, lead: "      ")
            }
        }
        out += more(conflicts.count - min(conflicts.count, limit), "conflicts", indent: 2)
        return out
    }

    func framing(_ report: CoverageReport) -> [String] {
        let framing = report.answers.framing
        var out = ["", bold("Framing")]
        out.append("  Headlines")
        for line in framing.headlines {
            out += lines.wrap(line.text ?? "(no title)", lead: "    \(report.readerName(of: line.source)): ", indent: 6)
        }
        out.append("  Ledes")
        for line in framing.ledes {
            let lead = "    \(report.readerName(of: line.source)): "
            out += lines.wrap(line.text ?? "(none)", lead: lead, indent: 6, maxLines: sentenceLines.map { $0 + 1 })
        }
        out.append("  Word choices" + dim("  (in aligned sentences)"))
        if framing.wordChoices.isEmpty { out.append("    none found") }
        let limit = details ? framing.wordChoices.count : 5
        for choice in framing.wordChoices.prefix(limit) {
            let times = choice.count > 1 ? " (\(choice.count) sentence pairs)" : ""
            let verb = choice.others.count == 1 ? "has" : "have"
            out += lines.wrap(
                "\(choice.sources.joined(separator: ", ")) “\(choice.words)” where \(choice.others.joined(separator: ", ")) \(verb) “\(choice.otherWords)”\(times)",
                lead: "    ", indent: 6)
        }
        out += more(framing.wordChoices.count - min(framing.wordChoices.count, limit), "word choices", indent: 4)
        return out
    }
}
