/// Conflicts: the same fact given with different values by two sources, found only inside
/// aligned sentence pairs (a sentence and its counterpart), and only between values of the same
/// kind and unit — "12 people" against "14 people", never "12 people" against "14 homes".
///
/// Precision first: a wrong conflict misleads an editor more than a missed one. So each sentence
/// must give exactly one value of that kind and unit, neither value may appear in the other
/// sentence, and a paraphrase pair must be a close one.
struct ConflictFinder: Sendable {
    let index: ReportIndex
    /// Per source and sentence: its weekdays and tallies as printed, read once (a sentence is in
    /// as many pairs as it has counterparts).
    let weekdaysIn: [[[String]]]
    let talliesIn: [[[String]]]
    let wordsIn: [[Set<String>]]

    init(index: ReportIndex) {
        self.index = index
        weekdaysIn = index.sentences.map { $0.map { Self.weekdays(in: $0.text) } }
        talliesIn = index.sentences.map { $0.map { Self.tallies(in: $0.text) } }
        wordsIn = index.sentences.map { $0.map { Self.wordSet($0.text) } }
    }

    /// Paraphrase pairs below the same-statement threshold (README: 0.515) were matched as
    /// re-reported facts: related statements, not one told twice.
    static let paraphraseFloor = 0.515

    func conflicts() -> [EditorAnswers.Conflict] {
        let facts = Dictionary(index.report.facts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var found: [EditorAnswers.Conflict] = []
        var keys: [String: Int] = [:]
        for (s, list) in index.sentences.enumerated() {
            for (row, sentence) in list.enumerated() {
                for counterpart in sentence.counterparts {
                    guard let t = index.position(of: counterpart.source), t > s,
                        counterpart.match == .edited
                            || (counterpart.match == .paraphrase && counterpart.similarity >= Self.paraphraseFloor),
                        let other = index.sentences[t].firstIndex(where: { $0.index == counterpart.index })
                    else { continue }
                    let pair = (s: s, row: row, t: t, other: other)
                    for conflict in numberConflicts(pair, facts: facts) + dateConflicts(pair, facts: facts)
                        + tallyConflicts(pair)
                    {
                        merge(conflict, into: &found, keys: &keys)
                    }
                }
            }
        }
        return found
    }

    typealias Pair = (s: Int, row: Int, t: Int, other: Int)

    /// The same disagreement seen in several pairs is one conflict, with every source's side.
    func merge(
        _ conflict: EditorAnswers.Conflict, into found: inout [EditorAnswers.Conflict], keys: inout [String: Int]
    ) {
        let values = Set(conflict.sides.map { $0.value.lowercased() }).sorted().joined(separator: "|")
        let key = "\(conflict.kind.rawValue)|\(conflict.unit ?? "")|\(values)"
        if let at = keys[key] {
            for side in conflict.sides where !found[at].sides.contains(where: { $0.source == side.source }) {
                found[at].sides.append(side)
            }
        } else {
            keys[key] = found.count
            found.append(conflict)
        }
    }

    func side(_ s: Int, _ row: Int, value: String) -> EditorAnswers.Conflict.Side {
        let sentence = index.sentences[s][row]
        return .init(source: sentence.source, index: sentence.index, sentence: sentence.text, value: value)
    }

    // MARK: Numbers

    /// What a number fact counts, from its printed form: the currency sign, "percent", or the
    /// stem of its last word ("12 people" → "peopl"); nil when it cannot be told.
    static func unit(of text: String) -> String? {
        let trimmed = text.trimmedOfSpaces
        guard let first = trimmed.first else { return nil }
        if "$€£¥".contains(first) { return String(first) }
        let lower = trimmed.lowercased()
        if lower.hasSuffix("%") || lower.hasSuffix("percent") || lower.hasSuffix("per cent") { return "percent" }
        guard let last = lower.split(whereSeparator: { $0 == " " || $0 == "-" }).last,
            last.allSatisfy({ $0.isLetter })
        else { return nil }
        return Stemmer.stem(String(last))
    }

    func numberConflicts(_ pair: Pair, facts: [String: CoverageReport.Fact]) -> [EditorAnswers.Conflict] {
        func numbers(_ s: Int, _ row: Int) -> [String: [(id: String, text: String)]] {
            var byUnit: [String: [(id: String, text: String)]] = [:]
            let source = index.ids[s]
            for id in index.factsIn[s][row] {
                guard let fact = facts[id], fact.kind == .number,
                    let mention = fact.coverage(of: source)?.mentions.first(where: { mention in
                        let sentence = index.sentences[s][row]
                        return sentence.start <= mention.start && mention.start < sentence.end
                    }),
                    let unit = Self.unit(of: mention.text)
                else { continue }
                byUnit[unit, default: []].append((id, mention.text))
            }
            return byUnit
        }
        let left = numbers(pair.s, pair.row)
        let right = numbers(pair.t, pair.other)
        guard !left.isEmpty, !right.isEmpty else { return [] }
        let leftWords = wordsIn[pair.s][pair.row]
        let rightWords = wordsIn[pair.t][pair.other]
        var result: [EditorAnswers.Conflict] = []
        for (unit, a) in left.sorted(by: { $0.key < $1.key }) {
            guard let b = right[unit], a.count == 1, b.count == 1, a[0].id != b[0].id else { continue }
            // A figure the other sentence prints too, counting something else ("No. 2 job, No. 3
            // position" against "No. 2 position, No. 3 spot"), is a reordering, not a conflict.
            guard !Self.figure(of: a[0].text).isSubset(of: rightWords),
                !Self.figure(of: b[0].text).isSubset(of: leftWords)
            else { continue }
            result.append(
                .init(
                    kind: .number, unit: unit == "percent" || unit.count == 1 ? unit : Self.unitWord(a[0].text),
                    sides: [side(pair.s, pair.row, value: a[0].text), side(pair.t, pair.other, value: b[0].text)]))
        }
        return result
    }

    /// Lowercased words of a sentence, split at anything but letters, digits, "." and "," inside
    /// a figure, and hyphens ("three-day" gives "three" and "day").
    static func wordSet(_ text: String) -> Set<String> {
        // Bytes, not Characters: this runs on every sentence. Letters outside ASCII stay inside
        // words (any byte ≥ 0x80); ASCII is lowercased here.
        var words = Set<String>()
        var current: [UInt8] = []
        func flush() {
            while let last = current.last, last == 0x2E || last == 0x2C { current.removeLast() }
            while let first = current.first, first == 0x2E || first == 0x2C { current.removeFirst() }
            if !current.isEmpty { words.insert(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: current.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x2E, 0x2C, 0x80...0xFF: current.append(byte)
            default: flush()
            }
        }
        flush()
        return words
    }

    /// The words of a number mention that give the figure, without what it counts:
    /// "14 passengers" → {"14"}, "three-day" → {"three"}, "$5 million" → {"5", "million"}.
    static func figure(of text: String) -> Set<String> {
        var words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == ",") })
            .map { String($0).trimmingFigurePunctuation }
        if let last = words.last, last.contains(where: \.isLetter), words.count > 1,
            !["million", "billion", "trillion", "thousand", "percent"].contains(last)
        {
            words.removeLast()
        }
        return Set(words.filter { !$0.isEmpty })
    }

    /// The counted word as printed ("people"), for a reader.
    static func unitWord(_ text: String) -> String? {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last.map(String.init)
    }

    // MARK: Dates

    func dateConflicts(_ pair: Pair, facts: [String: CoverageReport.Fact]) -> [EditorAnswers.Conflict] {
        func dates(_ s: Int, _ row: Int) -> [(id: String, value: String, text: String)] {
            let source = index.ids[s]
            let sentence = index.sentences[s][row]
            return index.factsIn[s][row].compactMap { id in
                guard let fact = facts[id], fact.kind == .date,
                    let mention = fact.coverage(of: source)?.mentions.first(where: {
                        sentence.start <= $0.start && $0.start < sentence.end
                    })
                else { return nil }
                return (id, fact.value, mention.text)
            }
        }
        // Weekdays as printed: each source resolves its own against its own date line, so
        // "Tuesday" and "Wednesday" are compared as words.
        let leftDays = weekdaysIn[pair.s][pair.row]
        let rightDays = weekdaysIn[pair.t][pair.other]
        if leftDays.count == 1, rightDays.count == 1, leftDays[0].lowercased() != rightDays[0].lowercased() {
            return [
                .init(
                    kind: .date, unit: nil,
                    sides: [side(pair.s, pair.row, value: leftDays[0]), side(pair.t, pair.other, value: rightDays[0])])
            ]
        }
        let isWeekday = { (date: (id: String, value: String, text: String)) in
            Lexicon.weekdays[date.text.lowercased()] != nil
        }
        let all = (
            a: dates(pair.s, pair.row).filter { !isWeekday($0) }, b: dates(pair.t, pair.other).filter { !isWeekday($0) }
        )
        // Dates one sentence gives and the other does not: one each, told to the same precision
        // (a day against a day, a year against a year).
        let a = all.a.filter { date in !all.b.contains { $0.id == date.id } }
        let b = all.b.filter { date in !all.a.contains { $0.id == date.id } }
        guard a.count == 1, b.count == 1, a[0].value.count == b[0].value.count else { return [] }
        return [
            .init(
                kind: .date, unit: nil,
                sides: [side(pair.s, pair.row, value: a[0].text), side(pair.t, pair.other, value: b[0].text)])
        ]
    }

    static func weekdays(in text: String) -> [String] {
        // Weekday names are ASCII: runs of ASCII letters, read as bytes.
        var found: [String] = []
        var current: [UInt8] = []
        func flush() {
            if let first = current.first, (0x41...0x5A).contains(first), (6...9).contains(current.count) {
                let word = String(decoding: current, as: UTF8.self)
                if Lexicon.weekdays[word.lowercased()] != nil { found.append(word) }
            }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { current.append(byte) } else { flush() }
        }
        flush()
        return found
    }

    // MARK: Tallies

    /// Votes and scores as printed: "8-1", "7–2" (two whole numbers of at most three digits
    /// joined by a hyphen or dash, with no letter or digit on either side).
    static func tallies(in text: String) -> [String] {
        // Most sentences hold no figure at all: no character walk for them.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
        let characters = Array(text)
        var found: [String] = []
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isNumber, i == 0 || !Self.isWordCharacter(characters[i - 1])
            else {
                i += 1
                continue
            }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isNumber { j += 1 }
            guard j - i <= 3, j < characters.count, "-–—".contains(characters[j]) else {
                i = j + 1
                continue
            }
            var k = j + 1
            while k < characters.count, characters[k].isASCII, characters[k].isNumber { k += 1 }
            let digits = k - j - 1
            // "5-4" but not "2-year-old", "9-11-2001" nor "COVID-19".
            if (1...3).contains(digits),
                k == characters.count || !(Self.isWordCharacter(characters[k]) || characters[k] == "-")
            {
                let a = String(characters[i..<j])
                let b = String(characters[(j + 1)..<k])
                found.append(a + "–" + b)
            }
            i = k
        }
        return found
    }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    func tallyConflicts(_ pair: Pair) -> [EditorAnswers.Conflict] {
        let a = talliesIn[pair.s][pair.row]
        let b = talliesIn[pair.t][pair.other]
        guard a.count == 1, b.count == 1, a[0] != b[0] else { return [] }
        return [
            .init(
                kind: .tally, unit: nil,
                sides: [side(pair.s, pair.row, value: a[0]), side(pair.t, pair.other, value: b[0])])
        ]
    }
}

extension String {
    fileprivate var trimmingFigurePunctuation: String {
        var word = Substring(self)
        while let last = word.last, last == "." || last == "," { word.removeLast() }
        while let first = word.first, first == "." || first == "," { word.removeFirst() }
        return String(word)
    }
}
