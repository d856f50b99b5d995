/// English function words, the measure jusText uses to tell running prose (a third of its words
/// are stopwords) from headlines, menus and addresses (few or none).
enum EnglishStopwords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last",
        "least", "less", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
        "near", "neither", "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only",
        "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "said",
        "same", "says", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through",
        "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "two", "three", "new", "first", "also",
        "another", "around", "across", "among", "already", "although", "told", "according",
    ]

    /// The words of `text`, lowercased, without the punctuation around them. Runs of letters,
    /// digits and apostrophes; ASCII is handled without Unicode property lookups.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || value == 0x27 {
                    current.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(UInt8(value + 0x20)))
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if scalar == "’" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.isUppercase {
                    current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    current.append(scalar)
                }
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The share of `words` that are English stopwords.
    static func density(_ words: [String]) -> Double {
        guard !words.isEmpty else { return 0 }
        let count = words.reduce(0) { $0 + (english.contains($1) ? 1 : 0) }
        return Double(count) / Double(words.count)
    }
}
