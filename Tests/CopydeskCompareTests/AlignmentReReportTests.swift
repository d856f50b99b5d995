@testable import CopydeskCompare
import CopydeskText
import Testing

/// Facts one outlet re-reported in its own words, found as counterparts; and what must not be
/// taken for one. The stories and sentences are this suite's own, modelled on political news.
@Suite struct AlignmentReReportTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        MarkedArticle(id: id, published: "2024-05-02", paragraphs).article
    }

    static func counterparts(
        _ report: CoverageReport, _ source: String, _ index: Int, in other: String
    ) -> [Int] {
        report.sentences.first { $0.source == source && $0.index == index }?.counterparts
            .filter { $0.source == other }.map(\.index) ?? []
    }

    // MARK: Words news copy swaps, and words it must not fold.

    @Test func theVerbsARewriteSwapsMeetOnOneTerm() {
        #expect(SentenceProfile.term("apologized") == SentenceProfile.term("apology"))
        #expect(SentenceProfile.term("regrets") == SentenceProfile.term("apologise"))
        #expect(SentenceProfile.term("resigned") == SentenceProfile.term("quit"))
        #expect(SentenceProfile.term("footage") == SentenceProfile.term("video"))
        #expect(SentenceProfile.term("detained") == SentenceProfile.term("arrested"))
        #expect(SentenceProfile.term("overridden") == SentenceProfile.term("overrule"))
    }

    @Test func wordsWithASecondCommonSenseAreNotFolded() {
        // An executive order is no medal, a state legislature says nothing, a law firm is not
        // resolute.
        #expect(SentenceProfile.term("order") != SentenceProfile.term("award"))
        #expect(SentenceProfile.term("state") != SentenceProfile.term("said"))
        #expect(SentenceProfile.term("state") != SentenceProfile.term("country"))
        #expect(SentenceProfile.term("firm") != SentenceProfile.term("strongly"))
        #expect(SentenceProfile.term("found") != SentenceProfile.term("establish"))
    }

    // MARK: A short quotation and the same words with their attribution.

    @Test func aShortQuotationFindsItsCopyWithAnAttribution() throws {
        let a = Self.article(
            "a",
            [
                "The deputy was filmed at a checkpoint outside the county jail on Saturday.",
                "“Step out of the car now,” the deputy said.",
                "The driver asked why he had been stopped.",
            ])
        let b = Self.article(
            "b",
            [
                "A video shows a sheriff's deputy stopping a driver near the county jail.",
                "“Step out of the car now …",
                "The sheriff's office said the stop was under review.",
            ])
        let report = CoverageComparer().compare([a, b])
        // One content word each ("step", "car", "now" are content; the quotation is all of b's):
        // the quotation alone is nearly all inside the attributed one.
        let quoted = try #require(report.sentences.first { $0.source == "b" && $0.index == 1 })
        #expect(quoted.counterparts.contains { $0.source == "a" && $0.index == 1 })
        #expect(quoted.match == .edited)
    }

    @Test func oneSharedWordIsNoParaphrase() {
        var cache = SentenceProfile.Cache()
        func profile(_ text: String) -> SentenceProfile {
            let source = SourceText(article: Self.article("x", [text]), id: "x")
            return SentenceProfile(keys: source.keys[...], cache: &cache)
        }
        let similarity = SentenceSimilarity(weights: [:], sentences: 2)
        // "Money" is the only content word of the short one, and the long one has it: enough to
        // look for an edit, not to call one sentence a paraphrase of the other.
        let short = profile("It was about the money, he said.")
        let long = profile("The council voted to spend the money on new roads and two schools.")
        #expect(similarity.compare(short, long)?.match == nil)
        #expect(similarity.compare(long, short)?.match == nil)
    }

    // MARK: A figure one sentence adds.

    @Test func aFigureOnlyOneSentenceGivesIsNewInformation() {
        var cache = SentenceProfile.Cache()
        func profile(_ text: String) -> SentenceProfile {
            let source = SourceText(article: Self.article("x", [text]), id: "x")
            return SentenceProfile(keys: source.keys[...], cache: &cache)
        }
        let similarity = SentenceSimilarity(weights: [:], sentences: 2)
        let plain = profile("The regional factory index rose to 61.2 in March.")
        let more = profile("The regional factory index rose to 61.2 from 57.4 in March.")
        let same = profile("In March the regional factory index rose to 61.2.")
        // "From 57.4" is a figure the first does not give: the pair is not quite the same statement.
        #expect(similarity.evidence(plain, more).numbersDiffer)
        #expect(!similarity.evidence(plain, same).numbersDiffer)
        // A sentence with no figure against one with a figure: the figure is news too.
        let bare = profile("The regional factory index rose in March.")
        #expect(similarity.evidence(bare, plain).numbersDiffer)
    }

    // MARK: One event told by two outlets.

    static let wire = article(
        "wire",
        [
            "Senator Ruth Calloway is under fire after a recording surfaced on Monday of her mocking dairy "
                + "farmers at a private dinner for donors in Chicago.",
            "Calloway apologized for the remarks in a written statement after the recording was released.",
            "“I have nothing but respect for the people who feed this state,” she said.",
            "The recording was posted online by a conservative advocacy group.",
            "Calloway faces a primary challenge in August from a former county treasurer.",
            "Her campaign has raised more than $4 million this year.",
        ])
    static let rewrite = article(
        "rewrite",
        [
            "A senator's joke about dairy farmers has become the first crisis of her re-election campaign.",
            "Ms. Calloway apologized to the state farm bureau and to “anyone I may have offended” after footage "
                + "emerged of her telling donors that farmers “milk the government better than their cows.”",
            "The footage was filmed in March, at a fund-raiser held in a donor's home.",
            "Farm income in the state fell for a third straight year in 2023.",
            "Her opponent, a former county treasurer, called the remarks an insult to rural voters.",
        ])
    static let story = CoverageComparer().compare([wire, rewrite])

    @Test func anApologyReReportedInOtherWordsIsFound() {
        // Few words in the same order, one sentence twice as long as the other: not the same
        // statement on its own, but related, each the other's best match, and sharing words of the
        // story that are no names ("apologized", "footage" for "recording").
        #expect(Self.counterparts(Self.story, "wire", 1, in: "rewrite").contains(1))
        #expect(Self.counterparts(Self.story, "rewrite", 1, in: "wire").contains(1))
        #expect(Self.story.sentences.first { $0.source == "wire" && $0.index == 1 }?.match == .paraphrase)
    }

    @Test func sentencesSharingNamesAndOneWordStayApart() {
        // Both name the county treasurer, but the wire's money figure has nothing in the rewrite.
        #expect(Self.counterparts(Self.story, "wire", 5, in: "rewrite").isEmpty)
        // "State" and "farm" alone do not make the rewrite's income figure a re-report of the quote.
        #expect(!Self.counterparts(Self.story, "rewrite", 3, in: "wire").contains(2))
    }
}
