@testable import CopydeskCompare
import CopydeskText
import Testing

/// A counterpart says why it was matched: the words both sentences share, rarest first, with a
/// synonym or a capital written beside the word the other sentence prints. The sentences are
/// this suite's own, modelled on local and political news.
@Suite struct AlignmentMatchedWordsTests {
    static func source(_ id: String, _ paragraphs: [String]) -> SourceText {
        SourceText(article: MarkedArticle(id: id, published: "2024-05-02", paragraphs).article, id: id)
    }

    static func words(
        _ a: SourceText, _ i: Int, _ b: SourceText, _ j: Int, _ similarity: SentenceSimilarity
    ) -> [String] {
        var cache = SentenceProfile.Cache()
        return MatchedWords.between(
            a, terms: MatchedWords.terms(of: a, cache: &cache), sentence: i,
            b, terms: MatchedWords.terms(of: b, cache: &cache), sentence: j, similarity: similarity)
    }

    /// Every term weighs the same: the words come in reading order.
    static let even = SentenceSimilarity(weights: [:], sentences: 2)

    @Test func aSynonymAndACapitalAreNamedBesideTheOtherSentencesWord() {
        let a = Self.source("a", ["The county sheriff quit on Monday after Beijing protested the inquiry."])
        let b = Self.source("b", ["China objected to the probe, and the sheriff resigned on Monday."])
        let words = Self.words(a, 0, b, 0, Self.even)
        #expect(words == ["sheriff", "quit ~ resigned", "Monday", "Beijing ~ China", "inquiry ~ probe"])
    }

    @Test func functionWordsAndWordsOnlyOneSidePrintsAreNotReasons() {
        let a = Self.source("a", ["The mayor said the new budget would not raise the property tax."])
        let b = Self.source("b", ["The council said the budget was late and the mayor was away."])
        let words = Self.words(a, 0, b, 0, Self.even)
        // "the", "said", "would" are function words; "tax" and "property" only one side prints.
        #expect(words == ["mayor", "budget"])
    }

    @Test func rareWordsLeadAndAtMostSixAreGiven() {
        let a = Self.source(
            "a", ["Harlow said the port of Eastbay will hire 40 crane drivers, nine welders and two pilots in June."])
        let b = Self.source(
            "b", ["In June the port of Eastbay will hire nine welders, two pilots and 40 crane drivers, Harlow said."])
        // "Harlow" and "Eastbay" are in every sentence of the story; the rest in this pair only.
        let weights: [UInt64: Double] = [
            fnv1a(SentenceProfile.term("harlow")): 0.1, fnv1a(SentenceProfile.term("eastbay")): 0.2,
            fnv1a(SentenceProfile.term("welders")): 3, fnv1a(SentenceProfile.term("crane")): 2.5,
        ]
        let words = Self.words(a, 0, b, 0, SentenceSimilarity(weights: weights, sentences: 20))
        #expect(words.count == MatchedWords.limit)
        #expect(Array(words.prefix(2)) == ["welders", "crane"])
        #expect(!words.contains("Harlow") && !words.contains("Eastbay"))
    }

    /// A name printed the same way in both sentences is one ground, title and all, weighing as
    /// its rarest word; names split differently stay words of their own.
    @Test func aNameOfSeveralWordsIsOneGround() {
        let a = Self.source("a", ["Rep. Dana Whitlock joined Mitt Harlan on the stage in Dayton to back the levy."])
        let b = Self.source("b", ["In Dayton, Harlan and Rep. Dana Whitlock backed the school levy from the stage."])
        let words = Self.words(a, 0, b, 0, Self.even)
        #expect(words.contains("Rep. Dana Whitlock"))
        // "Mitt Harlan" is not printed whole on the other side: "Harlan" alone is the ground.
        #expect(words.contains("Harlan"))
        #expect(!words.contains("Mitt Harlan"))
        #expect(!words.contains("Dana") && !words.contains("Whitlock"))
        let synonyms = Self.words(
            Self.source("a", ["Beijing Airport reopened."]), 0, Self.source("b", ["China Airport reopened."]), 0, Self.even)
        #expect(synonyms.contains("Beijing ~ China"))
        #expect(synonyms.contains("Airport"))
    }

    @Test func inflectionsAreOneWordAndSynonymsTwo() {
        #expect(MatchedWords.sameWord("resigns", "resigned"))
        #expect(MatchedWords.sameWord("apology", "apologize"))
        #expect(MatchedWords.sameWord("denied", "deny"))
        #expect(!MatchedWords.sameWord("overridden", "overrule"))
        #expect(!MatchedWords.sameWord("quit", "resigned"))
        #expect(!MatchedWords.sameWord("beijing", "china"))
    }

    @Test func sentencesOutsideTheSourcesGiveNoWordsAndNoTrap() {
        let a = Self.source("a", ["The bridge reopened on Friday."])
        let b = Self.source("b", ["The bridge reopened to traffic on Friday."])
        #expect(Self.words(a, 3, b, 0, Self.even).isEmpty)
        #expect(Self.words(a, 0, b, -1, Self.even).isEmpty)
        #expect(Self.words(a, 0, b, 0, Self.even)
            == ["bridge", "reopened", "Friday"])
    }

    @Test func aReReportedFactsCounterpartCarriesItsWords() throws {
        let a = Self.article(
            "a",
            [
                "State Senator Ana Kell resigned on Thursday, a week after the ethics inquiry began.",
                "Kell had led the transport committee since 2019.",
                "Her office did not answer calls on Thursday evening.",
            ])
        let b = Self.article(
            "b",
            [
                "Kell, a Democrat from the north shore, quit the Senate on Thursday as the ethics probe widened.",
                "Colleagues said the transport committee would elect a new chair next month.",
                "A special election is expected in the autumn.",
            ])
        let report = CoverageComparer().compare([a, b])
        let sentence = try #require(report.sentences.first { $0.source == "a" && $0.index == 0 })
        let counterpart = try #require(sentence.counterparts.first { $0.source == "b" })
        #expect(counterpart.index == 0)
        #expect(counterpart.matchedWords.contains("resigned ~ quit"))
        #expect(counterpart.matchedWords.contains("inquiry ~ probe"))
        #expect(counterpart.matchedWords.contains("ethics"))
    }

    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        MarkedArticle(id: id, published: "2024-05-02", paragraphs).article
    }
}
