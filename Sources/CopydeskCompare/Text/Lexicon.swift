import CopydeskText

/// The small word lists the comparison leans on: function words, cue verbs of reported speech,
/// titles, demonyms, organisation heads, calendar words and number words.
///
/// They are English lists, kept short on purpose: each word here changes what a reader sees
/// (a missed cue verb loses a speaker, a stray one invents one), so additions come with a fixture.
enum Lexicon {
    /// Words that carry no content of their own: they are ignored when measuring paraphrase.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from",
        "by", "with", "without", "about", "as", "into", "onto", "over", "under", "after", "before", "since",
        "during", "between", "among", "through", "across", "within", "against", "toward", "towards", "upon",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's",
        "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i", "you", "him", "her",
        "them", "us", "me", "his", "hers", "their", "theirs", "our", "ours", "my", "your", "who", "whom",
        "whose", "which", "what", "when", "where", "why", "how", "not", "no", "also", "than", "then", "too",
        "very", "just", "only", "more", "most", "some", "any", "all", "each", "every", "both", "such", "other",
        "another", "own", "same", "if", "while", "because", "though", "although", "whether", "up", "down",
        "out", "off", "again", "further", "once", "s", "now", "even", "still", "well", "like", "many", "much",
        "new", "said", "says", "say", "saying", "told", "added", "noted", "stressed", "one", "two",
        "furthermore", "finally", "however", "meanwhile", "in fact", "fact", "later", "itself", "themselves",
    ]

    /// Words that turn a statement into its denial: "He's not a Republican" is not a restatement
    /// of "He's a Republican", however many words they share. Contractions ("isn't") are caught
    /// by their ending.
    static let negations: Set<String> = [
        "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot", "nowhere",
    ]

    /// Verbs that introduce or close reported speech, in every form a news sentence uses.
    static let cueVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "wrote", "writes", "declared", "declares", "urged", "urges", "asked", "asks", "explained", "explains",
        "insisted", "insists", "warned", "warns", "announced", "announces", "stated", "states", "claimed",
        "claims", "argued", "argues", "hailed", "hails", "vowed", "vows", "promised", "promises", "replied",
        "replies", "continued", "concluded", "emphasised", "emphasized", "underlined", "remarked", "recalled",
        "acknowledged", "admitted", "pledged", "described", "called", "praised", "mentioned", "tweeted",
        "posted", "quoted", "cited", "affirmed", "reiterated", "observed", "commented", "suggested", "added",
    ]

    /// Participles of cue verbs: `…, saying "…"` takes the speaker of its main clause.
    static let cueParticiples: Set<String> = [
        "saying", "adding", "noting", "stressing", "writing", "declaring", "urging", "asking", "explaining",
        "insisting", "warning", "announcing", "stating", "claiming", "arguing", "calling", "describing",
        "emphasising", "emphasizing", "underlining", "vowing", "promising", "praising", "telling",
    ]

    /// Cue verbs that may come before their subject after a quotation: `"…," said Xi.`
    static let invertibleCues: Set<String> = [
        "said", "says", "added", "adds", "asked", "wrote", "noted", "declared", "replied", "continued", "told",
    ]

    /// Titles and roles written before a name (`President`, `Foreign Minister`, `leader`).
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "foreign", "chancellor", "king", "queen", "prince",
        "princess", "pope", "secretary", "general", "director", "ambassador", "senator", "governor", "mayor",
        "mr", "mrs", "ms", "dr", "sir", "dame", "premier", "chairman", "chairwoman", "chair", "chief", "leader",
        "spokesman", "spokeswoman", "spokesperson", "commander", "counterpart", "envoy", "emperor", "sheikh",
        "emir", "sultan", "lord", "lady", "judge", "justice", "professor", "prof", "representative", "rep",
        "deputy", "state", "defence", "defense", "interior", "finance", "economy", "trade", "head", "official",
        "officer", "general-secretary", "colonel", "captain", "lieutenant", "sergeant", "bishop", "cardinal",
        "rabbi", "imam", "ceo", "coach", "striker", "author", "host", "health", "education", "culture",
        "energy", "agriculture", "transport", "labour", "labor", "environment", "communications", "home",
    ]

    /// Nouns that describe a person in a phrase like "the Chinese leader", used to resolve it.
    static let personNouns: Set<String> = [
        "leader", "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
        "spokesperson", "official", "chief", "head", "envoy", "ambassador", "diplomat", "king", "queen",
        "prince", "monarch", "governor", "mayor", "senator", "general", "commander", "director", "secretary",
        "man", "woman", "politician", "lawmaker", "counterpart", "host", "guest",
    ]

    /// Nouns heading an organisation or a document that can speak: "the foreign ministry said",
    /// "a government statement".
    static let speakingBodies: Set<String> = [
        "ministry", "statement", "government", "office", "department", "spokesman", "spokeswoman",
        "agency", "commission", "council", "committee", "embassy", "readout", "report", "document",
        "communique", "declaration", "court", "police", "army", "military", "presidency", "kremlin",
        "white house", "secretariat", "administration", "cabinet", "parliament", "company", "group",
    ]

    /// Words that make a capitalised name an organisation.
    static let organizationHeads: Set<String> = [
        "organisation", "organization", "ministry", "initiative", "council", "commission", "committee",
        "party", "union", "bank", "fund", "agency", "institute", "university", "court", "forum",
        "association", "corporation", "company", "inc", "ltd", "army", "police", "government", "parliament",
        "assembly", "office", "department", "news", "times", "post", "daily", "federation", "league",
        "alliance", "coalition", "movement", "front", "society", "foundation", "authority", "board",
        "senate", "congress", "house", "service", "services", "group", "nations", "treaty", "club",
        "reuters", "afp", "xinhua", "tass",
    ]

    /// Words that make a capitalised name something other than a person, place or organisation.
    static let otherHeads: Set<String> = ["order", "award", "prize", "medal", "cup", "trophy", "act", "bill"]

    /// Adjectives of nationality and region, each with the place it names.
    static let demonyms: [String: String] = [
        "chinese": "China", "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "russian": "Russia",
        "uzbek": "Uzbekistan", "iranian": "Iran", "indian": "India", "pakistani": "Pakistan",
        "american": "United States", "british": "United Kingdom", "french": "France", "german": "Germany",
        "soviet": "Soviet Union", "ukrainian": "Ukraine", "turkish": "Turkey", "japanese": "Japan",
        "korean": "Korea", "israeli": "Israel", "palestinian": "Palestine", "syrian": "Syria",
        "afghan": "Afghanistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
        "mongolian": "Mongolia", "belarusian": "Belarus", "georgian": "Georgia", "armenian": "Armenia",
        "azerbaijani": "Azerbaijan", "iraqi": "Iraq", "saudi": "Saudi Arabia", "egyptian": "Egypt",
        "bangladeshi": "Bangladesh", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
        "swedish": "Sweden", "dutch": "Netherlands", "canadian": "Canada", "mexican": "Mexico",
        "brazilian": "Brazil", "australian": "Australia", "european": "Europe", "asian": "Asia",
        "african": "Africa", "western": "West", "eastern": "East", "arab": "Arab world", "nigerian": "Nigeria",
        "kenyan": "Kenya", "greek": "Greece", "swiss": "Switzerland", "austrian": "Austria", "irish": "Ireland",
        "burmese": "Myanmar", "thai": "Thailand", "vietnamese": "Vietnam", "indonesian": "Indonesia",
        "filipino": "Philippines", "taiwanese": "Taiwan", "norwegian": "Norway", "danish": "Denmark",
        "finnish": "Finland", "belgian": "Belgium", "portuguese": "Portugal", "hungarian": "Hungary",
        "czech": "Czech Republic", "romanian": "Romania", "serbian": "Serbia", "lebanese": "Lebanon",
        "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates", "ethiopian": "Ethiopia",
        "sudanese": "Sudan", "somali": "Somalia", "libyan": "Libya", "tunisian": "Tunisia",
        "moroccan": "Morocco", "algerian": "Algeria", "argentine": "Argentina", "chilean": "Chile",
        "colombian": "Colombia", "venezuelan": "Venezuela", "cuban": "Cuba", "scottish": "Scotland",
        "welsh": "Wales", "english": "England", "central": "Central",
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekdays numbered as the Gregorian calendar does (Sunday = 1).
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// Cardinal number words and their values (`one` is left out: it is a pronoun too often).
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]

    /// Ordinal words that count something (`first` and `second` are too often other things).
    static let ordinalWords: [String: Int] = [
        "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
        "hundredth": 100,
    ]

    /// Words between a number and the thing it counts: "three more countries", "30 straight years".
    static let countFillers: Set<String> = [
        "more", "other", "further", "additional", "of", "the", "straight", "consecutive", "new", "about",
        "some", "nearly", "ex", "former", "top", "major", "key", "main", "than",
    ]

    /// Relative day words and their offset from the story's date.
    static let relativeDays: [String: Int] = ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1]
}
