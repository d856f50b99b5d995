@testable import CopydeskCompare
import CopydeskText
import Testing

/// When two sentences say the same thing: one-sentence pairs (a quotation, a post), facts an
/// outlet re-reported in its own words inside a story, the content figures of the summary, and
/// the bound on work when a text repeats itself. Sentences are this suite's own.
@Suite struct SentenceJudgementTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        MarkedArticle(id: id, published: "2024-05-02", paragraphs).article
    }

    /// The class of the first sentence of `a` against `b`, both one-sentence articles.
    static func judge(_ a: String, _ b: String) -> CoverageReport.Match? {
        let report = CoverageComparer().compare([article("a", [a]), article("b", [b])])
        return report.sentences.first { $0.source == "a" }?.match
    }

    @Test func aRestatementInOtherWordsIsAParaphrase() {
        #expect(
            Self.judge(
                "The council approved the new budget on Tuesday after a long debate.",
                "After a lengthy debate, the council on Tuesday passed the new budget.") == .paraphrase)
    }

    @Test func sharedWordsAloneDoNotMakeTheSameStatement() {
        // The "He's not a Republican." against "He's got the money.", in other words.
        #expect(Self.judge("She's not a candidate.", "She's got the votes.") == .unique)
        // Same subject and setting, another claim: the second says much more than the first.
        #expect(
            Self.judge(
                "The mayor opened the new bridge on Monday.",
                "The mayor, who faces re-election in November, said on Monday that the new bridge had cost "
                    + "twice its budget and would need repairs within a year.") == .unique)
    }

    @Test func aDenialCostsTheScoreAndSoDoDisagreeingNumbers() {
        var cache = SentenceProfile.Cache()
        func profile(_ text: String) -> SentenceProfile {
            let source = SourceText(article: Self.article("x", [text]), id: "x")
            return SentenceProfile(keys: source.keys[...], cache: &cache)
        }
        let similarity = SentenceSimilarity(weights: [:], sentences: 2)
        let said = profile("The union said the strike would end on Friday.")
        let denied = profile("The union said the strike would not end on Friday.")
        let moved = profile("The union said the strike would end on Friday, 14 June.")
        let other = profile("The union said the strike would end on Friday, 21 June.")
        let asserted = similarity.evidence(said, said)
        let negated = similarity.evidence(said, denied)
        #expect(negated.negationDiffers && !asserted.negationDiffers)
        #expect(negated.score < asserted.score - 0.2)
        let numbers = similarity.evidence(moved, other)
        #expect(numbers.numbersDiffer)
        #expect(!similarity.evidence(moved, moved).numbersDiffer)
        #expect(numbers.score < similarity.evidence(moved, moved).score - 0.05)
    }

    // MARK: A story another outlet re-reported in its own words.

    static let wire = article(
        "wire",
        [
            "LISBON, May 2 — Portugal's health minister resigned on Thursday after a report found that hospital "
                + "waiting lists had been kept off the official books for two years.",
            "The auditors said at least 40,000 patients had waited longer than the legal limit for surgery.",
            "Prime Minister Luís Montenegro accepted the resignation and thanked her for her service.",
            "Opposition parties called for a parliamentary inquiry into the ministry.",
            "The minister had been in office since April last year.",
        ])
    static let rewrite = article(
        "rewrite",
        [
            "A damning audit of hidden surgery queues has cost Portugal's health minister her job.",
            "She quit on Thursday, the day the report showed that waiting lists were not recorded in the official "
                + "figures for two years.",
            "More than 40,000 people waited beyond the legal maximum for an operation, according to the auditors.",
            "Lisbon's hospitals have struggled with staff shortages since the pandemic.",
        ])
    static let story = CoverageComparer().compare([wire, rewrite])

    static func sentence(_ source: String, _ index: Int) -> CoverageReport.AlignedSentence? {
        story.sentences.first { $0.source == source && $0.index == index }
    }

    @Test func aFactReReportedInOtherWordsFindsItsCounterpart() throws {
        let audit = try #require(Self.sentence("wire", 1))
        #expect(audit.counterparts.contains { $0.source == "rewrite" && $0.index == 2 })
        #expect(audit.match == .paraphrase)
    }

    @Test func sentencesSharingOnlyTheStorysNamesStayUnique() throws {
        // "Lisbon" and "hospitals" are in both, but nothing the wire says about the inquiry.
        #expect(Self.sentence("wire", 3)?.match == .unique)
        #expect(Self.sentence("rewrite", 3)?.match == .unique)
    }

    @Test func theSummaryCountsSentencesWithACounterpartNotCopiedWords() throws {
        for entry in Self.story.summary {
            let own = Self.story.sentences.filter { $0.source == entry.source }
            let carried = try #require(entry.counterpartsIn.first)
            let expected = Double(own.filter { !$0.counterparts.isEmpty }.count) / Double(own.count)
            #expect(abs(carried.share - expected) < 0.0001)
            let alone = Double(own.filter { $0.match == .unique }.count) / Double(own.count)
            #expect(abs(entry.noCounterpart - alone) < 0.0001)
            // Rewritten, not copied: most of the content is carried, few words are shared.
            #expect(carried.share > 1 - entry.unique)
        }
        let wire = try #require(Self.story.summary.first { $0.source == "wire" })
        #expect(wire.counterpartsIn.map(\.source) == ["rewrite"])
        #expect(wire.noCounterpart < 0.7)
    }

    // MARK: Bounded work (issue 13).

    @Test func aTextRepeatingOneSentenceIsBoundedAndSaysSo() throws {
        let line = "The committee will meet again next week to discuss the proposal."
        let repeated = Self.article("repeated", Array(repeating: line, count: 1_500))
        let single = Self.article("single", [line, "Members did not say when a vote would be held."])
        let aligner = SentenceAligner()
        let sources = [SourceText(article: repeated, id: "repeated"), SourceText(article: single, id: "single")]
        let alignment = aligner.align(sources)
        // The single source's copy of the line has 1,500 identical candidates: only the cap's worth
        // were scored, and the report says so.
        #expect(alignment.warnings.contains { $0.hasPrefix("single:") && $0.contains("\(aligner.maxCandidates)") })
        let first = try #require(alignment.sentences.first { $0.source == "single" && $0.index == 0 })
        #expect(first.match == .verbatim)
        #expect(first.counterparts.count <= aligner.maxCounterpartsPerSource)
        // Every repeated line still finds the single source's copy: that side has one candidate.
        #expect(alignment.sentences.filter { $0.source == "repeated" }.allSatisfy { $0.match == .verbatim })
    }
}
