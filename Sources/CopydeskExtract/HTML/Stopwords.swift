/// The commonest function words of the languages most news is written in, for
/// ``BlockClassifier``: prose is full of them, menus and link lists are not.
enum Stopwords {
    static let lists: [Set<String>] = [
        // English
        [
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she",
            "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "you",
            "were", "her", "his", "their", "has", "been", "will", "would", "there", "we", "said", "who", "its", "than",
        ],
        // French
        [
            "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "est", "que", "qui", "dans", "pour",
            "pas", "sur", "au", "aux", "il", "elle", "ce", "se", "ne", "par", "plus", "avec", "son", "sa", "ses",
        ],
        // German
        [
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "von", "mit", "sich",
            "des", "auf", "für", "im", "es", "auch", "als", "an", "wird", "er", "sie", "bei", "aus", "wie", "nach",
        ],
        // Spanish and Portuguese
        [
            "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se",
            "no", "al", "lo", "su", "como", "más", "pero", "o", "e", "do", "da", "dos", "das", "em", "não", "um", "uma",
        ],
        // Italian and Dutch
        [
            "il", "di", "che", "è", "per", "non", "una", "sono", "della", "het", "een", "van", "en", "dat", "niet",
            "zijn", "op", "te", "voor", "met", "ook", "maar", "bij", "nog",
        ],
    ]

    /// The list that best fits the page's text, or nil when none fits (the language has no list).
    static func list(for blocks: [BlockClassifier.Block]) -> Set<String>? {
        var words: [Substring] = []
        for block in blocks where words.count < 3000 {
            words += block.text.lowercased().split(whereSeparator: { !$0.isLetter })
        }
        guard words.count >= 20 else { return nil }
        var best: Set<String>?
        var bestShare = 0.12
        for list in lists {
            let share = Double(words.filter { list.contains(String($0)) }.count) / Double(words.count)
            if share > bestShare {
                best = list
                bestShare = share
            }
        }
        return best
    }
}
