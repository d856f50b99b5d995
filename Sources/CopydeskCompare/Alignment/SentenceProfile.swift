import CopydeskSimilarity
import CopydeskText

/// What the aligner knows of one sentence: its words in order (for verbatim and edited
/// matches), its content terms after stemming and synonym folding, weighted by rarity (for
/// paraphrase), its character 4-grams (for spelling and inflection the stemmer misses), and the
/// two things a restatement must not change: whether it is negated and which numbers it gives.
struct SentenceProfile: Sendable {
    /// Hashes of every token key, in order.
    var words: [UInt64]
    /// ``words`` sorted and unique: the vocabulary of the sentence, function words included.
    var vocabulary: [UInt64]
    /// Does the sentence say "not", "never", "no", "without" or a contracted "n't"?
    var negated: Bool
    /// Hashes of the numbers it prints ("17", "2.5", "1,000" as "1000"), sorted and unique.
    var numbers: [UInt64]
    /// Content terms (stop words dropped, stemmed, synonyms folded), sorted and unique.
    var terms: [UInt64]
    /// Character 4-grams of the content words, sorted and unique.
    var grams: [UInt64]
    /// ``words`` sorted, duplicates kept: bounds the LCS cheaply before computing it.
    var sortedWords: [UInt64]
    /// Every word in order, a content word as its term ("resigned" and "quit" alike), a stop word
    /// as itself: what ``SentenceSimilarity/Evidence`` counts as shared and as added.
    var readings: [UInt64]
    /// ``readings`` sorted, duplicates kept.
    var sortedReadings: [UInt64]

    /// What one token key contributes, worked out once per distinct key.
    struct KeyFacts {
        var word: UInt64
        /// nil for a stop word.
        var term: UInt64?
        var grams: [UInt64]
        var negation = false
        /// The number a digit token stands for, commas dropped; nil for a word.
        var number: UInt64?
    }

    /// Remembers ``KeyFacts`` by key: news copy repeats its words, so most lookups hit.
    struct Cache {
        var facts: [String: KeyFacts] = [:]

        mutating func facts(_ key: String) -> KeyFacts {
            if let known = facts[key] { return known }
            var found = KeyFacts(word: fnv1a(key), term: nil, grams: [])
            found.negation = Lexicon.negations.contains(key) || key.hasSuffix("n't") || key.hasSuffix("n’t")
            if let first = key.unicodeScalars.first, ("0"..."9").contains(first) {
                found.number = fnv1a(String(key.filter { $0 != "," }))
            }
            if !Lexicon.stopwords.contains(key) && !SentenceProfile.isContraction(key) {
                found.term = fnv1a(SentenceProfile.term(key))
                let scalars = Array(" \(key) ".unicodeScalars)
                if scalars.count >= 4 {
                    for start in 0...(scalars.count - 4) {
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        for scalar in scalars[start..<start + 4] {
                            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
                        }
                        found.grams.append(hash)
                    }
                }
            }
            facts[key] = found
            return found
        }
    }

    /// "don't", "we're", "I'm", "she's", "they'll": function words run together, which two
    /// unrelated quotations share as easily as "the" (a noun's "'s", "Trump's", is content).
    static func isContraction(_ key: String) -> Bool {
        for ending in ["n't", "n’t", "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d"]
        where key.hasSuffix(ending) {
            return true
        }
        for pronoun in ["he", "she", "it", "that", "there", "what", "who", "here", "let"]
        where key == pronoun + "'s" || key == pronoun + "’s" {
            return true
        }
        return false
    }

    init(keys: ArraySlice<String>) {
        var cache = Cache()
        self.init(keys: keys, cache: &cache)
    }

    init(keys: ArraySlice<String>, cache: inout Cache) {
        var words: [UInt64] = []
        words.reserveCapacity(keys.count)
        var terms: [UInt64] = []
        var grams: [UInt64] = []
        var numbers: [UInt64] = []
        var readings: [UInt64] = []
        readings.reserveCapacity(keys.count)
        var negated = false
        for key in keys {
            let facts = cache.facts(key)
            words.append(facts.word)
            readings.append(facts.term ?? facts.word)
            negated = negated || facts.negation
            if let number = facts.number { numbers.append(number) }
            if let term = facts.term {
                terms.append(term)
                grams.append(contentsOf: facts.grams)
            }
        }
        self.words = words
        sortedWords = words.sorted()
        self.readings = readings
        sortedReadings = readings.sorted()
        var vocabulary = sortedWords
        SetSimilarity.removeRepeats(fromSorted: &vocabulary)
        self.vocabulary = vocabulary
        self.negated = negated
        SetSimilarity.sortUnique(&numbers)
        SetSimilarity.sortUnique(&terms)
        SetSimilarity.sortUnique(&grams)
        self.numbers = numbers
        self.terms = terms
        self.grams = grams
    }

    /// A token key's content term: stemmed, folded to its synonym group, capitals to countries.
    static func term(_ key: String) -> String {
        let bare = key.hasSuffix("'s") ? String(key.dropLast(2)) : key
        let simple = bare.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
        if let country = Places.metonyms[simple ? bare : Places.key(bare)] { return country }
        return Synonyms.canonical(Stemmer.stem(bare))
    }
}

/// FNV-1a, 64-bit: deterministic on every run, unlike `Hasher`.
func fnv1a(_ string: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
}
