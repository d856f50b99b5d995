import CopydeskText

/// Groups of words that news copy swaps for one another when it rewrites a story: a translation
/// or a rewrite says "trip" for "visit", "outbreak" for "pandemic", "significance" for
/// "importance". Each word maps to its group's first word, after stemming, so paraphrase
/// detection counts them as one.
enum Synonyms {
    static func canonical(_ stem: String) -> String { table[stem] ?? stem }

    /// Words with a second, common sense are left out of every group: "order" (an executive
    /// order, not a medal), "state" (a state legislature, not "said"), "back", "found", "set",
    /// "form", "due", "call", "press", "mark", "head", "high", "firm" (a law firm), "plan",
    /// "note", "add", "top", "welcome", "model": folded, they made a story's "executive order" the
    /// same word as an "award", and unrelated sentences matched on it.
    private static let groups: [[String]] = [
        ["visit", "trip", "tour", "travel", "journey", "trek"],
        ["pandemic", "outbreak", "coronavirus", "covid", "epidemic", "virus"],
        ["importance", "significance", "important", "significant", "importantly"],
        ["historic", "historical"],
        ["abroad", "overseas", "foreign"],
        ["start", "begin", "onset", "outset", "launch", "beginning", "commence"],
        ["support", "backing", "endorse", "champion"],
        ["meet", "meeting", "talks", "encounter"],
        ["leader", "president", "chief"],
        ["country", "nation"],
        ["safeguard", "protect", "protection", "defend", "preserve", "guard"],
        ["evidence", "sign", "proof", "indication", "testament", "symbol"],
        ["cooperation", "collaboration", "co-operation"],
        ["example", "precedent"],
        ["group", "grouping", "bloc", "organisation", "organization", "alliance"],
        ["establish", "create"],
        ["expect", "schedule"],
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
        ["independence", "sovereignty"],
        ["say", "tell", "remark", "stress", "comment"],
        ["summit", "conference", "gathering"],
        ["development", "progress", "growth"],
        ["security", "safety"],
        ["region", "area", "zone"],
        ["international", "global", "worldwide"],
        ["invasion", "war", "offensive", "conflict"],
        ["senior", "high-level"],
        ["airport", "airfield"],
        ["receive", "greet"],
        ["award", "confer", "bestow", "honour", "honor", "medal"],
        ["trust", "confidence"],
        ["mutual", "reciprocal", "bilateral"],
        // What a second outlet writes when it re-reports a political story in its own words.
        ["apologize", "apology", "apologise", "apologies", "regret", "sorry"],
        ["resign", "resignation", "quit"],
        [
            "criticize", "criticise", "criticism", "condemn", "condemnation", "denounce", "slam", "blast",
            "rebuke", "assail", "lambaste",
        ],
        ["arrest", "detain", "detention", "custody", "apprehend"],
        ["investigate", "investigation", "investigator", "probe", "inquiry"],
        ["lawsuit", "sue"],
        ["deny", "denial"],
        ["override", "overridden", "overrode", "overrule"],
        ["video", "footage", "recording"],
        ["bomb", "explosive"],
        ["win", "won", "victory"],
        ["lose", "lost", "loss", "defeat"],
        ["undocumented", "illegal", "unauthorized"],
        ["immigrant", "migrant"],
        ["lawmaker", "legislator", "congressman", "congresswoman"],
        ["grab", "seize", "snatch"],
        ["private", "privately"],
        ["candidate", "contender", "challenger"],
        ["confirm", "verify"],
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
