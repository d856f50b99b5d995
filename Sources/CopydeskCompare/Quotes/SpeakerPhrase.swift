import CopydeskText

/// The pieces of a clause that attribution reads without a parser: the noun phrase before a verb,
/// the subject of a main clause past its lead-ins, and the word classes that bound them.
extension Attribution {
    /// The noun phrase right before the verb at `cue`, past adverbs, auxiliaries and an
    /// appositive: "Smith also said", "Smith, the governor, has said", "the four-term congressman said".
    func subject(before cue: Int, in tokens: [Int]) -> Phrase? {
        var end = cue - 1
        while end >= 0, cue - end <= 4, isAdverb(tokens[end]) || isAuxiliary(tokens[end]) { end -= 1 }
        guard end >= 0 else { return nil }
        if source.gap(after: tokens[end]).contains(")") {
            var probe = end
            while probe > 0, end - probe < 8, !source.gap(after: tokens[probe - 1]).contains("(") { probe -= 1 }
            end = probe - 1
            guard end >= 0 else { return nil }
        }
        if source.gap(after: tokens[end]).contains(",") {
            // "Smith, the governor, said": the appositive ends here; the subject is before it.
            var probe = end - 1
            while probe >= 0, end - probe < 16, !source.gap(after: tokens[probe]).contains(",") { probe -= 1 }
            // "the company's chief executive, Lars Nygaard, said": when the description comes
            // first, the name between the commas is the speaker.
            if probe >= 0, !source.isCapitalized(tokens[probe]), source.isCapitalized(tokens[end]),
                let name = phraseEnding(at: end, in: tokens)
            {
                return name
            }
            if probe >= 0, let phrase = phraseEnding(at: probe, in: tokens) { return phrase }
        }
        return phraseEnding(at: end, in: tokens)
    }

    /// The noun phrase whose last token is `tokens[end]`, read backwards.
    func phraseEnding(at end: Int, in tokens: [Int]) -> Phrase? {
        guard end >= 0, end < tokens.count else { return nil }
        let last = tokens[end]
        let key = source.keys[last]
        if ["he", "she"].contains(key) { return Phrase(tokens: [last]) }
        var start = end
        if source.isCapitalized(last) {
            // Names join by a space, a hyphen or an initial's full stop, never by a comma
            // ("On Monday, Xi said"; "During a meeting with Tokayev, Xi said").
            while start > 0, tokens[start - 1] == tokens[start] - 1, source.gap(after: tokens[start - 1]).count <= 2,
                !source.gap(after: tokens[start - 1]).contains(","),
                source.isCapitalized(tokens[start - 1]) || SpeechWords.titleWords.contains(source.keys[tokens[start - 1]])
            {
                start -= 1
            }
        } else if SpeechWords.roles[key] != nil || Lexicon.speakingBodies.contains(key) || Lexicon.personNouns.contains(key) {
            while start > 0, tokens[start - 1] == tokens[start] - 1, end - start < 6,
                source.gap(after: tokens[start - 1]) == " " || source.gap(after: tokens[start - 1]) == "-"
            {
                let previous = source.keys[tokens[start - 1]]
                if SpeechWords.notVerbs.contains(previous), !["the", "a", "an", "his", "her", "their"].contains(previous) {
                    break
                }
                start -= 1
                if ["the", "a", "an", "his", "her", "their"].contains(previous) { break }
            }
        } else {
            return nil
        }
        return Phrase(tokens: Array(tokens[start...end]))
    }

    /// The subject of the main clause of `tokens`: the first noun phrase of the first chunk that
    /// is not a lead-in ("After Ryan finished his statement,", "In the wake of…,", "Asked…,").
    func clauseSubject(_ tokens: [Int]) -> Phrase? {
        var chunks: [[Int]] = [[]]
        for token in tokens {
            chunks[chunks.count - 1].append(token)
            let gap = source.gap(after: token)
            if gap.contains(",") || gap.contains(";") || gap.contains("—") || gap.contains("(") || gap.contains(")") {
                chunks.append([])
            }
        }
        chunks.removeAll { $0.isEmpty }
        for (number, chunk) in chunks.enumerated() {
            guard let first = chunk.first else { continue }
            let key = source.keys[first]
            let leadIn =
                SpeechWords.clauseOpeners.contains(key)
                || (key.hasSuffix("ing") && (cast.lowercase.contains(key) || chunk.count > 1 && !source.isCapitalized(chunk[1])))
                || (number == 0 && key.hasSuffix("ed") && !source.isCapitalized(first))
                || (number == 0 && ["asked", "speaking", "pressed", "interviewed"].contains(key))
            if leadIn && number + 1 < chunks.count { continue }
            if !leadIn, opensNounPhrase(first) {
                let phrase = nounPhrase(from: 0, in: chunk)
                if isSpeakerish(phrase) { return Phrase(tokens: phrase) }
            }
            // "Then, the congressman … said": a lone adverb before the subject.
            if chunk.count <= 2, number + 1 < chunks.count, !chunk.contains(where: { SpeechWords.verbs.contains(source.keys[$0]) }) {
                continue
            }
            if !leadIn { return nil }
        }
        return nil
    }

    /// The last name or pronoun in `tokens` that is followed by a verb: the subject nearest a
    /// participle whose main clause opened with something else ("It came after Boehner chided
    /// Obama …, accusing him of …").
    func lastSubject(_ tokens: [Int]) -> Phrase? {
        for (i, token) in tokens.enumerated().reversed() where i + 1 < tokens.count {
            let key = source.keys[token]
            guard source.isCapitalized(token) || ["he", "she"].contains(key), isVerbLike(tokens[i + 1]) else { continue }
            if let phrase = phraseEnding(at: i, in: tokens) { return phrase }
        }
        return nil
    }

    /// Can the phrase name a speaker: a name, "he" or "she", a role, a body, or a short
    /// definite description — not "It" or "This"?
    func isSpeakerish(_ phrase: [Int]) -> Bool {
        phrase.contains { token in
            let key = source.keys[token]
            return (source.isCapitalized(token) && !Lexicon.stopwords.contains(key)) || ["he", "she"].contains(key)
                || SpeechWords.roles[key] != nil || Lexicon.speakingBodies.contains(key)
        } || (phrase.first.map { source.keys[$0] == "the" } ?? false) && phrase.count <= 4
    }

    /// Can a speaker's noun phrase start here: a name, a pronoun, a determiner or a role?
    func opensNounPhrase(_ token: Int) -> Bool {
        let key = source.keys[token]
        if isTimeWord(token) { return false }
        return source.isCapitalized(token) || ["the", "a", "an", "he", "she", "his", "her", "their", "its"].contains(key)
            || SpeechWords.roles[key] != nil || Lexicon.demonyms[key] != nil
            || ["former", "acting", "then", "ex", "late"].contains(key)
    }

    /// The noun phrase starting at `tokens[from]`: a pronoun; or determiner, modifiers and names
    /// up to the first word that cannot be part of one.
    func nounPhrase(from: Int, in tokens: [Int]) -> [Int] {
        guard from < tokens.count else { return [] }
        let first = tokens[from]
        if ["he", "she"].contains(source.keys[first]) { return [first] }
        var phrase: [Int] = []
        var index = from
        while index < tokens.count, phrase.count < 8 {
            let token = tokens[index]
            if let last = phrase.last, token != last + 1 { break }
            let key = source.keys[token]
            if !phrase.isEmpty, !source.isCapitalized(token), SpeechWords.verbs.contains(key) || isAdverb(token) { break }
            // After a name only titles, particles and roles continue the phrase ("Trump defended…").
            if let last = phrase.last, source.isCapitalized(last), !source.isCapitalized(token),
                SpeechWords.roles[key] == nil, !Lexicon.speakingBodies.contains(key), !Lexicon.personNouns.contains(key),
                !["of", "for", "de", "van", "von", "bin", "al", "la", "le", "da", "del"].contains(key)
            {
                break
            }
            if phrase.isEmpty, Lexicon.stopwords.contains(key), !["the", "a", "an", "his", "her", "their", "its", "he", "she"].contains(key) {
                return []
            }
            if !phrase.isEmpty, !source.isCapitalized(token), SpeechWords.notVerbs.contains(key), !["of", "for"].contains(key) {
                break
            }
            if ["of", "for"].contains(key), !(index + 1 < tokens.count && source.isCapitalized(tokens[index + 1])) { break }
            phrase.append(token)
            let gap = source.gap(after: token)
            if gap.contains(where: { ",;:()\"“”—".contains($0) }) { break }
            index += 1
        }
        return phrase
    }

    func isTimeWord(_ token: Int) -> Bool {
        let key = source.keys[token]
        return Lexicon.weekdays[key] != nil || Lexicon.months[key] != nil
            || ["today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "late", "early", "last",
                "this", "week", "earlier", "later", "recently"].contains(key)
            || (key.unicodeScalars.allSatisfy { $0.properties.numericType != nil })
    }

    func isAdverb(_ token: Int) -> Bool {
        let key = source.keys[token]
        guard !source.isCapitalized(token) else { return false }
        return (key.hasSuffix("ly") && key.count > 4 && !["early", "only"].contains(key))
            || ["also", "later", "again", "then", "once", "previously", "earlier", "recently", "still", "even",
                "never", "not", "often", "quickly", "first", "further", "soon", "just"].contains(key)
    }

    func isAuxiliary(_ token: Int) -> Bool {
        ["has", "had", "have", "was", "is", "were", "would", "will", "did", "does", "do", "could", "may", "might",
         "had", "been", "be", "also"].contains(source.keys[token])
    }

    /// A lowercase word that can be the verb after a subject.
    func isVerbLike(_ token: Int) -> Bool {
        let key = source.keys[token]
        return !source.isCapitalized(token) && !SpeechWords.notVerbs.contains(key) && !key.hasSuffix("'s")
            && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" }
    }
}
