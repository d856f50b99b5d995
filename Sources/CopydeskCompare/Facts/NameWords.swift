import CopydeskText

/// Word lists for telling names apart, beyond ``Lexicon``'s: the abbreviated titles of American
/// copy ("Sen.", "Gov."), party labels, given-name nicknames, name suffixes and the heads that make
/// a capitalised phrase a place, an organisation or an event rather than a person.
enum NameWords {
    /// Titles written with a full stop: the run of a name goes on after them ("Sen. Ted Cruz").
    static let abbreviatedTitles: Set<String> = [
        "sen", "rep", "gov", "lt", "gen", "adm", "sgt", "col", "capt", "maj", "cmdr", "atty", "pres", "supt",
        "rev", "dr", "mr", "mrs", "ms", "prof", "gens", "sens", "reps", "cpl", "pvt", "amb", "insp", "det",
        // Not titles, but abbreviations inside names: "St. Louis", "Ft. Worth", "Mt. Rainier".
        "st", "ste", "ft", "mt",
    ]

    /// Title words beyond ``Lexicon/titles`` that stand before a name in American political copy.
    static let titles: Set<String> = [
        "speaker", "majority", "minority", "whip", "attorney", "congressman", "congresswoman", "candidate",
        "nominee", "commissioner", "administrator", "press", "adviser", "advisor", "strategist", "acting",
        "former", "sen", "rep", "gov", "lt", "gen", "adm", "sgt", "col", "capt", "maj", "cmdr", "atty",
        "pres", "supt", "rev", "assemblyman", "assemblywoman", "councilman", "councilwoman", "delegate",
        "republican", "republicans", "democrat", "democrats", "democratic", "gop", "independent", "freshman",
        "sens", "reps", "gens", "justices", "officials", "lawmaker", "lawmakers", "chairwoman", "dear", "founder",
        "anchor", "columnist", "correspondent", "analyst", "pastor", "father", "sister", "brother",
        "surgeon", "inspector", "superintendent", "sheriff", "detective", "agent", "ranking", "member",
        "first", "lady", "house", "senate", "white", "homeland", "security", "national", "intelligence",
        "staff", "campaign", "manager", "communications", "policy", "legislative", "assistant", "special",
        "counsel", "solicitor", "treasury", "commerce", "veterans", "affairs", "housing", "transportation",
        "navy", "army", "air", "force", "marine", "joint", "chiefs", "of", "u", "s", "un", "us", "editor",
        "publisher",
    ]

    /// Words that only make sense as part of a title chain, never as the start of a name.
    static let titleOnly: Set<String> = [
        "president", "vice", "secretary", "senator", "governor", "mayor", "speaker", "leader", "chairman",
        "chairwoman", "director", "minister", "ambassador", "justice", "judge", "sen", "rep", "gov", "lt", "gen",
        "adm", "sgt", "col", "capt", "maj", "cmdr", "atty", "pres", "supt", "rev", "dr", "mr", "mrs", "ms",
        "congressman", "congresswoman", "commissioner", "spokesman", "spokeswoman", "attorney", "chief",
        "acting", "former", "majority", "minority", "whip", "deputy", "prof", "professor", "dear",
        "representatives", "senators", "governors", "congressmen", "congresswomen", "reps", "sens",
        "editor", "publisher",
    ]

    /// Plural nouns for groups of people, capitalised at a sentence start or by a party: never one
    /// person's name ("Sources told …", "Republicans said …").
    static let groups: Set<String> = [
        "sources", "officials", "critics", "experts", "analysts", "democrats", "republicans", "aides",
        "lawmakers", "residents", "witnesses", "authorities", "investigators", "prosecutors", "protesters",
        "supporters", "opponents", "voters", "conservatives", "liberals", "progressives", "americans",
        "senators", "members", "leaders", "advocates", "activists", "police", "reporters", "others", "many",
    ]

    /// Whether a word ends the way English plurals for kinds of people do ("skippers", "fishermen",
    /// "economists", "retirees"). Surnames end so too ("Sanders", "Waters"), so this only ever
    /// withholds certainty: the name book still accepts such a word when the story names the person.
    static func looksLikePeoplePlural(_ key: String) -> Bool {
        key.count >= 5 && peoplePluralEndings.contains { key.hasSuffix($0) }
    }

    private static let peoplePluralEndings = ["ers", "ors", "ists", "ians", "ants", "ents", "men", "ees", "ics"]

    /// Verbs a headline capitalises right after a name ("Bloomberg Tells U.S. …"): a name ends there.
    static let headlineVerbs: Set<String> = [
        "says", "said", "tells", "told", "adds", "warns", "warned", "urges", "urged", "slams", "blasts", "asks",
        "asked", "writes", "wrote", "vows", "vowed", "calls", "called", "rips", "knocks", "defends", "denies",
        "admits", "announces", "launches", "wins", "loses", "backs", "endorses", "resigns", "quits", "plans",
    ]

    /// Prepositions and conjunctions ``Lexicon/stopwords`` leaves out: capitalised at a sentence
    /// start ("Unlike Trump, …") they are never part of a name.
    static let functionWords: Set<String> = [
        "unlike", "despite", "amid", "amidst", "unless", "until", "via", "whereas", "beyond", "near", "besides",
        "except", "including", "following", "regarding", "according", "behind", "beside", "below", "above",
        "around", "inside", "outside", "throughout", "whilst", "whenever", "wherever", "perhaps", "indeed",
        "instead", "thus", "hence", "yes", "oh", "dear", "hey", "thanks", "please", "sorry",
        // Indefinite pronouns: "Everyone agreed" names no one.
        "everyone", "everybody", "everything", "someone", "somebody", "something", "anyone", "anybody",
        "anything", "nobody", "nothing", "none", "whoever", "whatever",
    ]

    /// Words that make a known place a region of it: "South Florida", "Midtown Manhattan".
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midtown",
        "downtown", "uptown", "upstate", "greater", "lower", "upper", "northeast", "northwest", "southeast",
        "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "rural", "inner",
    ]

    /// Holidays: days, not people ("Thanksgiving Turkey") or places.
    static let holidays: Set<String> = [
        "thanksgiving", "christmas", "easter", "halloween", "hanukkah", "passover", "ramadan", "eid", "diwali",
        "kwanzaa", "juneteenth",
    ]

    /// Adjectives with no telltale ending, passed over between a number and its noun ("two young
    /// women", "12 crude bombs").
    static let plainAdjectives: Set<String> = [
        "young", "old", "big", "small", "large", "few", "top", "crude", "instant", "minor", "senior", "junior",
        "current", "recent", "early", "late", "long", "short", "high", "low", "full", "half", "whole", "single",
        "double", "strong", "weak", "rich", "poor", "black", "white", "red", "blue", "green", "armed", "dead",
        "live", "same", "separate", "different", "various", "several", "undocumented", "unarmed", "elderly", "vice",
    ]

    /// Last words of newspapers' names, which copy uses alone: "The Times", "The Post".
    static let publications: Set<String> = [
        "times", "post", "journal", "tribune", "herald", "chronicle", "gazette", "globe", "examiner", "sun",
        "observer", "guardian", "telegraph", "inquirer", "enquirer", "star", "register", "bulletin",
    ]

    /// Labels an editor prints in capitals over copy: not names.
    static let editorialLabels: Set<String> = [
        "update", "updated", "correction", "corrections", "clarification", "editor", "note", "watch", "video",
        "photos", "photo", "related", "advertisement", "exclusive", "breaking", "opinion", "analysis", "live",
        "read", "more", "see", "also", "listen", "share", "comments",
    ]

    /// Party words printed before a name or alone: descriptors, never the name.
    static let parties: Set<String> = [
        "republican", "democrat", "democratic", "gop", "independent", "libertarian", "conservative", "liberal",
        "progressive", "labour", "tory",
    ]

    /// The abbreviations of the American states as copy prints them after a town ("Fla.", "Calif.").
    static let stateAbbreviations: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "pa",
        "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ny", "nj", "nc", "sc", "nd", "sd", "nh", "nm", "ri",
        "wva", "dc",
    ]

    /// The single capital letters of American party labels: "(R-Texas)", "D-Nev.", "I-Vt.".
    static let partyLetters: Set<String> = ["r", "d", "i"]

    /// Suffixes after a surname, not the surname itself.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Common English nicknames and the given name they stand for, so "Mike Bloomberg" is
    /// "Michael Bloomberg". Small on purpose: only nicknames no other name shares.
    static let nicknames: [String: String] = [
        "mike": "michael", "mick": "michael", "bill": "william", "will": "william", "billy": "william",
        "bob": "robert", "rob": "robert", "bobby": "robert", "jim": "james", "jimmy": "james", "jamie": "james",
        "joe": "joseph", "joey": "joseph", "tom": "thomas", "tommy": "thomas", "dick": "richard",
        "rick": "richard", "rich": "richard", "ricky": "richard", "ted": "edward", "ed": "edward",
        "eddie": "edward", "ned": "edward", "chuck": "charles", "charlie": "charles", "dave": "david",
        "steve": "steven", "dan": "daniel", "danny": "daniel", "ben": "benjamin",
        "chris": "christopher", "matt": "matthew", "pat": "patrick", "tony": "anthony", "andy": "andrew",
        "nick": "nicholas", "greg": "gregory", "jeff": "jeffrey", "jerry": "gerald",
        "larry": "lawrence", "ron": "ronald", "don": "donald", "doug": "douglas", "fred": "frederick",
        "hank": "henry", "jack": "john", "johnny": "john", "jon": "jonathan",
        "ken": "kenneth", "kenny": "kenneth", "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
        "kate": "katherine", "kathy": "katherine", "katie": "katherine", "cathy": "catherine",
        "sue": "susan", "susie": "susan", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
        "annie": "ann", "anne": "ann", "patty": "patricia", "trish": "patricia",
        "becky": "rebecca", "jenny": "jennifer", "jen": "jennifer", "sam": "samuel", "al": "albert",
        "alex": "alexander", "sandy": "sandra", "vicky": "victoria", "mitch": "mitchell", "newt": "newton",
        "abe": "abraham", "gabby": "gabrielle", "hillary": "hillary", "barb": "barbara",
        "tim": "timothy", "phil": "philip", "walt": "walter", "zach": "zachary", "josh": "joshua",
    ]

    /// The last word of a capitalised phrase that makes it a place: "Capitol Hill", "Cook County".
    static let placeHeads: Set<String> = [
        "hill", "street", "avenue", "county", "city", "valley", "river", "island", "islands", "bay", "beach",
        "mountains", "lake", "square", "bridge", "airport", "peninsula", "coast", "parish", "province",
        "district", "border", "canyon", "harbor", "harbour", "strait", "sea", "ocean", "theater", "theatre",
        "arena", "stadium", "museum", "hotel", "hospital", "base", "plaza", "library", "cemetery", "prison",
    ]

    /// Words that make a capitalised phrase an organisation, beyond ``Lexicon/organizationHeads``.
    static let organizationHeads: Set<String> = [
        "state", "patrol", "register", "command", "college", "school", "academy", "force", "administration", "campaign",
        "bureau",
        "caucus", "network", "institution", "center", "centre", "corps", "guard", "reserve", "church",
        "commission", "conference", "tribunal", "pentagon", "kremlin", "journal",
        "magazine", "press", "tribune", "herald", "chronicle", "gazette", "channel", "radio", "broadcasting",
        "online", "blog", "airlines", "motors", "industries", "holdings", "systems", "labs", "project", "network",
        "networks", "seminary", "partners", "associates",
    ]

    /// Organisation heads too generic to be a name alone: "the Department's interests".
    static let genericHeads: Set<String> = [
        "department", "ministry", "office", "committee", "commission", "agency", "council", "fund", "institute",
        "university", "association", "company", "group", "service", "services", "board", "authority",
        "foundation", "party", "union", "bank", "government", "administration", "campaign", "center", "centre",
        "court", "bureau", "school", "college", "force", "command", "network", "project", "conference", "state",
    ]

    /// Heads of events, wars, laws and documents: neither people nor places.
    static let otherHeads: Set<String> = [
        "war", "act", "bill", "amendment", "doctrine", "strategy", "plan", "program", "programme", "summit",
        "olympics", "games", "convention", "election", "primary", "caucuses", "debate", "report", "address",
        "day", "week", "month", "revolution", "crisis", "accord", "accords", "agreement", "deal", "law",
        "rule", "ministerial", "hearing", "memo", "order", "bowl", "series", "marathon", "tournament",
    ]

    /// Lower-case nouns after a name that make the pair an organisation: "the Obama administration".
    static let governingBodies: Set<String> = ["administration", "campaign", "government", "regime", "cabinet"]

    /// Endings of abstract nouns ("Presidency", "Leadership"): a capitalised phrase ending in one
    /// that is also written small is not a person's name.
    static let abstractEndings: [String] = ["cy", "ship", "ism", "tion", "sion", "ment", "ity", "ness", "ance", "ence"]
}
