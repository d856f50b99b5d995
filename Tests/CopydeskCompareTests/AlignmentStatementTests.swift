@testable import CopydeskCompare
import CopydeskText
import Foundation
import Testing

/// The same-statement judgement built as machine-translation metrics are: the share of the longer
/// sentence's words the other has, less what one adds (a clause, a figure, a denial). The
/// sentences are this suite's own, modelled on wire copy.
@Suite struct AlignmentStatementTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        MarkedArticle(id: id, published: "2024-05-02", paragraphs).article
    }

    static func profile(_ text: String) -> SentenceProfile {
        let source = SourceText(article: article("x", [text]), id: "x")
        return SentenceProfile(keys: source.keys[...])
    }

    /// The class of the first sentence of `a` against `b`, both one-sentence articles.
    static func judge(_ a: String, _ b: String) -> CoverageReport.Match? {
        let report = CoverageComparer().compare([article("a", [a]), article("b", [b])])
        return report.sentences.first { $0.source == "a" }?.match
    }

    static let similarity = SentenceSimilarity(weights: [:], sentences: 2)

    // MARK: What is shared, and what one side adds.

    @Test func theSharedShareIsOfTheLongerSentence() {
        let short = Self.profile("The port reopened on Sunday.")
        let long = Self.profile("The port reopened on Sunday after the storm passed the coast.")
        let evidence = Self.similarity.evidence(short, long)
        // All five words of the short one are in the long one, which has eleven.
        #expect(abs(evidence.shared - 5.0 / 11.0) < 1e-9)
        #expect(evidence.shared == Self.similarity.evidence(long, short).shared)
        #expect(Self.similarity.evidence(long, long).shared == 1)
    }

    @Test func synonymsAndInflectionsCountAsShared() {
        // "quit" and "resigned" are one term; "ministers" and "minister" one stem.
        let a = Self.profile("Two ministers resigned over the contract.")
        let b = Self.profile("Two minister quit over the contract.")
        #expect(Self.similarity.evidence(a, b).shared == 1)
    }

    @Test func theLongestAddedRunIsAClauseNotScatteredRewording() {
        let plain = Self.profile("The council approved the budget on Tuesday.")
        let clause = Self.profile(
            "The council, which meets twice a month in a converted warehouse, approved the budget on Tuesday.")
        let reworded = Self.profile("On Tuesday the city council passed the budget.")
        // ", which meets twice a month in a converted warehouse," is nine words the plain one lacks.
        #expect(Self.similarity.evidence(plain, clause).addedRun == 9)
        #expect(Self.similarity.evidence(clause, plain).addedRun == 9)
        // "city" and "passed" stand alone.
        #expect(Self.similarity.evidence(plain, reworded).addedRun == 1)
        #expect(
            Self.similarity.evidence(plain, clause).score
                < Self.similarity.evidence(plain, clause).shared - 0.1)
    }

    @Test func eachNumberOnlyOneGivesCosts() {
        let one = Self.profile("The index rose to 61.2 in March.")
        let two = Self.profile("The index rose to 61.2 from 57.4 in March.")
        let other = Self.profile("The index rose to 59.8 in March.")
        #expect(Self.similarity.evidence(one, two).unsharedNumbers == 1)
        // A changed figure: one each side.
        #expect(Self.similarity.evidence(one, other).unsharedNumbers == 2)
        #expect(Self.similarity.evidence(one, one).unsharedNumbers == 0)
        #expect(Self.similarity.evidence(one, other).score < Self.similarity.evidence(one, one).score - 0.1)
    }

    @Test func runsAreFoundWithoutTrapsOnEmptyInput() {
        #expect(SentenceSimilarity.longestRun(of: [], missingFrom: []) == 0)
        #expect(SentenceSimilarity.longestRun(of: [3, 4, 5], missingFrom: []) == 3)
        #expect(SentenceSimilarity.longestRun(of: [1, 9, 8, 2, 7], missingFrom: [1, 2]) == 2)
        #expect(!SentenceSimilarity.contains([], 1))
        #expect(SentenceSimilarity.contains([1, 2, 2, 9], 9))
        #expect(!SentenceSimilarity.contains([1, 2, 2, 9], 10))
        #expect(Self.similarity.sharedShare([], []) == 0)
    }

    // MARK: Whole judgements.

    @Test func aRestatementWithItsWordsMovedIsTheSameStatement() {
        #expect(
            Self.judge(
                "Rescuers pulled six miners alive from the flooded shaft late on Friday.",
                "Late on Friday, rescuers pulled six miners from the flooded shaft alive.") != .unique)
    }

    @Test func theSameEventWithAnAddedClauseIsNotTheSameStatement() {
        // Reworded enough not to be an edit; the second adds a whole second fact.
        #expect(
            Self.judge(
                "Rescuers pulled six miners alive from the flooded shaft on Friday.",
                "On Friday rescuers brought six miners alive out of the flooded shaft, but the company said two "
                    + "others were still missing and the pumps had failed overnight.") == .unique)
    }

    @Test func aRewordedAttributionIsTheSameStatement() {
        #expect(
            Self.judge(
                "The airline said the strike would ground its flights on Monday.",
                "Flights will be grounded by the strike on Monday, the airline said.") == .paraphrase)
    }

    // MARK: In a story, the names every sentence gives share little.

    @Test func inALongStoryCommonNamesWeighLessThanFunctionWords() {
        let name = fnv1a(SentenceProfile.term("hartley"))
        let rare = fnv1a(SentenceProfile.term("ballot"))
        // "Hartley" in nearly every one of 20 sentences; "ballot" in one.
        let story = SentenceSimilarity(weights: [name: log(21.0 / 19.0), rare: log(21.0 / 1.0)], sentences: 20)
        #expect(story.readingWeight(name) < 0.1)
        #expect(story.readingWeight(rare) == 1)
        // A function word has no term weight: it counts fully.
        #expect(story.readingWeight(fnv1a("the")) == 1)
    }
}
