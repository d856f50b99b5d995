/// Writes the verdict: which source is the original, and how each source relates to its copy,
/// from the figures the report already holds (credits, dates, copied words, sentence matches).
struct VerdictWriter: Sendable {
    let index: ReportIndex

    /// A source counts as carrying another's copy when most of its words sit in passages the two
    /// share; below that it is its own telling, however many facts it repeats.
    static let copyShare = 0.5
    /// Word for word: nearly every sentence verbatim against the reference.
    static let verbatimShare = 0.85
    /// Whole: it carries nearly every sentence of the reference.
    static let wholeShare = 0.85

    func verdict() -> EditorAnswers.Verdict {
        let original = findOriginal()
        let standings = index.ids.map { standing(of: $0, original: original) }
        return .init(original: original, sources: standings, sentences: sentences(original, standings))
    }

    // MARK: The original

    /// The agencies a source credits, as printed ("Reuters, AFP" gives both); "agencies" names none.
    static func credits(_ source: CoverageReport.Source?) -> [String] {
        guard let credit = source?.credit else { return [] }
        var names: [String] = []
        for piece in credit.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == ";" }) {
            for part in Self.split(String(piece), on: " and ") {
                let name = part.trimmedOfSpaces
                guard !name.isEmpty, name.lowercased() != "agencies", name.lowercased() != "wires" else { continue }
                names.append(name)
            }
        }
        return names
    }

    static func split(_ text: String, on separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    func findOriginal() -> EditorAnswers.Original? {
        let sources = index.report.sources
        // An outlet the others credit is the original: the agency's own copy among the inputs.
        for source in sources {
            let names = [source.outlet, source.id].compactMap { $0?.lowercased() }
            let creditedBy = sources.filter { other in
                other.id != source.id && Self.credits(other).contains { names.contains($0.lowercased()) }
            }
            if !creditedBy.isEmpty {
                return .init(name: index.name(source.id), source: source.id, reason: .credited)
            }
        }
        // Else the agency most sources credit (ties: alphabetical, never the order of the inputs).
        var tally: [String: (name: String, count: Int)] = [:]
        for source in sources {
            for name in Set(Self.credits(source)) {
                tally[name.lowercased(), default: (name, 0)].count += 1
            }
        }
        if let best = tally.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) {
            return .init(name: best.value.name, source: nil, reason: .credited)
        }
        // Else the source published strictly first, when every source is dated.
        let dated = sources.compactMap { source in Self.dateKey(source.published).map { (source.id, $0) } }
        guard dated.count == sources.count, dated.count >= 2 else { return nil }
        // Compare at the precision every source gives: the day, or the minute when all carry one.
        let precision = dated.allSatisfy { $0.1.count >= 16 } ? 16 : 10
        let keyed = dated.map { ($0.0, String($0.1.prefix(precision))) }
        guard let first = keyed.min(by: { $0.1 < $1.1 }), keyed.filter({ $0.1 == first.1 }).count == 1 else {
            return nil
        }
        return .init(name: index.name(first.0), source: first.0, reason: .earliest)
    }

    /// "2022-09-15T12:05:00Z" → "2022-09-15T12:05:00Z"; nil when the date is not ISO 8601.
    static func dateKey(_ published: String?) -> String? {
        guard let published else { return nil }
        let scalars = Array(published.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ ("0"..."9").contains(scalars[$0]) }), scalars[4] == "-", scalars[7] == "-" else {
            return nil
        }
        return published
    }

    // MARK: Each source

    func standing(of id: String, original: EditorAnswers.Original?) -> EditorAnswers.Standing {
        let summary = index.summary(of: id)
        let shared = summary?.sharedWith ?? []
        let carried = 1 - (summary?.noCounterpart ?? 1)
        let phrases = index.report.passages.filter { passage in
            passage.locations.contains { $0.source == id } && passage.locations.contains { $0.source != id }
        }.count
        if let original, original.source == id {
            return .init(
                source: id, relation: .original, reference: nil, copied: 0, carriedElsewhere: carried,
                coversReference: 1, sharedPhrases: phrases)
        }
        // The original when this source copies it; else the source it copies most.
        let fromOriginal = original?.source.flatMap { o in shared.first { $0.source == o } }
        let most = shared.max { ($0.share, $1.source) < ($1.share, $0.source) }
        let reference =
            fromOriginal.map { $0.share >= Self.copyShare ? $0 : (most ?? $0) } ?? most
        // It credits the agency, and shares no copy with another source crediting it.
        if let original, original.source == nil,
            Self.credits(index.report.sources.first { $0.id == id }).contains(where: {
                $0.lowercased() == original.name.lowercased()
            }),
            !(reference.map { reference in
                reference.share >= Self.copyShare
                    && Self.credits(index.report.sources.first { $0.id == reference.source }).contains {
                        $0.lowercased() == original.name.lowercased()
                    }
            } ?? false)
        {
            return .init(
                source: id, relation: .credited, reference: nil, copied: 0, carriedElsewhere: carried,
                coversReference: 0, sharedPhrases: phrases)
        }
        guard let reference, reference.share > 0 else {
            return .init(
                source: id, relation: .ownTelling, reference: nil, copied: 0, carriedElsewhere: carried,
                coversReference: 0, sharedPhrases: phrases)
        }
        let covers = index.summary(of: reference.source)?.counterpartsIn.first { $0.source == id }?.share ?? 0
        let relation: EditorAnswers.Standing.Relation
        if reference.share < Self.copyShare {
            relation = .ownTelling
        } else if verbatimShare(of: id, against: reference.source) >= Self.verbatimShare {
            relation = covers >= Self.wholeShare ? .verbatim : .shortened
        } else {
            relation = .edited
        }
        return .init(
            source: id, relation: relation, reference: reference.source, copied: reference.share,
            carriedElsewhere: carried, coversReference: covers, sharedPhrases: phrases)
    }

    /// Sentences of `id` with a verbatim counterpart in `other` ÷ sentences of `id`.
    func verbatimShare(of id: String, against other: String) -> Double {
        guard let s = index.position(of: id), !index.sentences[s].isEmpty else { return 0 }
        let verbatim = index.sentences[s].filter { sentence in
            sentence.counterparts.contains { $0.source == other && $0.match == .verbatim }
        }.count
        return Double(verbatim) / Double(index.sentences[s].count)
    }

    // MARK: Sentences

    func sentences(_ original: EditorAnswers.Original?, _ standings: [EditorAnswers.Standing]) -> [String] {
        var lines: [String] = []
        if let original {
            switch (original.reason, original.source) {
            case (.credited, .some):
                lines.append("\(original.name) is the original: the others credit it.")
            case (.credited, nil):
                let by = index.report.sources.filter { source in
                    Self.credits(source).contains { $0.lowercased() == original.name.lowercased() }
                }.map { index.name($0.id) }
                lines.append("The copy is \(original.name)’s (credited by \(Self.list(by))).")
            case (.earliest, _):
                let date = original.source.flatMap { id in index.report.sources.first { $0.id == id }?.published }
                lines.append("\(original.name) published first\(date.map { " (\($0))" } ?? "").")
            }
        } else {
            lines.append("No source is marked as the original (no wire credit, no distinct dates).")
        }
        // Sources that credit the agency read as carrying the agency's copy.
        let agency = original?.source == nil ? original?.name : nil
        for standing in standings {
            let name = index.name(standing.source)
            let credits = index.report.sources.first { $0.id == standing.source }.map(Self.credits) ?? []
            let ref: String
            if let agency, credits.contains(where: { $0.lowercased() == agency.lowercased() }) {
                ref = agency
            } else {
                ref = standing.reference.map(index.name) ?? "the others"
            }
            switch standing.relation {
            case .original:
                continue
            case .verbatim:
                // Every sentence of the reference, word for word; what the reprint adds is said,
                // so "word for word" never hides a local paragraph.
                lines.append("\(name) reprints \(ref) word for word\(Self.added(ownSentences(standing.source))).")
            case .shortened:
                lines.append(
                    "\(name) reprints \(ref) word for word, cut short: it carries \(Self.percent(standing.coversReference)) of the sentences \(index.name(standing.reference ?? "")) prints\(Self.added(ownSentences(standing.source)))."
                )
            case .edited:
                let own = ownSentences(standing.source)
                let added = own > 0 ? "; \(own) sentence\(own == 1 ? "" : "s") of its own" : ""
                lines.append(
                    "\(name) carries \(Self.possessive(ref)) copy, edited (\(Self.percent(standing.copied)) of its words\(added))."
                )
            case .credited:
                // The first line already names every source that credits the agency.
                if let agency, ref == agency { continue }
                lines.append(
                    "\(name) runs \(Self.possessive(ref)) copy, by its credit line."
                )
            case .ownTelling:
                let others =
                    index.ids.count == 2
                    ? (index.ids.first { $0 != standing.source }.map(index.name) ?? "the other") : "the others"
                let what = index.ids.count == 2 ? others : "another source"
                let phrases =
                    standing.sharedPhrases == 0
                    ? "shares no phrase with \(others)"
                    : "shares \(standing.sharedPhrases) short phrase\(standing.sharedPhrases == 1 ? "" : "s") with \(others)"
                lines.append(
                    "\(name) is its own telling: it \(phrases); \(Self.percent(standing.carriedElsewhere)) of its sentences report what \(what) reports."
                )
            }
        }
        return lines
    }

    func ownSentences(_ id: String) -> Int {
        guard let s = index.position(of: id) else { return 0 }
        return index.sentences[s].filter { $0.match == .unique }.count
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// ", and adds 2 sentences of its own" when a reprint has sentences no other source prints.
    static func added(_ own: Int) -> String {
        own == 0 ? "" : ", and adds \(own) sentence\(own == 1 ? "" : "s") of its own"
    }

    static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "’" : name + "’s" }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }
}
