/// The words a full stop follows without ending a sentence, in the newsroom's English.
enum Abbreviations {
    /// Titles and name parts: never end a sentence (`Mr. Smith`, `Sen. Warren`).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col",
        "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "rev", "fr", "sr", "jr", "st", "hon", "pres",
        "supt", "insp", "det", "amb", "atty", "mt", "ft", "no", "nos", "vol", "pp", "fig", "art", "ch",
        "sec", "op", "cf", "vs", "v", "ca", "approx", "dept", "univ", "assn", "ave", "blvd", "rd",
    ]

    /// Months: a number or a lower-case word after them continues the sentence (`Sept. 14`).
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Company and list endings that also close sentences often: continue only before a
    /// lower-case word or a number.
    static let weak: Set<String> = ["inc", "ltd", "co", "corp", "bros", "plc", "etc", "al", "est"]

    /// Capitalised words that usually open a sentence: after an initial or a dotted acronym
    /// (`U.S.`), one of these means the sentence did end there.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "after", "before",
        "when", "while", "if", "as", "there", "his", "her", "its", "their", "our", "my", "some", "many",
        "most", "one", "two", "three", "officials", "police", "however", "meanwhile", "also", "last",
        "earlier", "later", "according", "since", "during", "under", "what", "why", "how", "who",
    ]
}
