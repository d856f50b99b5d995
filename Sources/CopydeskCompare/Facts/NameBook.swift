import CopydeskText

/// Merges the names of all sources into one book: one person however the sources print them
/// ("Michael Bloomberg", "Mike Bloomberg", "Michael R. Bloomberg", "Mayor Michael Bloomberg"),
/// short names resolved to full ones ("Xi" → "Xi Jinping", "Abdollahian" → "Hossein
/// Amirabdollahian"), acronyms to what they stand for ("SCO" → "Shanghai Cooperation
/// Organisation"), spelling variants to one key ("Organisation" / "Organization", "Nur-Sultan" /
/// "Nur Sultan").
struct NameBook: Sendable {
    struct Entry: Sendable, Hashable {
        var kind: CoverageReport.Fact.Kind
        var key: String
        var display: String
    }

    /// A full name taken apart: given name (nicknames folded), middle initials, surname.
    struct FullName: Sendable {
        var name: String
        var first: String
        var last: String
        var initials: String

        init(_ name: String) {
            self.name = name
            // "George H.W. Bush": initials may be glued by full stops.
            let words = NameBook.words(name).flatMap { word -> [String] in
                word.contains(".") ? word.split(separator: ".").map(String.init) : [word]
            }.map(NameBook.key).filter { !$0.isEmpty }
            let named = words.filter { !NameWords.suffixes.contains($0) || $0 == words.first }
            let given = named.first ?? ""
            first = NameWords.nicknames[given] ?? given
            last = named.count >= 2 ? named[named.count - 1] : given
            initials = named.count > 2 ? named[1..<(named.count - 1)].filter { $0.count == 1 }.joined() : ""
        }

        /// Given name and surname: what makes two printings one person.
        var person: String { first + " " + last }
    }

    /// Full (several-word) person names per source, in order of first mention.
    private var people: [[FullName]]
    /// All sources' full names, in source order.
    private var everyone: [FullName]
    /// Acronym → the key of the name it abbreviates.
    private var acronyms: [String: String] = [:]
    /// Key → the name shown for it (its first and fullest printing).
    private var displays: [String: String] = [:]
    /// A printed full name's letters → the key of the person it names.
    private var personKeys: [String: String] = [:]
    /// Surname → the keys of the people in the story who bear it, in order of first mention.
    private var surnames: [String: [String]] = [:]
    /// Given name → the keys of the people in the story who bear it.
    private var givenNames: [String: [String]] = [:]
    /// Person key → the titles and places printed with the full name ("president", "China").
    private var descriptorsOf: [String: Set<String>] = [:]

    /// Keys of the names some source shows to be an organisation ("Islamic State (ISIS)"): the
    /// same name printed bare elsewhere is that organisation, not a person.
    private var organizations: Set<String> = []

    /// Keys of one-word names some source shows to be a person ("President Obama", "Obama
    /// said"): the same word bare in another source is that person too.
    private var knownSingles: Set<String> = []

    init(_ mentions: [[EntityFinder.Mention]]) {
        for list in mentions {
            for m in list where m.kind == .organization { organizations.insert(Self.orgKey(m.name)) }
        }
        let organizations = organizations
        for list in mentions {
            for m in list where m.kind == .person && m.confident && !m.name.contains(" ") {
                knownSingles.insert(Self.key(m.name))
            }
        }
        people = mentions.map { list in
            var seen: [String] = []
            for m in list
            where m.kind == .person && m.name.contains(where: { $0 == " " || $0 == "-" })
                && !organizations.contains(Self.orgKey(m.name))
            {
                let words = Self.words(m.name)
                if words.count >= 2, !seen.contains(m.name) { seen.append(m.name) }
            }
            return seen.map(FullName.init)
        }
        everyone = people.flatMap { $0 }
        groupPeople(mentions)
        for list in mentions {
            for m in list {
                if let acronym = m.acronym { acronyms[Self.orgKey(acronym)] = Self.orgKey(m.name) }
            }
        }
        // "CPAC" in one source, "Conservative Political Action Conference" in another: an acronym
        // that spells the initials of exactly one organisation of the story stands for it.
        var byInitials: [String: Set<String>] = [:]
        for list in mentions {
            for m in list where m.kind == .organization {
                let words = Self.words(m.name).filter { $0.first?.isUppercase ?? false }
                guard words.count >= 2 else { continue }
                byInitials[Self.key(String(words.compactMap(\.first))), default: []].insert(Self.orgKey(m.name))
            }
        }
        // "The Times" of a story that names the New York Times: a newspaper's last word alone is
        // the one paper of the story whose name ends with it. (Not "House" for the White House.)
        var byLastWord: [String: Set<String>] = [:]
        for list in mentions {
            for m in list where m.kind == .organization {
                let words = Self.words(m.name)
                guard words.count >= 2, let last = words.last else { continue }
                byLastWord[Self.orgKey(last), default: []].insert(Self.orgKey(m.name))
            }
        }
        // "Judiciary Committee" in a story whose other source says "Senate Judiciary Committee":
        // a name that ends exactly one longer organisation's name, and has a word of its own
        // beyond heads like "Committee", is that organisation.
        var names: [String: [String]] = [:]
        for list in mentions {
            for m in list where m.kind == .organization {
                names[Self.orgKey(m.name)] = Self.words(m.name).map { Self.orgKey($0) }
            }
        }
        for (key, words) in names where words.count >= 2 && acronyms[key] == nil {
            guard
                words.contains(where: {
                    !NameWords.organizationHeads.contains($0) && !Lexicon.organizationHeads.contains($0)
                })
            else { continue }
            let longer = names.filter { $0.value.count > words.count && Array($0.value.suffix(words.count)) == words }
            if longer.count == 1, let target = longer.first?.key { acronyms[key] = target }
        }
        for list in mentions {
            for m in list where m.kind == .organization && !m.name.contains(" ") {
                let key = Self.orgKey(m.name)
                if acronyms[key] == nil, NameWords.publications.contains(key), let full = byLastWord[key],
                    full.count == 1, let target = full.first
                {
                    acronyms[key] = target
                }
                // "IMF" or "I.M.F.": the letters of an acronym, full stops aside.
                let letters = m.name.filter { $0 != "." }
                guard acronyms[key] == nil, letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { continue }
                if let full = byInitials[key], full.count == 1, let target = full.first {
                    acronyms[key] = target
                    continue
                }
                // "ISIS" or "ISIL" and "Islamic State": an acronym that starts with the initials of
                // exactly one organisation's name, and runs on for a word or two it leaves out.
                let prefixed = Set(
                    byInitials.filter { initials, _ in
                        initials.count >= 2 && key.count > initials.count && key.count - initials.count <= 2
                            && key.hasPrefix(initials)
                    }.values.flatMap { $0 })
                // Only when one source prints both ("the Islamic State … ISIS"): "TPM" in one source
                // and "Tea Party" in another are two names.
                if prefixed.count == 1, let target = prefixed.first,
                    mentions.contains(where: { list in
                        list.contains { Self.orgKey($0.name) == key } && list.contains { Self.orgKey($0.name) == target }
                    })
                {
                    acronyms[key] = target
                }
            }
        }
        for list in mentions {
            for m in list where m.kind != .person || organizations.contains(Self.orgKey(m.name)) {
                guard let entry = resolveKey(m, own: []) else { continue }
                // Prefer a name as a sentence prints it to a dateline's capitals.
                let shouting = Self.isShouting(m.name)
                if displays[entry.key] == nil || (displays[entry.key].map(Self.isShouting) ?? false) && !shouting {
                    displays[entry.key] = m.name
                }
            }
        }
    }

    /// One key per person: printings with the same surname and the same given name (nicknames
    /// folded) are one person, unless their middle initials differ ("George H.W. Bush" and
    /// "George W. Bush"). The name shown is the printing used most, the first of equals.
    private mutating func groupPeople(_ mentions: [[EntityFinder.Mention]]) {
        var uses: [String: Int] = [:]
        for list in mentions {
            for m in list where m.kind == .person && Self.words(m.name).count >= 2 { uses[m.name, default: 0] += 1 }
        }
        // "Vincente Fox" in one source, "Vicente Fox" in another: a given name one letter off,
        // with the same surname, is a misspelling of the same person's.
        var givenBySurname: [String: [String]] = [:]
        for index in everyone.indices {
            let name = everyone[index]
            let known = givenBySurname[name.last] ?? []
            if !known.contains(name.first), name.first.count >= 5,
                let same = known.first(where: { $0.count >= 5 && Self.oneEditApart($0, name.first) })
            {
                everyone[index].first = same
                continue
            }
            if !known.contains(name.first) { givenBySurname[name.last, default: []].append(name.first) }
        }
        // "Peña Nieto" beside "Enrique Peña Nieto": two words that end exactly one longer name
        // are that person's double surname, not a given name and a surname.
        let wordKeys = everyone.map { Self.words($0.name).map(Self.key) }
        var doubleSurnames: [(first: String, person: String)] = []
        for index in everyone.indices where wordKeys[index].count == 2 {
            let tail = wordKeys[index]
            let longer = Set(
                everyone.indices.filter { wordKeys[$0].count >= 3 && Array(wordKeys[$0].suffix(2)) == tail }
                    .map { everyone[$0].person })
            if longer.count == 1,
                let owner = everyone.indices.first(where: {
                    wordKeys[$0].count >= 3 && Array(wordKeys[$0].suffix(2)) == tail
                })
            {
                everyone[index].first = everyone[owner].first
                doubleSurnames.append((first: tail[0], person: everyone[owner].person))
            }
        }
        var initialsOf: [String: Set<String>] = [:]
        for name in everyone where !name.initials.isEmpty { initialsOf[name.person, default: []].insert(name.initials) }
        var best: [String: (name: String, uses: Int)] = [:]
        for name in everyone {
            let conflicting = (initialsOf[name.person]?.count ?? 0) > 1
            let key = Self.key(conflicting && !name.initials.isEmpty ? name.person + name.initials : name.person)
            personKeys[Self.key(name.name)] = key
            if !(surnames[name.last]?.contains(key) ?? false) { surnames[name.last, default: []].append(key) }
            if !(givenNames[name.first]?.contains(key) ?? false) { givenNames[name.first, default: []].append(key) }
            let count = uses[name.name] ?? 0
            // A printing without middle initials reads best; then the most used one.
            let plain = name.initials.isEmpty
            if let current = best[key] {
                let currentPlain = FullName(current.name).initials.isEmpty
                if (plain && !currentPlain) || (plain == currentPlain && count > current.uses) {
                    best[key] = (name.name, count)
                }
            } else {
                best[key] = (name.name, count)
            }
        }
        for (key, value) in best { displays[key] = value.name }
        // "Peña" alone names the person whose double surname starts with it.
        for double in doubleSurnames {
            let key = Self.key(double.person)
            let owners = Set(
                everyone.filter { $0.person == double.person }.compactMap { personKeys[Self.key($0.name)] })
            let target = owners.count == 1 ? owners.first ?? key : key
            if !(surnames[double.first]?.contains(target) ?? false) {
                surnames[double.first, default: []].append(target)
            }
        }
        for list in mentions {
            for m in list where m.kind == .person && Self.words(m.name).count >= 2 {
                if let key = personKeys[Self.key(m.name)] { descriptorsOf[key, default: []].formUnion(m.descriptors) }
            }
        }
    }

    /// The merged entry a mention belongs to, or nil for a lone word that names nobody known.
    func resolve(_ mention: EntityFinder.Mention, source: Int) -> Entry? {
        let own = source >= 0 && source < people.count ? people[source] : []
        guard var entry = resolveKey(mention, own: own) else { return nil }
        entry.display = displays[entry.key] ?? entry.display
        return entry
    }

    /// The full name a person's name or short name stands for, within one source first.
    func person(_ name: String, source: Int) -> String? {
        let mention = EntityFinder.Mention(kind: .person, name: name, span: 0..<0, descriptors: [], confident: false)
        return resolve(mention, source: source)?.display
    }

    private func resolveKey(_ m: EntityFinder.Mention, own: [FullName]) -> Entry? {
        var m = m
        if m.kind == .person, organizations.contains(Self.orgKey(m.name)) { m.kind = .organization }
        switch m.kind {
        case .person:
            let words = Self.words(m.name)
            if words.count >= 2 {
                let key = personKeys[Self.key(m.name)] ?? Self.key(FullName(m.name).person)
                return Entry(kind: .person, key: key, display: m.name)
            }
            guard let short = words.first else { return nil }
            if let key = shortName(short, own: own, descriptors: m.descriptors) {
                return Entry(kind: .person, key: key, display: m.name)
            }
            if m.confident || knownSingles.contains(Self.key(m.name)) {
                return Entry(kind: .person, key: Self.key(m.name), display: m.name)
            }
            if m.otherwise == .place { return Entry(kind: .place, key: Places.factKey(m.name), display: m.name) }
            return nil
        case .organization:
            let key = Self.orgKey(m.name)
            return Entry(kind: .organization, key: acronyms[key] ?? key, display: m.name)
        case .place:
            return Entry(kind: .place, key: Places.factKey(m.name), display: m.name)
        default:
            return Entry(kind: m.kind, key: Self.key(m.name), display: m.name)
        }
    }

    /// The person a one-word name stands for: the one person of the story with that surname
    /// (within the source first when the story has several), else the one with that given name
    /// ("Xi" → "Xi Jinping"), else a surname a full one ends with (Amirabdollahian / Abdollahian).
    /// Nil when the word names nobody, or several people equally.
    private func shortName(_ short: String, own: [FullName], descriptors: Set<String> = []) -> String? {
        let s = Self.key(short)
        guard !s.isEmpty else { return nil }
        if let keys = surnames[s] {
            if keys.count == 1 { return keys[0] }
            // "President Obama" among Barack, Michelle and Sasha Obama: the one printed with that title.
            if !descriptors.isEmpty {
                let titled = keys.filter { !(descriptorsOf[$0] ?? []).isDisjoint(with: descriptors) }
                if titled.count == 1 { return titled[0] }
            }
            let local = Set(own.filter { $0.last == s }.compactMap { personKeys[Self.key($0.name)] })
            return local.count == 1 ? local.first : nil
        }
        let given = NameWords.nicknames[s] ?? s
        if let keys = givenNames[given] {
            if keys.count == 1 { return keys[0] }
            let local = Set(own.filter { $0.first == given }.compactMap { personKeys[Self.key($0.name)] })
            return local.count == 1 ? local.first : nil
        }
        guard s.count >= 6 else { return nil }
        let endings = Set(everyone.filter { $0.last.hasSuffix(s) }.compactMap { personKeys[Self.key($0.name)] })
        return endings.count == 1 ? endings.first : nil
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

    /// Do two words differ by one letter inserted, dropped or changed?
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if x.count == y.count { return Array(x.dropFirst(i + 1)) == Array(y.dropFirst(i + 1)) }
        if x.count > y.count { return Array(x.dropFirst(i + 1)) == Array(y.dropFirst(i)) }
        return Array(x.dropFirst(i)) == Array(y.dropFirst(i + 1))
    }

    static func isShouting(_ name: String) -> Bool {
        name.count > 4 && name.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " }).map(String.init)
    }

    /// Letters only, lower-cased: "Nur-Sultan" and "Nur Sultan" meet.
    static func key(_ name: String) -> String { Places.key(name) }

    /// An organisation's key: no leading "the" or possessive, British and American spellings folded.
    static func orgKey(_ name: String) -> String {
        var words = name.lowercased().split(separator: " ").map { String($0).replacingPossessive() }
        if words.first == "the" { words.removeFirst() }
        // "United States Supreme Court" is the Supreme Court of an American story.
        if words.count > 2, words[0] == "united", words[1] == "states" { words.removeFirst(2) }
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
