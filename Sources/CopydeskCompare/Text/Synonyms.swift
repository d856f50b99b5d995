import CopydeskText

/// Groups of words that news copy swaps for one another when it rewrites a story: a translation
/// or a rewrite says "trip" for "visit", "outbreak" for "pandemic", "significance" for
/// "importance". Each word maps to its group's first word, after stemming, so paraphrase
/// detection counts them as one.
enum Synonyms {
    static func canonical(_ stem: String) -> String { table[stem] ?? stem }

    private static let groups: [[String]] = [
        ["visit", "trip", "tour", "travel", "journey", "trek"],
        ["pandemic", "outbreak", "coronavirus", "covid", "epidemic", "virus"],
        ["importance", "significance", "important", "significant", "importantly"],
        ["historic", "historical"],
        ["abroad", "overseas", "foreign"],
        ["start", "begin", "onset", "outset", "launch", "kick", "beginning", "commence"],
        ["support", "back", "backing", "endorse", "champion"],
        ["meet", "meeting", "talks", "encounter"],
        ["leader", "president", "head", "chief"],
        ["country", "nation", "state"],
        ["safeguard", "protect", "protection", "defend", "preserve", "guard"],
        ["evidence", "sign", "proof", "indication", "testament", "symbol", "mark"],
        ["cooperation", "collaboration", "co-operation"],
        ["example", "model", "precedent"],
        ["group", "grouping", "bloc", "organisation", "organization", "alliance"],
        ["establish", "found", "create", "form", "set"],
        ["expect", "schedule", "due", "plan", "set"],
        ["praise", "hail", "laud", "applaud", "commend"],
        ["relation", "ties", "relationship", "tie"],
        ["big", "huge", "large", "major", "massive", "vast"],
        ["member", "membership"],
        ["join", "enter", "accession"],
        ["agreement", "deal", "accord", "pact"],
        ["attack", "strike", "assault", "raid"],
        ["kill", "dead", "die", "death", "slay"],
        ["announce", "declare", "proclaim", "unveil"],
        ["promise", "vow", "pledge"],
        ["urge", "call", "press"],
        ["firm", "resolute", "resolutely", "strongly", "strong", "steadfast"],
        ["independence", "sovereignty"],
        ["say", "tell", "state", "note", "add", "remark", "stress", "comment"],
        ["sign", "ink"],
        ["summit", "conference", "gathering"],
        ["development", "progress", "growth"],
        ["security", "safety"],
        ["region", "area", "zone"],
        ["international", "global", "worldwide"],
        ["invasion", "war", "offensive", "conflict"],
        ["top", "senior", "high", "high-level"],
        ["airport", "airfield"],
        ["receive", "welcome", "greet"],
        ["award", "confer", "bestow", "honour", "honor", "order", "medal"],
        ["trust", "confidence"],
        ["mutual", "reciprocal", "bilateral"],
    ]

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for group in groups {
            let head = Stemmer.stem(group[0])
            for word in group {
                let stem = Stemmer.stem(word)
                if table[stem] == nil { table[stem] = head }
            }
        }
        return table
    }()
}
