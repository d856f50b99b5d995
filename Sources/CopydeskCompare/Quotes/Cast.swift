import CopydeskText

/// The people one source names, in reading order: who each name stands for in *that* source
/// (a bare "Jackson" is the Jackson most recently introduced there, not the one with the fullest
/// name anywhere), what the text called them ("Gov. Chris Christie", "Christie, the governor,",
/// "Rep. Farenthold (R-Texas)") and whether a "he" or a "she" can stand for them.
///
/// Built from the source's own tokens rather than the facts table, because attribution needs
/// every printing's token position and the words around it, and must not depend on the order
/// in which other sources were given.
struct Cast: Sendable {
    struct Person: Sendable {
        /// The fullest printing in the source ("Jesse Jackson Jr.", "Michael R. Bloomberg").
        var name: String
        var forename: String
        /// Key of the last word that is not a suffix (Jr., III).
        var surname: String
        var gender: SpeechWords.Gender?
        /// Role words the text attached to the person: titles, appositives, party tags.
        var roles: Set<String>
        /// Scalar offset of the first printing.
        var introduced: Int
    }

    struct Mention: Sendable {
        var start: Int
        var end: Int
        /// Token range of the name, titles excluded.
        var tokens: Range<Int>
        var person: Int
        /// Opens its clause and is followed by its verb: what a later pronoun most often means.
        var subject: Bool
        var quoted: Bool
    }

    var people: [Person] = []
    var mentions: [Mention] = []
    /// Words the source prints in lower case: a capitalised one of these opening a sentence
    /// ("Reacting to the news, …") is no name.
    var lowercase: Set<String> = []

    /// Name runs as printed, before people are merged: for ``Cast/build(_:quoted:others:)``.
    struct Run: Sendable {
        var tokens: Range<Int>
        var words: [String]
        var roles: Set<String>
        var gender: SpeechWords.Gender?
        var titled: Bool
    }

    /// `vocabulary`: words printed in lower case in any of the compared sources (a "Farmer"
    /// opening a sentence is a common word if another source prints "farmer").
    static func build(_ source: SourceText, quoted: [Bool], vocabulary: Set<String> = []) -> Cast {
        var cast = Cast()
        var lowercase = vocabulary
        for index in 0..<source.tokens.count where !source.isCapitalized(index) { lowercase.insert(source.keys[index]) }
        cast.lowercase = lowercase
        var runs: [Run] = []
        var index = 0
        while index < source.tokens.count {
            if let run = nameRun(at: index, source, lowercase: lowercase) {
                runs.append(run)
                index = max(run.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        // Full names first, so that a bare surname printed before its full name (a headline)
        // still finds it.
        for run in runs where run.words.count >= 2 {
            let surname = surnameKey(run.words)
            let forename = NameBook.key(run.words[0])
            if let existing = cast.people.firstIndex(where: {
                $0.surname == surname && ($0.forename == forename || $0.forename.hasPrefix(forename) || forename.hasPrefix($0.forename))
            }) {
                let name = run.words.joined(separator: " ")
                if name.count > cast.people[existing].name.count { cast.people[existing].name = name }
                cast.people[existing].roles.formUnion(run.roles)
                cast.people[existing].gender = cast.people[existing].gender ?? run.gender
                continue
            }
            let start = source.tokens.tokens[run.tokens.lowerBound].scalars.lowerBound
            cast.people.append(
                Person(
                    name: run.words.joined(separator: " "), forename: forename, surname: surname,
                    gender: run.gender ?? Forenames.gender(of: forename), roles: run.roles, introduced: start))
        }
        for run in runs {
            let start = source.tokens.tokens[run.tokens.lowerBound].scalars.lowerBound
            let end = source.tokens.tokens[run.tokens.upperBound - 1].scalars.upperBound
            let person: Int
            if run.words.count >= 2 {
                let surname = surnameKey(run.words)
                let forename = NameBook.key(run.words[0])
                guard
                    let found = cast.people.firstIndex(where: {
                        $0.surname == surname
                            && ($0.forename == forename || $0.forename.hasPrefix(forename) || forename.hasPrefix($0.forename))
                    })
                else { continue }
                person = found
            } else if let found = cast.person(named: NameBook.key(run.words[0]), before: start) {
                person = found
                cast.people[found].roles.formUnion(run.roles)
                if cast.people[found].gender == nil { cast.people[found].gender = run.gender }
            } else if run.titled || speaks(run.tokens, source) {
                // "Mr. Scotto", "Sen. Grassley": a person the text never names in full.
                cast.people.append(
                    Person(
                        name: run.words[0], forename: "", surname: NameBook.key(run.words[0]), gender: run.gender,
                        roles: run.roles, introduced: start))
                person = cast.people.count - 1
            } else {
                continue
            }
            cast.mentions.append(
                Mention(
                    start: start, end: end, tokens: run.tokens, person: person,
                    subject: isSubject(run.tokens, source), quoted: quoted[run.tokens.lowerBound]))
        }
        return cast
    }

    /// The person a bare name stands for at `offset`: among the people with that surname (or,
    /// failing that, forename), the one most recently introduced before it, else the first
    /// introduced after it.
    func person(named key: String, before offset: Int) -> Int? {
        guard !key.isEmpty else { return nil }
        // Surname, then forename (Chinese names print the family name first: "Xi"), then a
        // transliteration that drops a prefix ("Abdollahian" for "Amirabdollahian").
        let matchers: [(Person) -> Bool] = [
            { $0.surname == key }, { $0.forename == key },
            { key.count >= 6 && $0.surname.count > key.count && $0.surname.hasSuffix(key) },
        ]
        for match in matchers {
            let candidates = people.indices.filter { match(people[$0]) }
            if let recent = candidates.filter({ people[$0].introduced <= offset }).max(by: {
                people[$0].introduced < people[$1].introduced
            }) {
                return recent
            }
            if let first = candidates.min(by: { people[$0].introduced < people[$1].introduced }) { return first }
        }
        return nil
    }

    /// Is a lone name the subject of a verb of saying ("Trump asserted", "said Moreno")? Then it
    /// is a person even when the text never prints it in full.
    static func speaks(_ tokens: Range<Int>, _ source: SourceText) -> Bool {
        guard let last = tokens.last, !source.keys[last].hasSuffix("'s") else { return false }
        var next = last + 1
        while next < source.tokens.count, next - last <= 2, ["also", "later", "then", "again", "has", "had"].contains(source.keys[next]) {
            next += 1
        }
        if next < source.tokens.count, source.gap(after: next - 1) == " ", SpeechWords.verbs.contains(source.keys[next]) {
            return true
        }
        let before = tokens.lowerBound - 1
        guard before >= 0, source.gap(after: before) == " ", SpeechWords.invertible.contains(source.keys[before]) else {
            return false
        }
        // "said Moreno" after a quotation inverts the subject; "Mitt Romney said Wednedsay he …"
        // has its subject already, and the capitalised word after the verb (here a misspelt
        // weekday) is no one.
        return !(before > 0 && source.gap(after: before - 1) == " " && source.isCapitalized(before - 1))
    }

    static func surnameKey(_ words: [String]) -> String {
        let keys = words.map(NameBook.key)
        return keys.last { !SpeechWords.nameSuffixes.contains($0) && !$0.isEmpty } ?? (keys.last ?? "")
    }

    /// A run of capitalised words at `index` that names a person, with the titles and roles
    /// printed around it.
    static func nameRun(at index: Int, _ source: SourceText, lowercase: Set<String>) -> Run? {
        let count = source.tokens.count
        guard index < count, source.isCapitalized(index) else { return nil }
        if index > 0, source.isCapitalized(index - 1), joins(after: index - 1, source) { return nil }
        var end = index + 1
        while end < count, joins(after: end - 1, source), source.isCapitalized(end) || isParticle(end, source) {
            if source.keys[end - 1].hasSuffix("'s") { break }
            end += 1
        }
        guard let cleaned = strip(Array(index..<end), source, lowercase: lowercase) else { return nil }
        let tokens = cleaned.tokens
        var roles = cleaned.roles
        var gender = cleaned.gender
        var titled = cleaned.titled
        guard let first = tokens.first, let last = tokens.last, tokens.count <= 5 else { return nil }
        // "the aide, Elizabeth Lauten, 31,": a description set off by a comma before the name.
        if first >= 2, source.gap(after: first - 1) == ", ", let role = SpeechWords.roles[source.keys[first - 1]],
            ["the", "a", "an", "his", "her", "their", "its"].contains(source.keys[first - 2])
                || source.keys[first - 2].hasSuffix("'s")
        {
            roles.formUnion(role)
            titled = true
        }
        // Roles printed small before the name: "former congressman Blake Farenthold".
        var back = (tokens.first ?? index) - 1
        while back >= 0, (tokens.first ?? index) - back <= 4, source.gap(after: back) == " " {
            let key = source.keys[back]
            if let role = SpeechWords.roles[key] {
                roles.formUnion(role)
                titled = true
                if let g = SpeechWords.gendered[key] { gender = gender ?? g }
            } else if !SpeechWords.titleWords.contains(key), Lexicon.demonyms[key] == nil,
                !key.hasSuffix("-term"), !["former", "the", "a", "an", "then"].contains(key)
            {
                break
            }
            back -= 1
        }
        // The name as printed: initials keep their full stops, a hyphenated name stays whole.
        let printed = source.slice(
            source.tokens.tokens[first].scalars.lowerBound..<source.tokens.tokens[last].scalars.upperBound
        ).replacingPossessive()
        let words = printed.split(separator: " ").map(String.init)
        let keys = words.map(NameBook.key)
        let name = printed
        if Places.isKnown(name) || Places.isKnown(words[0]) && words.count == 1 || SpeechWords.isUSPlace(name) { return nil }
        if keys.contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.months[$0] != nil || Lexicon.weekdays[$0] != nil })
        {
            return nil
        }
        // "the Marsh Administration", "the Rural Action Conference": a body named after a person or
        // a cause ends in its head. Only the last word counts ("Secretary of State John Kerry"
        // prints "State" inside a person's run), and a head that is also a surname stays a name.
        if words.count >= 2, let head = keys.last, isBodyHead(head) { return nil }
        if keys.contains(where: { Lexicon.stopwords.contains($0) || SpeechWords.verbs.contains($0) }) { return nil }
        if words.count == 1, isAcronym(words[0]) { return nil }
        if words.isEmpty || words.contains(where: { $0.unicodeScalars.contains { !($0.properties.isAlphabetic || "'’-.".unicodeScalars.contains($0)) } }) {
            return nil
        }
        // After the name: an appositive ("Christie, the governor,"; "Calderon, who was president
        // of Mexico,") or a party tag ("(R-Texas)", ", D-Nev.,").
        var after = last + 1
        if after < count, source.gap(after: last).contains(",") || source.gap(after: last).contains("(") {
            var read = 0
            while after < count, read < 10 {
                let key = source.keys[after]
                if let role = SpeechWords.roles[key] {
                    roles.formUnion(role)
                    if let g = SpeechWords.gendered[key] { gender = gender ?? g }
                }
                if ["r", "d"].contains(key), source.gap(after: after).hasPrefix("-") {
                    roles.formUnion([key == "r" ? "republican" : "democrat", "lawmaker"])
                    // "(D-Calif.)", "(R-N.Y.)", "(D-CA)": the state the lawmaker stands for.
                    if let state = stateRole(at: after + 1, source, postal: true) { roles.insert(state) }
                } else if source.isCapitalized(after), let state = stateRole(at: after, source) {
                    // "Rep. Tim Ryan (Ohio)", "Smith, a Texas Republican,".
                    roles.insert(state)
                }
                if source.gap(after: after).contains(",") || source.gap(after: after).contains(")") { break }
                after += 1
                read += 1
            }
        }
        return Run(tokens: first..<(last + 1), words: words, roles: roles, gender: gender, titled: titled)
    }

    /// The name inside a run of capitalised words, without what is printed around it: a
    /// sentence's capitalised first word that is a common word ("Enter Ms. Lauten"), places and
    /// titles before the name ("North Carolina Rep. Bob Etheridge", "FBI Director Chris Wray"),
    /// a party letter after it ("Jan Brewer (R)"). Nil for no name: weekdays, party tags ("R-N.Y."),
    /// a run of titles alone.
    static func strip(_ run: [Int], _ source: SourceText, lowercase: Set<String>) -> (
        tokens: [Int], roles: Set<String>, gender: SpeechWords.Gender?, titled: Bool
    )? {
        var tokens = run
        var roles = Set<String>()
        var gender: SpeechWords.Gender? = nil
        var titled = false
        if let first = tokens.first, source.startsSentence(first) || afterOpeningMark(first, source),
            lowercase.contains(source.keys[first]) || Lexicon.stopwords.contains(source.keys[first]),
            SpeechWords.roles[source.keys[first]] == nil, Forenames.gender(of: source.keys[first]) == nil,
            !["new", "north", "south", "east", "west", "united", "great", "white", "grand"].contains(source.keys[first])
        {
            tokens.removeFirst()
        }
        // Party tags: "R-N.Y.", "D-Calif.".
        if let first = tokens.first, ["r", "d", "i"].contains(source.keys[first]), source.gap(after: first).hasPrefix("-") {
            return nil
        }
        while let last = tokens.last, source.keys[last].count == 1, tokens.count > 1,
            !source.gap(after: last).hasPrefix(".")
        {
            tokens.removeLast()
        }
        // Everything through the last title word that still has a name after it.
        let isTitle = { (token: Int) -> Bool in
            let key = bare(source.keys[token])
            return SpeechWords.titleWords.contains(key) || Lexicon.demonyms[key] != nil
        }
        // "Justice Department", "Senate Judiciary Committee": a body's name keeps its words.
        let namesABody = tokens.last.map { Lexicon.organizationHeads.contains(bare(source.keys[$0])) } ?? false
        if !namesABody, let cut = tokens.indices.last(where: { i in
            isTitle(tokens[i]) && tokens[(i + 1)...].contains { !SpeechWords.nameSuffixes.contains(source.keys[$0]) }
        }) {
            for token in tokens[...cut] {
                let key = bare(source.keys[token])
                // "California Rep. Nancy Pelosi": the state is a role too.
                if let state = SpeechWords.stateRole(key) { roles.insert(state) }
                if let role = SpeechWords.roles[key] {
                    roles.formUnion(role)
                    titled = true
                }
                if let g = SpeechWords.gendered[key] { gender = g }
                if abbreviatedTitles.contains(key) { titled = true }
            }
            tokens.removeFirst(cut + 1)
        }
        guard !tokens.isEmpty, !tokens.allSatisfy(isTitle) else { return nil }
        if tokens.contains(where: { Lexicon.weekdays[bare(source.keys[$0])] != nil || Lexicon.months[bare(source.keys[$0])] != nil && tokens.count == 1 }) {
            return nil
        }
        return (tokens, roles, gender, titled)
    }

    /// Does a name continue past token `index`: a space, a hyphen, or an initial's full stop?
    static func joins(after index: Int, _ source: SourceText) -> Bool {
        let gap = source.gap(after: index)
        if gap == " " || gap == "-" || gap == "\u{2010}" { return true }
        if gap == ". " {
            let key = source.keys[index]
            return key.count == 1 || abbreviatedTitles.contains(key)
        }
        return false
    }

    /// Titles printed with a full stop before a name: "Gov. Jan Brewer", "Sen. Ted Cruz".
    static let abbreviatedTitles: Set<String> = [
        "jr", "sr", "st", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
        "rev", "prof", "pres", "atty", "supt", "cmdr", "maj", "sens", "reps",
    ]

    /// Heads of bodies beyond ``Lexicon/organizationHeads`` ("administration", "conference",
    /// "campaign", "project" …), less the ones that are surnames too ("Frank Church").
    static func isBodyHead(_ key: String) -> Bool {
        NameWords.organizationHeads.contains(key) && !["church", "press", "guard"].contains(key)
    }

    /// The state named at token `index`: one word ("Texas", "Calif."), two words ("New York") or
    /// single letters joined ("N.Y.").
    static func stateRole(at index: Int, _ source: SourceText, postal: Bool = false) -> String? {
        guard index < source.tokens.count else { return nil }
        let key = source.keys[index]
        if index + 1 < source.tokens.count, source.gap(after: index) == " " || source.gap(after: index) == ".",
            let state = SpeechWords.stateRole(key + (source.gap(after: index) == " " ? " " : "") + source.keys[index + 1])
        {
            return state
        }
        return SpeechWords.stateRole(key, postal: postal)
    }

    static func isParticle(_ index: Int, _ source: SourceText) -> Bool {
        ["de", "van", "von", "bin", "al", "la", "le", "du", "da", "di", "del", "der", "y"].contains(source.keys[index])
            && index + 1 < source.tokens.count && source.isCapitalized(index + 1)
    }

    static func isAcronym(_ word: String) -> Bool {
        word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    static func afterOpeningMark(_ token: Int, _ source: SourceText) -> Bool {
        let start = source.tokens.tokens[token].scalars.lowerBound
        guard start > 0, start - 1 < source.scalars.count else { return true }
        return "\"“‘'(«—".unicodeScalars.contains(source.scalars[start - 1])
    }

    static func bare(_ key: String) -> String { key.hasSuffix("'s") ? String(key.dropLast(2)) : key }

    /// Is the name the subject of a verb: not after a preposition or inside a possessive, and
    /// followed (past an appositive) by a word that can be a verb?
    static func isSubject(_ tokens: Range<Int>, _ source: SourceText) -> Bool {
        guard let last = tokens.last else { return false }
        if source.keys[last].hasSuffix("'s") { return false }
        var before = tokens.lowerBound - 1
        // Titles, and a description that opens the sentence ("Union leader Marit Haugen told…").
        while before >= 0, source.gap(after: before).count <= 2,
            SpeechWords.titleWords.contains(bare(source.keys[before]))
                || SpeechWords.roles[bare(source.keys[before])] != nil
                || source.startsSentence(before) && source.isCapitalized(before)
        {
            before -= 1
        }
        // Only a main clause's subject: at the sentence start, after a lead-in's comma, or after
        // "and"/"but" ("…that Trump will win" is a subordinate subject).
        if before >= 0, !source.gap(after: before).contains(where: { ",;:\"“”—(".contains($0) }),
            !["and", "but", "then", "so"].contains(source.keys[before]),
            source.sentenceIndex(at: source.tokens.tokens[before].scalars.lowerBound)
                == source.sentenceIndex(at: source.tokens.tokens[tokens.lowerBound].scalars.lowerBound)
        {
            return false
        }
        var next = last + 1
        if next < source.tokens.count, source.gap(after: last).contains(",") {
            // Skip an appositive to its closing comma.
            var probe = next
            while probe < source.tokens.count, probe - next < 14, !source.gap(after: probe).contains(",") { probe += 1 }
            next = probe + 1
        }
        guard next < source.tokens.count else { return false }
        let key = source.keys[next]
        return !source.isCapitalized(next) && !SpeechWords.notVerbs.contains(key)
    }
}
