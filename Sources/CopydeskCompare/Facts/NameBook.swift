import CopydeskText

/// Merges the names of all sources into one book: short names resolved to full ones ("Xi" →
/// "Xi Jinping", "Abdollahian" → "Hossein Amirabdollahian"), acronyms to what they stand for
/// ("SCO" → "Shanghai Cooperation Organisation"), spelling variants to one key ("Organisation" /
/// "Organization", "Nur-Sultan" / "Nur Sultan").
struct NameBook: Sendable {
    struct Entry: Sendable, Hashable {
        var kind: CoverageReport.Fact.Kind
        var key: String
        var display: String
    }

    /// A full name with the keys of its first and last words, computed once.
    struct FullName: Sendable {
        var name: String
        var first: String
        var last: String

        init(_ name: String) {
            self.name = name
            let words = NameBook.words(name).map(NameBook.key)
            first = words.first ?? ""
            last = words.last ?? ""
        }
    }

    /// Full (several-word) person names per source, in order of first mention.
    private var people: [[FullName]]
    /// All sources' full names, in source order.
    private var everyone: [FullName]
    /// Acronym → the key of the name it abbreviates.
    private var acronyms: [String: String] = [:]
    /// Key → the name shown for it (its first and fullest printing).
    private var displays: [String: String] = [:]

    init(_ mentions: [[EntityFinder.Mention]]) {
        people = mentions.map { list in
            var seen: [String] = []
            for m in list where m.kind == .person && m.name.contains(where: { $0 == " " || $0 == "-" }) {
                let words = Self.words(m.name)
                if words.count >= 2, !seen.contains(m.name) { seen.append(m.name) }
            }
            return seen.map(FullName.init)
        }
        everyone = people.flatMap { $0 }
        for list in mentions {
            for m in list {
                if let acronym = m.acronym { acronyms[Self.orgKey(acronym)] = Self.orgKey(m.name) }
            }
        }
        for list in mentions {
            for m in list {
                guard let entry = resolveKey(m, own: [], all: everyone) else { continue }
                if m.kind != .person || entry.key == Self.key(m.name) {
                    // Prefer a name as a sentence prints it to a dateline's capitals.
                    let shouting = m.name.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && m.name.count > 4
                    if displays[entry.key] == nil || (displays[entry.key].map(Self.isShouting) ?? false) && !shouting {
                        displays[entry.key] = m.name
                    }
                }
            }
        }
    }

    /// The merged entry a mention belongs to, or nil for a lone word that names nobody known.
    func resolve(_ mention: EntityFinder.Mention, source: Int) -> Entry? {
        let own = source < people.count ? people[source] : []
        guard var entry = resolveKey(mention, own: own, all: everyone) else { return nil }
        entry.display = displays[entry.key] ?? entry.display
        return entry
    }

    /// The full name a person's name or short name stands for, within one source first.
    func person(_ name: String, source: Int) -> String? {
        let mention = EntityFinder.Mention(kind: .person, name: name, span: 0..<0, descriptors: [], confident: false)
        return resolve(mention, source: source)?.display
    }

    private func resolveKey(_ m: EntityFinder.Mention, own: [FullName], all: [FullName]) -> Entry? {
        switch m.kind {
        case .person:
            let words = Self.words(m.name)
            if words.count >= 2 { return Entry(kind: .person, key: Self.key(m.name), display: m.name) }
            guard let short = words.first else { return nil }
            if let full = Self.fullName(of: short, among: own) ?? Self.fullName(of: short, among: all) {
                return Entry(kind: .person, key: Self.key(full), display: full)
            }
            if m.confident { return Entry(kind: .person, key: Self.key(m.name), display: m.name) }
            if m.otherwise == .place { return Entry(kind: .place, key: Places.key(m.name), display: m.name) }
            return nil
        case .organization:
            let key = Self.orgKey(m.name)
            return Entry(kind: .organization, key: acronyms[key] ?? key, display: m.name)
        case .place:
            return Entry(kind: .place, key: Places.key(m.name), display: m.name)
        default:
            return Entry(kind: m.kind, key: Self.key(m.name), display: m.name)
        }
    }

    /// The first full name whose first or last word is `short`, or whose last word ends with it
    /// (a transliteration that drops a prefix: Amirabdollahian / Abdollahian).
    static func fullName(of short: String, among names: [FullName]) -> String? {
        let s = key(short)
        guard !s.isEmpty else { return nil }
        if let exact = names.first(where: { $0.last == s || $0.first == s }) { return exact.name }
        guard s.count >= 6 else { return nil }
        return names.first { $0.last.hasSuffix(s) }?.name
    }

    static func isShouting(_ name: String) -> Bool {
        name.count > 4 && name.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " }).map(String.init)
    }

    /// Letters only, lower-cased: "Nur-Sultan" and "Nur Sultan" meet.
    static func key(_ name: String) -> String { Places.key(name) }

    /// An organisation's key: no leading "the", British and American spellings folded.
    static func orgKey(_ name: String) -> String {
        var words = name.lowercased().split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        let folded = words.map { word -> String in
            var w = word
            for (british, american) in [("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter")]
            where w.hasSuffix(british) || w.hasSuffix(british + "s") {
                w = w.replacingOccurrences(british, with: american)
            }
            return w
        }
        return Places.key(folded.joined(separator: " "))
    }
}

extension String {
    /// Plain substring replacement without Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
