import CopydeskText

/// Resolving a speaker phrase to a person (or a body) of the source.
extension Attribution {
    /// The speaker a phrase stands for at `offset`, and the cast person when it is one.
    func resolve(_ phrase: Phrase, at offset: Int, events: [Event]) -> (Speaker?, Int?) {
        let tokens = phrase.tokens
        guard let first = tokens.first else { return (nil, nil) }
        let keys = tokens.map { Cast.bare(source.keys[$0]) }
        if tokens.count == 1, keys[0] == "he" || keys[0] == "she" {
            let gender: SpeechWords.Gender = keys[0] == "he" ? .male : .female
            guard let person = salient(before: offset, gender: gender, events: events) else { return (nil, nil) }
            return (Speaker(name: cast.people[person].name, kind: .person), person)
        }
        // Names: the last run of capitalised words that is not a possessive ("Trump's lawyer
        // Rudy Giuliani" → Giuliani) and not titles.
        var runs: [[Int]] = [[]]
        for token in tokens {
            let key = source.keys[token]
            // Titles stay in the run for ``Cast/strip`` to cut ("FBI Director Chris Wray"), so
            // that "White House" is read whole.
            let isName = source.isCapitalized(token) && !Lexicon.stopwords.contains(key)
            if isName, !(runs[runs.count - 1].last.map { $0 + 1 == token } ?? true) { runs.append([]) }
            if isName { runs[runs.count - 1].append(token) }
            if key.hasSuffix("'s") || !isName, !(runs.last?.isEmpty ?? true) {
                if key.hasSuffix("'s") { runs[runs.count - 1] = [] }
                runs.append([])
            }
        }
        runs.removeAll { $0.isEmpty }
        // "A Romney campaign aide said": a name used as a modifier describes someone else.
        if let run = runs.last, let end = run.last, let at = tokens.firstIndex(of: end),
            tokens[(at + 1)...].contains(where: { !source.isCapitalized($0) }), keys.first == "a" || keys.first == "an"
        {
            return (nil, nil)
        }
        // "Senator Chuck Schumer of New York", "Capt. Ron Johnson of the Highway Patrol": the name
        // before "of" is the speaker; the run after it says where they are from or serve.
        if runs.count >= 2, let lastStart = runs.last?.first, let before = runs[runs.count - 2].last,
            let from = tokens.firstIndex(of: before), let to = tokens.firstIndex(of: lastStart), from + 1 < to,
            keys[(from + 1)..<to].contains(where: { $0 == "of" || $0 == "for" })
        {
            let named = resolve(name: runs[runs.count - 2], at: offset)
            if named.0?.kind == .person { return named }
        }
        if let run = runs.last {
            // "the California Democrat": a place is no name; the role words still describe someone.
            let named = resolve(name: run, at: offset)
            let body = keys.last.map { Lexicon.speakingBodies.contains($0) } ?? false
            if named.0 != nil || !body && !keys.contains(where: { SpeechWords.roles[$0] != nil }) { return named }
        }
        if let head = keys.last, Lexicon.speakingBodies.contains(head) || head == "campaign" {
            var words = tokens
            while let head = words.first, ["the", "a", "an", "his", "her", "their"].contains(source.keys[head]) {
                words.removeFirst()
            }
            // "the Chinese statement declared", "a Russian report said": a nationality and a
            // document name no one ("a WHO statement", "a Pentagon report" name their author).
            if let last = words.last, Self.documents.contains(Cast.bare(source.keys[last])),
                words.dropLast().allSatisfy({ !source.isCapitalized($0) || Lexicon.demonyms[Cast.bare(source.keys[$0])] != nil })
            {
                return (nil, nil)
            }
            guard let start = words.first, let end = words.last, start <= end else { return (nil, nil) }
            // "the company claims", "the report states": a body the phrase does not name is no
            // speaker a reader could check; "the Justice Department" and "the Trump campaign" are.
            guard words.contains(where: { source.isCapitalized($0) }) else { return (nil, nil) }
            let span = source.tokens.tokens[start].scalars.lowerBound..<source.tokens.tokens[end].scalars.upperBound
            let text = source.slice(span)
            return (Speaker(name: text.prefix(1).uppercased() + text.dropFirst(), kind: .organization), nil)
        }
        // A description: the person the text described with these role words ("the California
        // Democrat": a Democrat whose state is California).
        var roles = Set(keys.flatMap { SpeechWords.roles[$0] ?? [] })
        for token in tokens where source.isCapitalized(token) {
            if let state = Cast.stateRole(at: token, source) { roles.insert(state) }
        }
        guard !keys.contains("a"), !keys.contains("an") else { return (nil, nil) }
        if roles.isEmpty {
            // "the communications pro wrote": a definite description of someone the story is
            // about; a thing ("the ad says") or a group ("the senators") is no one.
            guard keys.first == "the", let head = keys.last, !head.hasSuffix("s"), !Self.things.contains(head),
                tokens.count <= 4, let person = salient(before: offset, gender: nil, events: events, strong: true)
            else { return (nil, nil) }
            return (Speaker(name: cast.people[person].name, kind: .person), person)
        }
        let gender = keys.lazy.compactMap { SpeechWords.gendered[$0] }.first
        let heads = SpeechWords.roles[keys.last ?? ""] ?? []
        if let person = described(by: roles, heads: Set(heads), before: offset) {
            return (Speaker(name: cast.people[person].name, kind: .person), person)
        }
        if let person = salient(before: offset, gender: gender, events: events, strong: true) {
            return (Speaker(name: cast.people[person].name, kind: .person), person)
        }
        _ = first
        return (nil, nil)
    }

    /// Documents that "say" what their authors said.
    static let documents: Set<String> = [
        "statement", "report", "readout", "document", "communique", "declaration", "release", "memo", "letter",
    ]

    /// Heads of descriptions that name a thing or a group, not a person.
    static let things: Set<String> = [
        "ad", "report", "letter", "post", "tweet", "video", "bill", "law", "book", "article", "memo", "statement",
        "email", "message", "poll", "survey", "study", "document", "network", "show", "website", "site", "page",
        "campaign", "paper", "newspaper", "magazine", "court", "ruling", "order", "decision", "complaint",
        "lawsuit", "suit", "filing", "indictment", "release", "note", "speech", "interview", "program", "plan",
        "proposal", "policy", "agency", "group", "company", "firm", "team", "committee", "panel", "party",
        "administration", "government", "white", "house", "office", "department", "ministry", "couple", "family",
    ]

    /// A capitalised run: a person of this source, a person of another source with that
    /// surname, a body, or nothing when it reads as no one's name.
    func resolve(name printedRun: [Int], at offset: Int) -> (Speaker?, Int?) {
        guard let run = Cast.strip(printedRun, source, lowercase: cast.lowercase)?.tokens,
            let first = run.first, let last = run.last, first <= last
        else { return (nil, nil) }
        let words = run.map { source.surface($0).replacingPossessive() }
        let name = words.joined(separator: " ")
        let keys = words.map(NameBook.key)
        // A place is no speaker ("said Tuesday in Ohio", "Washington said" is a government).
        if Places.isKnown(name) || SpeechWords.isUSPlace(name) {
            return (nil, nil)
        }
        if keys.contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.speakingBodies.contains($0) })
            || (run.count == 1 && Cast.isAcronym(words[0])) || (run.count >= 2 && keys.last.map(Cast.isBodyHead) == true)
        {
            return (Speaker(name: name, kind: .organization), nil)
        }
        // "the Nevada Democrat", "the Ohio Republican": a place and a role describe someone the
        // story named; they are no name.
        if words.count >= 2, let head = keys.last, SpeechWords.roles[head] != nil,
            Places.isKnown(words[0]) || SpeechWords.isUSPlace(words[0])
        {
            return (nil, nil)
        }
        // "The Bill would require …", "The Report found": a document speaks for no one.
        if let head = keys.last, Self.things.contains(head) { return (nil, nil) }
        if let mention = cast.mentions.first(where: { mention in run.contains { mention.tokens.contains($0) } }) {
            return (Speaker(name: fuller(cast.people[mention.person].name), kind: .person), mention.person)
        }
        if words.count == 1, let person = cast.person(named: keys[0], before: offset) {
            return (Speaker(name: fuller(cast.people[person].name), kind: .person), person)
        }
        if words.count == 1, let elsewhere = elsewhere(named: keys[0]) {
            return (Speaker(name: elsewhere, kind: .person), nil)
        }
        guard Self.isPersonName(words), words.count > 1 || !cast.lowercase.contains(keys[0]) else { return (nil, nil) }
        return (Speaker(name: name, kind: .person), nil)
    }

    /// A one-word name ("Mr. Reyes", "President Xi") as another source prints it in full.
    func fuller(_ name: String) -> String {
        guard !name.contains(" ") else { return name }
        return elsewhere(named: NameBook.key(name)) ?? name
    }

    /// The fullest name other sources give a surname: the one printed by the most sources, then
    /// the longest, then the first in alphabetical order, so that the answer does not depend on
    /// the order of the sources.
    func elsewhere(named key: String) -> String? {
        var counts: [String: Int] = [:]
        for other in others {
            guard let person = other.person(named: key, before: Int.max) else { continue }
            let name = other.people[person].name
            if name.contains(" ") { counts[name, default: 0] += 1 }
        }
        return counts.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key
    }

    /// A person's name as printed: one to five words, each capitalised (or a particle), letters
    /// only, none a verb or a function word ("Bloomberg Tells U" is a headline, not a name).
    static func isPersonName(_ words: [String]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            let key = NameBook.key(word)
            guard let first = word.unicodeScalars.first, !key.isEmpty else { return false }
            if ["de", "van", "von", "bin", "al", "la", "le", "du", "da", "di", "del", "der"].contains(key) { return true }
            return first.properties.isUppercase && !SpeechWords.verbs.contains(key) && !Lexicon.stopwords.contains(key)
                && (key.count >= 2 || words.count > 1)
                && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "'’-.".unicodeScalars.contains($0) }
                && !(key.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && words.count == 1)
        }
    }

    /// The person earlier described with these roles: the most head-noun matches, then the
    /// most role matches, then the most recently mentioned.
    func described(by roles: Set<String>, heads: Set<String>, before offset: Int) -> Int? {
        var best: (score: Int, recent: Int, person: Int)? = nil
        var lastSeen: [Int: Int] = [:]
        for mention in cast.mentions where mention.start < offset { lastSeen[mention.person] = mention.start }
        for (person, seen) in lastSeen {
            let have = cast.people[person].roles
            let headScore = have.intersection(heads).count
            let score = headScore * 10 + have.intersection(roles).count
            guard headScore > 0 || (heads.isEmpty && score > 0) else { continue }
            if best.map({ (score, seen) > ($0.score, $0.recent) }) ?? true { best = (score, seen, person) }
        }
        return best?.person
    }

    /// The person a pronoun (or an unresolved description) most likely stands for at `offset`:
    /// walking back over the last paragraphs, the most recent speaker or clause subject whose
    /// gender allows it, else the most recent mention that does.
    func salient(before offset: Int, gender: SpeechWords.Gender?, events: [Event], strong: Bool = false) -> Int? {
        let paragraph = source.paragraphIndex(at: offset) ?? 0
        let floor = source.paragraphs.indices.contains(max(0, paragraph - 2))
            ? source.paragraphs[max(0, paragraph - 2)].lowerBound : 0
        let window = events.filter { $0.offset < offset && $0.offset >= floor }.filter { event in
            guard let gender else { return true }
            return cast.people[event.person].gender.map { $0 == gender } ?? true
        }
        if let focus = window.last(where: { $0.weight >= 2 }) {
            // A mention after the focus outranks it only when its gender is known to match.
            if let gender, let later = window.last(where: { $0.offset > focus.offset && cast.people[$0.person].gender == gender }),
                cast.people[focus.person].gender != gender, !strong
            {
                return later.person
            }
            return focus.person
        }
        return window.last?.person
    }
}
