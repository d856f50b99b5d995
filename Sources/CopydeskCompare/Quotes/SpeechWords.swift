/// The words the grammar of attribution turns on: verbs of saying, the roles a reporter uses to
/// describe a person ("the four-term congressman"), the titles printed before names, and the words
/// that open a clause which cannot hold the speaker ("After Ryan finished…,").
///
/// Kept apart from ``Lexicon`` because these lists only steer attribution: a verb here makes its
/// subject a speaker, it does not make a capitalised word a person in the facts table.
enum SpeechWords {
    /// Finite verbs of saying, writing or answering, in the forms news copy uses after or before
    /// a quotation (`"…," Smith said`, `Smith fired back: "…"`).
    static let verbs: Set<String> = Lexicon.cueVerbs.union([
        "asserted", "asserts", "responded", "responds", "retorted", "retorts", "countered", "counters",
        "contended", "contends", "maintained", "maintains", "complained", "complains", "joked", "jokes",
        "quipped", "quips", "conceded", "concedes", "boasted", "boasts", "lamented", "laments", "testified",
        "testifies", "predicted", "predicts", "charged", "charges", "accused", "accuses", "blasted", "blasts",
        "slammed", "slams", "criticized", "criticised", "criticizes", "criticises", "demanded", "demands",
        "threatened", "threatens", "pleaded", "pleads", "begged", "told", "wondered", "wonders", "shouted",
        "yelled", "screamed", "whispered", "answered", "answers", "began", "begins", "went", "read", "reads",
        "tweets", "posted", "posts", "added", "said", "says", "labeled", "labelled", "dubbed", "branded",
        "mocked", "mocks", "scoffed", "snapped", "fumed", "raged", "cautioned", "cautions", "reminded",
        "remarked", "observed", "agreed", "agrees", "disagreed", "disputed", "denied", "denies", "confirmed",
        "confirms", "acknowledged", "acknowledges", "admitted", "admits", "recalled", "recalls", "explained",
        "conceded", "speculated", "surmised", "opined", "insisted", "reasoned", "continued", "continues",
        "called", "calls", "described", "describes", "thundered", "declared", "proclaimed", "proclaims",
        "announced", "pointed", "offered", "exclaimed", "sighed", "laughed", "urged", "pressed", "wrote",
        "writes", "retweeted", "tweeted", "messaged", "emailed", "texted", "suggested", "added", "stressed",
    ])

    /// Verbs that may come before their subject after a quotation: `"…," said the governor.`
    static let invertible: Set<String> = Lexicon.invertibleCues.union([
        "says", "asked", "asks", "wrote", "writes", "explained", "replied", "responded", "recalled",
        "continued", "insisted", "countered", "added", "tweeted", "declared", "warned", "quipped", "joked",
        "cautioned", "remarked", "observed", "offered", "answered", "argued", "concluded", "agreed",
        "conceded", "acknowledged", "reads", "read", "stated",
    ])

    /// Participles of saying: `…, saying "…"` takes the speaker of the clause it hangs from.
    static let participles: Set<String> = Lexicon.cueParticiples.union([
        "accusing", "charging", "adding", "responding", "replying", "tweeting", "posting", "joking",
        "complaining", "boasting", "predicting", "demanding", "threatening", "pleading", "labeling",
        "labelling", "dubbing", "branding", "mocking", "blasting", "slamming", "criticizing", "criticising",
        "retorting", "countering", "conceding", "acknowledging", "admitting", "recalling", "suggesting",
        "contending", "asserting", "maintaining", "lamenting", "answering", "quipping", "reminding",
        "cautioning", "pointing", "denying", "confirming", "proclaiming", "remarking", "observing",
    ])

    /// Words that open a clause whose nouns are not the sentence's subject: a subordinate clause
    /// ("After Ryan finished…,"), a prepositional lead ("In the wake of…,") or a participle
    /// ("Asked whether…,").
    static let clauseOpeners: Set<String> = [
        "after", "before", "when", "while", "as", "since", "because", "although", "though", "if", "unless",
        "until", "once", "whereas", "in", "on", "at", "during", "despite", "amid", "following", "for",
        "from", "with", "without", "by", "under", "over", "asked", "speaking", "writing", "according",
        "unlike", "like", "to", "of", "about", "against", "into", "through", "throughout", "within",
        "upon", "among", "between", "toward", "towards", "but", "and", "or", "so", "yet", "who", "whom",
        "which", "that", "where", "whose",
    ]

    /// Words after which a noun is an object, not the subject of the next verb.
    static let prepositions: Set<String> = [
        "to", "at", "with", "for", "against", "by", "from", "of", "about", "on", "in", "into", "onto",
        "over", "under", "toward", "towards", "than", "like", "unlike", "after", "before", "between",
        "among", "amid", "behind", "beside", "besides", "beyond", "near", "through", "via", "upon",
        "within", "without", "whom", "including", "regarding", "versus", "vs",
    ]

    /// Words that cannot follow a subject as its verb: they show the noun belongs to a phrase
    /// ("Clinton to succeed him", "Obama on Friday").
    static let notVerbs: Set<String> = prepositions.union([
        "and", "or", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those", "who", "which", "that", "whose", "as", "if", "nor", "than", "jr", "sr",
    ])

    /// Role nouns that describe a person ("the governor replied", "the four-term congressman
    /// said") and abbreviated titles, each with the roles it stands for.
    static let roles: [String: [String]] = [
        "president": ["president"], "senator": ["senator", "lawmaker"], "sen": ["senator", "lawmaker"],
        "congressman": ["congressman", "lawmaker", "representative"],
        "congresswoman": ["congresswoman", "lawmaker", "representative"],
        "representative": ["representative", "lawmaker", "congressman", "congresswoman"],
        "rep": ["representative", "lawmaker", "congressman", "congresswoman"],
        "lawmaker": ["lawmaker"], "legislator": ["lawmaker"], "governor": ["governor"], "gov": ["governor"],
        "mayor": ["mayor"], "speaker": ["speaker"], "leader": ["leader"], "nominee": ["nominee"],
        "candidate": ["candidate"], "secretary": ["secretary"], "minister": ["minister"],
        "chairman": ["chairman", "chair"], "chairwoman": ["chairwoman", "chair"], "chair": ["chair"],
        "director": ["director"], "spokesman": ["spokesman"], "spokeswoman": ["spokeswoman"],
        "spokesperson": ["spokesperson"], "justice": ["justice", "judge"], "judge": ["judge"],
        "attorney": ["attorney", "lawyer"], "lawyer": ["lawyer", "attorney"], "official": ["official"],
        "aide": ["aide"], "adviser": ["adviser"], "advisor": ["adviser"], "ambassador": ["ambassador"],
        "businessman": ["businessman"], "businesswoman": ["businesswoman"], "billionaire": ["billionaire"],
        "mogul": ["mogul"], "frontrunner": ["frontrunner"], "democrat": ["democrat"],
        "republican": ["republican"], "independent": ["independent"], "commander": ["commander"],
        "general": ["general"], "gen": ["general"], "chief": ["chief"], "host": ["host"], "anchor": ["anchor"],
        "executive": ["executive"], "ceo": ["executive"], "founder": ["founder"], "prosecutor": ["prosecutor"],
        "counsel": ["counsel"], "pastor": ["pastor"], "pope": ["pope"], "king": ["king"], "queen": ["queen"],
        "prince": ["prince"], "princess": ["princess"], "premier": ["premier"], "chancellor": ["chancellor"],
        "officer": ["officer"], "professor": ["professor"], "prof": ["professor"], "dr": ["doctor"],
        "doctor": ["doctor"], "activist": ["activist"], "author": ["author"], "writer": ["writer"],
        "columnist": ["columnist"], "strategist": ["strategist"], "operative": ["operative"],
        "manager": ["manager"], "sheriff": ["sheriff"], "veteran": ["veteran"],
        "actor": ["actor"], "actress": ["actress"], "star": ["star"], "comedian": ["comedian"],
        "singer": ["singer"], "coach": ["coach"], "player": ["player"], "incumbent": ["incumbent"],
        "challenger": ["challenger"], "rival": ["rival"], "opponent": ["opponent"], "predecessor": ["predecessor"],
        "successor": ["successor"], "vice": ["vice"], "lady": ["lady"], "wife": ["wife"], "husband": ["husband"],
        "mother": ["mother"], "father": ["father"], "son": ["son"], "daughter": ["daughter"],
        "businessperson": ["businessman"], "magnate": ["mogul"], "tycoon": ["mogul"], "mr": [], "mrs": [],
        "ms": [], "miss": [],
    ]

    /// Words printed before a name that are part of a title, not the name: "House Speaker",
    /// "Secretary of State", "Former", "Majority Leader".
    static let titleWords: Set<String> = Set(roles.keys).union(Lexicon.titles).union([
        "former", "house", "senate", "majority", "minority", "whip", "first", "acting", "state", "defense",
        "attorney", "general", "supreme", "court", "presumptive", "democratic", "republican", "gop", "u",
        "s", "us", "national", "press", "deputy", "assistant", "associate", "senior", "late", "then", "ex",
        "rev", "reverend", "sgt", "lt", "col", "capt", "adm", "cmdr", "dem", "sens", "reps", "editor", "agent",
        "father", "publisher", "correspondent", "special", "political", "judiciary", "homeland", "security",
        "intelligence", "armed", "services", "foreign", "relations", "appropriations", "budget", "ethics",
    ])

    /// Suffixes after a surname: "Jesse Jackson Jr." is a Jackson.
    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Gender a role or title word shows.
    static let gendered: [String: Gender] = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "congressman": .male,
        "congresswoman": .female, "chairman": .male, "chairwoman": .female, "spokesman": .male,
        "spokeswoman": .female, "businessman": .male, "businesswoman": .female, "king": .male,
        "queen": .female, "prince": .male, "princess": .female, "lady": .female, "wife": .female,
        "husband": .male, "mother": .female, "father": .male, "son": .male, "daughter": .female,
        "actress": .female, "actor": .male, "sir": .male, "dame": .female, "lord": .male, "sister": .female,
        "brother": .male, "widow": .female, "grandmother": .female, "grandfather": .male, "girl": .female,
        "boy": .male, "woman": .female, "man": .male, "uncle": .male, "aunt": .female,
    ]

    enum Gender: Sendable, Hashable { case male, female }

    /// US states and the capital, which the shared gazetteer leaves out: never a speaker.
    static func isUSPlace(_ name: String) -> Bool { usPlaces.contains(NameBook.key(name)) }

    /// The American state a word names, as a role ("state:california"): the full name or the
    /// abbreviation copy prints after a party letter ("D-Calif.", "R-Texas", "D-CA"). Two-word
    /// states are looked up by their words joined with a space ("new york") or their letters
    /// joined ("ny"). Postal codes that are common words ("in", "or", "me") count only where the
    /// caller knows a state must stand (after a party letter).
    static func stateRole(_ key: String, postal: Bool = false) -> String? {
        if let name = states[key] { return "state:" + name }
        if postal, let name = postalCodes[key] { return "state:" + name }
        return nil
    }

    private static let stateList: [(name: String, abbreviations: [String], postal: String)] = [
        ("alabama", ["ala"], "al"), ("alaska", [], "ak"), ("arizona", ["ariz"], "az"), ("arkansas", ["ark"], "ar"),
        ("california", ["calif", "cal"], "ca"), ("colorado", ["colo"], "co"), ("connecticut", ["conn"], "ct"),
        ("delaware", ["del"], "de"), ("florida", ["fla"], "fl"), ("georgia", ["ga"], "ga"), ("hawaii", [], "hi"),
        ("idaho", [], "id"), ("illinois", ["ill"], "il"), ("indiana", ["ind"], "in"), ("iowa", [], "ia"),
        ("kansas", ["kan", "kans"], "ks"), ("kentucky", ["ky"], "ky"), ("louisiana", ["la"], "la"), ("maine", [], "me"),
        ("maryland", ["md"], "md"), ("massachusetts", ["mass"], "ma"), ("michigan", ["mich"], "mi"),
        ("minnesota", ["minn"], "mn"), ("mississippi", ["miss"], "ms"), ("missouri", ["mo"], "mo"),
        ("montana", ["mont"], "mt"), ("nebraska", ["neb", "nebr"], "ne"), ("nevada", ["nev"], "nv"),
        ("new hampshire", ["nh"], "nh"), ("new jersey", ["nj"], "nj"), ("new mexico", ["nm"], "nm"),
        ("new york", ["ny"], "ny"), ("north carolina", ["nc"], "nc"), ("north dakota", ["nd"], "nd"),
        ("ohio", [], "oh"), ("oklahoma", ["okla"], "ok"), ("oregon", ["ore"], "or"), ("pennsylvania", ["pa"], "pa"),
        ("rhode island", ["ri"], "ri"), ("south carolina", ["sc"], "sc"), ("south dakota", ["sd"], "sd"),
        ("tennessee", ["tenn"], "tn"), ("texas", ["tex"], "tx"), ("utah", [], "ut"), ("vermont", ["vt"], "vt"),
        ("virginia", ["va"], "va"), ("washington", ["wash"], "wa"), ("west virginia", ["wva"], "wv"),
        ("wisconsin", ["wis"], "wi"), ("wyoming", ["wyo"], "wy"),
    ]

    private static let states: [String: String] = {
        var map: [String: String] = [:]
        for state in stateList {
            map[state.name] = state.name
            for abbreviation in state.abbreviations { map[abbreviation] = state.name }
        }
        return map
    }()

    private static let postalCodes: [String: String] = Dictionary(
        stateList.map { ($0.postal, $0.name) }, uniquingKeysWith: { a, _ in a })

    static let usPlaces: Set<String> = Set(
        [
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
            "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
            "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
            "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin",
            "Wyoming", "District of Columbia", "America", "Capitol Hill", "Wall Street", "Silicon Valley",
        ].map(NameBook.key))
}
