import CopydeskText

/// Finds who said each quotation of one source, from that source's own text alone.
///
/// First the speaker *phrase*, by the grammar of attribution: a clause after the quotation
/// (`"…," Smith said`, `"…," said the governor`, `"…" — Smith`, `"…," according to Smith`), a
/// verb of saying before it (`Smith said that "…"`, `…, saying "…"` takes the subject of the
/// clause it hangs from), a colon (`Biden was quick to retort: "…"`, also ending the previous
/// paragraph), or none (a quotation standing alone continues the last speaker's words). Then
/// the phrase is resolved: a name to the person it stands for in this source (``Cast``), "he"
/// or "she" to the most salient earlier person of that gender (the subject of a recent clause
/// or the last speaker, never a place or a museum), a description ("the four-term congressman")
/// to the person the text described that way, a body ("the White House") to itself.
///
/// The ideas follow rule-based extractors such as BBC R&D's Citron and the Gender Gap Tracker's
/// (cue verb, source span, a coreference step over named people with gender), written for
/// tokens without a parser.
struct Attribution: Sendable {
    struct Speaker: Sendable, Hashable {
        var name: String
        var kind: CoverageReport.Fact.Kind
        /// Key of the surname for people, of the whole name otherwise: what votes are counted by.
        var key: String {
            kind == .person ? Cast.surnameKey(NameBook.words(name)) : NameBook.key(name)
        }
    }

    let source: SourceText
    let quotes: [QuoteFinder.Found]
    let cast: Cast
    /// The other sources' casts, for a bare surname this source never prints in full.
    let others: [Cast]
    /// For each token, whether it lies inside a quotation.
    let quoted: [Bool]

    /// `cast` is this source's, when the caller built it already (``Cast/build(_:quoted:)``).
    init(source: SourceText, quotes: [QuoteFinder.Found], cast: Cast? = nil, others: [Cast] = []) {
        self.source = source
        self.quotes = quotes
        let quoted = Self.quotedTokens(source, quotes)
        self.quoted = quoted
        self.cast = cast ?? Cast.build(source, quoted: quoted)
        self.others = others
    }

    /// Marks the tokens inside quotations, walking tokens and segments together.
    static func quotedTokens(_ source: SourceText, _ quotes: [QuoteFinder.Found]) -> [Bool] {
        var marks = [Bool](repeating: false, count: source.tokens.count)
        for quote in quotes {
            for segment in quote.segments {
                for token in source.tokenIndices(in: segment) where token < marks.count { marks[token] = true }
            }
        }
        return marks
    }

    /// A resolved speaker, with where the attribution stood (for salience).
    struct Event: Sendable {
        var offset: Int
        var person: Int
        /// 3 a quotation's speaker, 2 a clause's subject, 1 any other mention.
        var weight: Int
    }

    /// One speaker (or none) per quotation, in the order of ``quotes``.
    func speakers() -> [Speaker?] {
        var events: [Event] = cast.mentions.filter { !$0.quoted }.map {
            Event(offset: $0.start, person: $0.person, weight: $0.subject ? 2 : 1)
        }
        events.sort { $0.offset < $1.offset }
        var result: [Speaker?] = []
        var previous: (paragraph: Int, speaker: Speaker, person: Int?)? = nil
        for quote in quotes {
            let paragraph = source.paragraphIndex(at: quote.span.lowerBound) ?? 0
            var speaker: Speaker? = nil
            var person: Int? = nil
            if isScareQuote(quote) {
                // “Trojan Horse”, “Clean Harbors Act”: a term in capitals, no one's words.
                result.append(nil)
                continue
            }
            if let phrase = phrase(for: quote) {
                (speaker, person) = resolve(phrase, at: quote.span.lowerBound, events: events)
                // "“…,” the statement continued": the document the last speaker issued.
                if speaker == nil, let previous, paragraph - previous.paragraph <= 1, isIssuedDocument(phrase) {
                    (speaker, person) = (previous.speaker, previous.person)
                }
            } else if !quote.embedded, let previous, paragraph - previous.paragraph <= 1 {
                // A quotation standing alone continues the last speaker's words.
                (speaker, person) = (previous.speaker, previous.person)
            }
            if let speaker {
                // Counted from where the quotation ends: it may run over several paragraphs.
                let last = source.paragraphIndex(at: max(quote.span.lowerBound, quote.span.upperBound - 1)) ?? paragraph
                previous = (last, speaker, person)
                if let person {
                    events.append(Event(offset: quote.span.lowerBound, person: person, weight: 3))
                    events.sort { $0.offset < $1.offset }
                }
            }
            result.append(speaker)
        }
        return result
    }

    /// "the statement", "his letter": a document someone issued, named by a determiner alone.
    func isIssuedDocument(_ phrase: Phrase) -> Bool {
        let keys = phrase.tokens.map { source.keys[$0] }
        guard keys.count == 2, ["the", "his", "her", "their"].contains(keys[0]) else { return false }
        return Self.documents.contains(keys[1]) || ["post", "tweet", "message", "email"].contains(keys[1])
    }

    /// A quotation of two or three words, each capitalised but a title's small words, with no
    /// sentence punctuation: a name, a nickname or a scare term (“Clean Harbors Act”), not speech.
    func isScareQuote(_ quote: QuoteFinder.Found) -> Bool {
        guard quote.segments.count == 1, let segment = quote.segments.first else { return false }
        let tokens = Array(source.tokenIndices(in: segment))
        guard (2...3).contains(tokens.count), let first = tokens.first, source.isCapitalized(first) else { return false }
        let text = source.slice(segment)
        if text.contains(where: { ".!?".contains($0) }) { return false }
        let small: Set<String> = ["of", "the", "a", "an", "and", "for", "on", "in", "to"]
        return tokens.allSatisfy { source.isCapitalized($0) || small.contains(source.keys[$0]) }
            && !tokens.contains { ["i", "we", "you"].contains(source.keys[$0]) }
    }

    // MARK: The speaker phrase

    /// A noun phrase naming the speaker, as token indices.
    struct Phrase: Sendable {
        var tokens: [Int]
    }

    func phrase(for quote: QuoteFinder.Found) -> Phrase? {
        // After each segment: the clause between a segment and the next (an interrupted
        // quotation) or the rest of the sentence after the last.
        let before = context(before: quote.span.lowerBound)
        for (number, segment) in quote.segments.enumerated() {
            let limit = number + 1 < quote.segments.count ? quote.segments[number + 1].lowerBound : nil
            let after = context(after: segment.upperBound, limit: limit)
            // "Trump asserted that he had “…,” according to CNN": the outlet reported it; the
            // verb of saying before the quotation names the speaker.
            if let first = after.first, source.keys[first] == "according", let phrase = leadingAttribution(before) {
                return phrase
            }
            if let phrase = trailingAttribution(after) { return phrase }
        }
        if let phrase = leadingAttribution(before) { return phrase }
        if let phrase = accordingTo(context(after: quote.span.upperBound, limit: nil) + before) { return phrase }
        // A quotation opening a paragraph after one that ended with a colon.
        if let paragraph = source.paragraphIndex(at: quote.span.lowerBound), paragraph > 0,
            before.isEmpty || before.allSatisfy({ quoted[$0] })
        {
            let previous = source.paragraphs[paragraph - 1]
            let tokens = source.tokenIndices(in: previous)
            if let last = tokens.last, source.gap(after: last).contains(":"),
                let sentence = source.sentenceIndex(at: source.tokens.tokens[last].scalars.lowerBound)
            {
                let start = source.sentences[sentence].scalars.lowerBound
                let clause = Array(source.tokenIndices(in: max(start, previous.lowerBound)..<previous.upperBound))
                    .filter { !quoted[$0] }
                if let subject = clauseSubject(clause) { return subject }
            }
        }
        return nil
    }

    /// Tokens from `offset` to the end of its sentence (or `limit`), outside quotations.
    func context(after offset: Int, limit: Int?) -> [Int] {
        guard offset < source.scalars.count, let sentence = source.sentenceIndex(at: max(0, offset - 1)) else {
            return []
        }
        var end = source.sentences[sentence].scalars.upperBound
        // The sentence may run on past the closing mark: a following sentence that the
        // segmenter split off right after the mark ("…?” he asked.), also between the two parts
        // of an interrupted quotation (“Stop lying!” Mr. Fox wrote. “…”).
        let closing = source.scalars[max(0, offset - 1)]
        let dash = source.slice(offset..<min(source.scalars.count, offset + 5)).contains { "—―".contains($0) }
            || source.slice(offset..<min(source.scalars.count, offset + 5)).contains("--")
        if end <= offset + 2, dash || "?!,—".unicodeScalars.contains(closing), let next = source.sentenceIndex(at: end + 1) {
            end = source.sentences[next].scalars.upperBound
        }
        if let limit { end = min(end, limit) }
        if let paragraph = source.paragraphIndex(at: max(0, offset - 1)) {
            end = min(end, source.paragraphs[paragraph].upperBound)
        }
        guard offset < end else { return [] }
        var tokens: [Int] = []
        for token in source.tokenIndices(in: offset..<end) {
            if quoted[token] { break }
            tokens.append(token)
        }
        return tokens
    }

    /// Tokens from the sentence start (within the paragraph) to `offset`, outside quotations.
    func context(before offset: Int) -> [Int] {
        guard let sentence = source.sentenceIndex(at: offset) else { return [] }
        var start = source.sentences[sentence].scalars.lowerBound
        if let paragraph = source.paragraphIndex(at: offset) {
            start = max(start, source.paragraphs[paragraph].lowerBound)
        }
        guard start < offset else { return [] }
        return Array(source.tokenIndices(in: start..<offset)).filter { !quoted[$0] }
    }

    /// `"…," Smith said` · `"…," said Smith` · `"…," Smith, the governor, said` · `"…" — Smith`.
    func trailingAttribution(_ after: [Int]) -> Phrase? {
        guard let first = after.first else { return nil }
        let key = source.keys[first]
        let opening = first > 0 ? source.gap(after: first - 1) : ""
        if opening.contains("—") || opening.contains("--") || opening.contains("―") {
            let phrase = nounPhrase(from: 0, in: after)
            if !phrase.isEmpty { return Phrase(tokens: phrase) }
        }
        if SpeechWords.invertible.contains(key) || SpeechWords.verbs.contains(key), after.count > 1 {
            var from = 1
            // "said Tuesday", "said late Monday" before the subject: skip time words; "said in a
            // statement" or "said on Twitter" holds no subject.
            while from < after.count, from < 5, isTimeWord(after[from]) || isAdverb(after[from]) { from += 1 }
            let phrase = nounPhrase(from: from, in: after)
            if !phrase.isEmpty, SpeechWords.invertible.contains(key) || from == 1 { return Phrase(tokens: phrase) }
        }
        if key == "according", let phrase = accordingTo(after) { return phrase }
        guard opensNounPhrase(first) else { return nil }
        let phrase = nounPhrase(from: 0, in: after)
        guard let last = phrase.last, let end = after.firstIndex(of: last) else { return nil }
        var next = end + 1
        if next < after.count, source.gap(after: after[end]).contains("(") {
            // A party tag or a note in brackets: "Ruiz (D-N.M.) said".
            var probe = next
            while probe < after.count, probe - next < 8, !source.gap(after: after[probe]).contains(")") { probe += 1 }
            next = probe + 1
        }
        if next < after.count, source.gap(after: after[end]).contains(",") {
            // An appositive: "Smith, the governor, said".
            var probe = next
            while probe < after.count, probe - next < 16, !source.gap(after: after[probe]).contains(",") { probe += 1 }
            next = probe + 1
        }
        // Adverbs between subject and verb: "Smith later said", "he also told".
        while next < after.count, next - end <= 3, isAdverb(after[next]) { next += 1 }
        guard next < after.count else { return nil }
        let verb = source.keys[after[next]]
        if SpeechWords.verbs.contains(verb) || isVerbLike(after[next]) && next == end + 1 {
            // "the company's chief executive, Lars Nygaard, said": a description first, then the
            // name in the appositive — the name is the speaker.
            if next > end + 1, !source.isCapitalized(last), source.isCapitalized(after[next - 1]),
                let named = phraseEnding(at: next - 1, in: after)
            {
                return named
            }
            return Phrase(tokens: phrase)
        }
        return nil
    }

    /// `Smith said that "…"` · `Smith told reporters: "…"` · `…, saying "…"` · `Biden shot back: "…"`.
    func leadingAttribution(_ before: [Int]) -> Phrase? {
        guard !before.isEmpty else { return nil }
        if let cue = before.lastIndex(where: {
            SpeechWords.verbs.contains(source.keys[$0]) || SpeechWords.participles.contains(source.keys[$0])
        }) {
            let key = source.keys[before[cue]]
            // "…,” said Bloomberg, who added that “…”", "former President Vicente Fox – who went
            // on a tear declaring …": the verb of a relative clause speaks for the name "who" follows.
            if let who = before[..<cue].lastIndex(where: { source.keys[$0] == "who" }), who > 0, cue - who <= 6,
                !before[who..<cue].contains(where: { source.gap(after: $0).contains(where: { ",;:".contains($0) }) }),
                source.isCapitalized(before[who - 1]), let named = phraseEnding(at: who - 1, in: before)
            {
                return named
            }
            if SpeechWords.participles.contains(key), !SpeechWords.verbs.contains(key) || key.hasSuffix("ing") {
                let head = Array(before[..<cue])
                if let subject = clauseSubject(head) ?? lastSubject(head) { return subject }
            } else if cue > 0, source.gap(after: before[cue - 1]).contains(","),
                let subject = clauseSubject(Array(before[..<cue]))
            {
                // "The firm's lawyer, Jane Doe, argued that": a description first, then the name
                // in the appositive — the name is the speaker.
                // ("Doe's partner, Tom Reyes, insisted": a possessive name describes too.)
                if !subject.tokens.contains(where: {
                    source.isCapitalized($0) && !Lexicon.stopwords.contains(source.keys[$0]) && !source.keys[$0].hasSuffix("'s")
                }),
                    let named = self.subject(before: cue, in: before),
                    named.tokens.contains(where: { source.isCapitalized($0) })
                {
                    return named
                }
                // "Wolfson, the founder of Freedom to Marry, a rights group, said": the clause's
                // subject, not the last name inside its appositives.
                return subject
            } else if let subject = subject(before: cue, in: before) {
                return subject
            } else if let subject = clauseSubject(Array(before[..<cue])) ?? lastSubject(Array(before[..<cue])) {
                // "Grimm stormed back, leaned in and said": the verb shares its clause's subject.
                return subject
            }
        }
        if let last = before.last, source.gap(after: last).contains(":"), let subject = clauseSubject(before) {
            return subject
        }
        return nil
    }

    /// `according to Smith` anywhere in the tokens.
    func accordingTo(_ tokens: [Int]) -> Phrase? {
        guard let at = tokens.firstIndex(where: { source.keys[$0] == "according" }), at + 2 < tokens.count,
            source.keys[tokens[at + 1]] == "to"
        else { return nil }
        let phrase = nounPhrase(from: at + 2, in: tokens)
        return phrase.isEmpty ? nil : Phrase(tokens: phrase)
    }
}
