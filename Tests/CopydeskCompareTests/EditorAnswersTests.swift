import CopydeskCompare
import CopydeskText
import Testing

/// The editor's answers on a story carried five ways (``EditorStory``).
@Suite struct EditorAnswersTests {
    static let report = CoverageComparer().compare(EditorStory.all)
    var answers: EditorAnswers { Self.report.answers }

    func standing(_ id: String) -> EditorAnswers.Standing? { answers.verdict.sources.first { $0.source == id } }

    @Test func theVerdictNamesTheCreditedOriginalAndHowEachCarriesIt() throws {
        let original = try #require(answers.verdict.original)
        #expect(original.source == "wire")
        #expect(original.reason == .credited)
        #expect(standing("wire")?.relation == .original)
        #expect(standing("reprint")?.relation == .verbatim)
        #expect(standing("brief")?.relation == .shortened)
        #expect(standing("edited")?.relation == .edited)
        #expect(standing("own")?.relation == .ownTelling)
        let sentences = answers.verdict.sentences
        #expect(sentences.first == "CPA is the original: the others credit it.")
        #expect(sentences.contains("Northern Daily reprints CPA word for word."))
        #expect(sentences.contains { $0.hasPrefix("Island Post reprints CPA word for word, cut short") })
        #expect(sentences.contains { $0.hasPrefix("Valley Voice is its own telling") })
    }

    @Test func aWordForWordReprintThatAddsALocalParagraphSaysSo() throws {
        // Seven paragraphs of agency copy, all reprinted, and one of the paper's own: word for
        // word still, but not only the agency's words.
        let more = [
            "The coast guard said it would publish a report on the accident within a month.",
            "The operator suspended the route until further notice and offered refunds to ticket holders.",
        ]
        var wire = EditorStory.wire
        wire.paragraphs += more
        var local = EditorStory.reprint
        local.paragraphs += more
        local.paragraphs.insert(
            "The ferry serves about 900 commuters from the island each weekday, the harbour office said.", at: 2)
        let stories = EditorStory.all.map { $0.id == "reprint" ? local : $0.id == "wire" ? wire : $0 }
        let answers = CoverageComparer().compare(stories).answers
        let relation = answers.verdict.sources.first { $0.source == "reprint" }?.relation
        #expect(relation == .verbatim, "\(String(describing: relation)) \(answers.verdict.sentences)")
        #expect(
            answers.verdict.sentences.contains("Northern Daily reprints CPA word for word, and adds 1 sentence of its own."),
            "\(answers.verdict.sentences)")
        // The plain reprint adds nothing, and says nothing of it.
        #expect(!self.answers.verdict.sentences.contains { $0.hasPrefix("Northern Daily") && $0.contains("adds") })
    }

    @Test func withoutCreditsTheEarliestSourceIsTheOriginal() throws {
        var first = EditorStory.reprint
        first.credit = nil
        first.id = "first"
        var later = EditorStory.own
        later.credit = nil
        let answers = CoverageComparer().compare([later, first]).answers
        let original = try #require(answers.verdict.original)
        #expect(original.source == "first")
        #expect(original.reason == .earliest)
    }

    @Test func omissionsRankWhatMostOthersCarriedFirst() throws {
        let own = try #require(answers.omissions.first { $0.source == "own" })
        let top = try #require(own.sentences.first)
        // The lead ran in all four agency versions; the valley paper told it its own way.
        #expect(top.carriedBy.count >= 3)
        #expect(own.sentences.map(\.carriedBy.count) == own.sentences.map(\.carriedBy.count).sorted(by: >))
        #expect(own.quotes.contains { $0.speaker == "Marta Lind" && $0.carriedBy.count == 4 })
        let brief = try #require(answers.omissions.first { $0.source == "brief" })
        #expect(brief.sentences.contains { $0.text.hasPrefix("Regional lawmakers voted 8-1") })
        #expect(!brief.sentences.contains { $0.text.hasPrefix("A passenger ferry ran aground") })
        let wire = try #require(answers.omissions.first { $0.source == "wire" })
        #expect(!wire.sentences.contains { $0.carriedBy.contains("wire") })
    }

    @Test func exclusivesPutNewQuotesFirst() throws {
        let own = try #require(answers.exclusives.first { $0.source == "own" })
        let first = try #require(own.sentences.first)
        #expect(first.text.contains("Jonas Berg"))
        #expect(!first.quotes.isEmpty)
        #expect(own.quotes.contains { $0.speaker == "Jonas Berg" })
        #expect(own.facts.contains { $0.value == "Jonas Berg" })
        let reprint = try #require(answers.exclusives.first { $0.source == "reprint" })
        #expect(reprint.isEmpty)
    }

    @Test func voicesCountQuotationsPerSourceAndMarkTheOnlyOutlet() throws {
        let lind = try #require(answers.voices.first { $0.name == "Marta Lind" })
        #expect(lind.quotes.map(\.count) == [1, 1, 1, 1, 0])
        #expect(lind.onlyIn == nil)
        let berg = try #require(answers.voices.first { $0.name == "Jonas Berg" })
        #expect(berg.onlyIn == "own")
        #expect(answers.voices.first?.name == "Marta Lind")
    }

    @Test func conflictsShowBothValuesWithTheirSentences() throws {
        let count = try #require(answers.conflicts.first { $0.kind == .number })
        #expect(Set(count.sides.map(\.value)) == ["14 passengers", "16 passengers"])
        #expect(count.sides.contains { $0.source == "edited" && $0.sentence.contains("16 passengers") })
        #expect(count.sides.contains { $0.source == "wire" && $0.sentence.contains("14 passengers") })
        let vote = try #require(answers.conflicts.first { $0.kind == .tally })
        #expect(Set(vote.sides.map(\.value)) == ["8–1", "7–2"])
        let day = try #require(answers.conflicts.first { $0.kind == .date })
        #expect(Set(day.sides.map(\.value)) == ["Tuesday", "Wednesday"])
        // Agreeing copies are never in conflict with each other.
        for conflict in answers.conflicts {
            #expect(Set(conflict.sides.map(\.value)).count >= 2)
        }
    }

    @Test func framingShowsHeadlinesLedesAndAChangedPhrase() throws {
        let framing = answers.framing
        #expect(framing.headlines.map(\.source) == ["wire", "reprint", "brief", "edited", "own"])
        #expect(framing.headlines.last?.text == "Islanders demand safer crossing after ferry accident")
        #expect(framing.ledes.first?.text == EditorStory.lead)
        let choice = try #require(framing.wordChoices.first { $0.words == "shipping company" })
        #expect(choice.otherWords == "ferry operator")
        #expect(choice.sources == ["edited"])
        #expect(choice.others == ["wire", "reprint"])
        // The changed count is a conflict, not a choice of words.
        #expect(!framing.wordChoices.contains { $0.words.contains("16") || $0.otherWords.contains("16") })
    }
}
