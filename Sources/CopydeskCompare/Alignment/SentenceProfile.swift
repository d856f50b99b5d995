import CopydeskText

/// What the aligner knows of one sentence: its words in order (for verbatim and edited
/// matches), its content terms after stemming and synonym folding, weighted by rarity (for
/// paraphrase), and its character 4-grams (for spelling and inflection the stemmer misses).
struct SentenceProfile: Sendable {
    /// Hashes of every token key, in order.
    var words: [UInt64]
    /// Content terms (stop words dropped, stemmed, synonyms folded), sorted and unique.
    var terms: [UInt64]
    /// Character 4-grams of the content words, sorted and unique.
    var grams: [UInt64]

    init(keys: ArraySlice<String>) {
        words = keys.map(fnv1a)
        var terms: [UInt64] = []
        var grams: [UInt64] = []
        for key in keys where !Lexicon.stopwords.contains(key) {
            terms.append(fnv1a(Self.term(key)))
            let scalars = Array(" \(key) ".unicodeScalars)
            if scalars.count >= 4 {
                for start in 0...(scalars.count - 4) {
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for scalar in scalars[start..<start + 4] { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
                    grams.append(hash)
                }
            }
        }
        self.terms = Array(Set(terms)).sorted()
        self.grams = Array(Set(grams)).sorted()
    }

    /// A token key's content term: stemmed, folded to its synonym group, capitals to countries.
    static func term(_ key: String) -> String {
        let bare = key.hasSuffix("'s") ? String(key.dropLast(2)) : key
        if let country = Places.metonyms[Places.key(bare)] { return country }
        return Synonyms.canonical(Stemmer.stem(bare))
    }
}

/// FNV-1a, 64-bit: deterministic on every run, unlike `Hasher`.
func fnv1a(_ string: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
}
