/// Who each source quoted and how often, from the quotations' coverage: a quotation counts for a
/// source that carries it in any form, under the speaker the sources agree on (else the one this
/// source names), so "Xi" and "Xi Jinping" are one voice.
struct VoiceCounter: Sendable {
    let index: ReportIndex

    /// The person row of the facts a speaker's name belongs to, by surname, when the story has
    /// exactly one person of that surname ("Mad Dog Mattis", "Jim Mattis" → "James Mattis");
    /// else the name as given.
    func canonical(_ name: String, people: [String: [String]]) -> String {
        guard let surname = Self.surname(name), let rows = people[surname], rows.count == 1, let row = rows.first else {
            return name
        }
        return row
    }

    static func surname(_ name: String) -> String? {
        name.split(separator: " ").last.map { $0.lowercased() }.flatMap { $0.count >= 2 ? $0 : nil }
    }

    func voices() -> [EditorAnswers.Voice] {
        var people: [String: [String]] = [:]
        for fact in index.report.facts where fact.kind == .person && fact.value.contains(" ") {
            guard let surname = Self.surname(fact.value) else { continue }
            people[surname, default: []].append(fact.value)
        }
        var counts: [String: [Int]] = [:]
        var order: [String] = []
        let positions = Dictionary(index.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for quote in index.report.quotes {
            for coverage in quote.coverage where coverage.status != .absent {
                guard let given = quote.speaker ?? coverage.speaker, let s = positions[coverage.source] else {
                    continue
                }
                let name = canonical(given, people: people)
                if counts[name] == nil {
                    counts[name] = Array(repeating: 0, count: index.ids.count)
                    order.append(name)
                }
                counts[name]?[s] += 1
            }
        }
        let voices = order.map { name in
            let row = counts[name] ?? []
            let quoting = zip(index.ids, row).filter { $0.1 > 0 }.map(\.0)
            return EditorAnswers.Voice(
                name: name, quotes: zip(index.ids, row).map { .init(source: $0, count: $1) },
                onlyIn: quoting.count == 1 && index.ids.count > 1 ? quoting.first : nil)
        }
        // Most quoted first; ties by name, so the order of the inputs never decides.
        return voices.sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }
}
