import CopydeskDedup
import Foundation
import Testing

/// Fixtures of the reuse tests: local stories of our own, and a wire paragraph they quote.
enum ReuseFixtures {
    /// A wire paragraph of 52 words, as an agency sent it.
    static let wire =
        "The regional water authority said on Thursday that the reservoir above Castlemoor had fallen to its lowest level since records began in 1961, and that households in eleven villages would be asked to cut their use by a fifth until the autumn rains refill the basin, a spokeswoman told reporters at the dam."

    /// The agency story the paragraph comes from.
    static let agency = [
        "Engineers began inspecting the spillway of the Castlemoor dam on Wednesday after a dry spring left cracks along the eastern embankment.",
        wire,
        "Farmers in the valley have asked for compensation, saying their orchards will not survive another month without irrigation from the canal network.",
    ].joined(separator: "\n\n")

    static let councilStory = [
        "Members of the Hollins parish council voted on Monday evening to postpone the summer fete, citing the cost of hiring marquees and the shortage of volunteers.",
        "The treasurer, a retired headmaster, said the parish had spent most of its reserve on repairing the church roof after the storms in February.",
    ]

    static let footballStory = [
        "Ashby Rovers reached the county cup final on Saturday with a late header from their captain, who had been out injured for most of the season.",
        "Their manager praised the supporters who travelled through the fog to the away ground and promised free tickets for the under-twelves at the final.",
    ]

    /// A local story with the wire paragraph quoted after its first paragraph.
    static func quoting(_ paragraphs: [String], copy: String = wire) -> (text: String, range: Range<Int>) {
        let head = paragraphs[0] + "\n\n"
        let text = head + copy + "\n\n" + paragraphs.dropFirst().joined(separator: "\n\n")
        let start = head.unicodeScalars.count
        return (text, start..<(start + copy.unicodeScalars.count))
    }

    static func document(_ id: String, _ text: String) -> ReuseDocument {
        ReuseDocument(id: id, source: "test:\(id)", text: text)
    }

    /// Where `needle` sits in `text`, in Unicode scalars.
    static func scalarRange(of needle: String, in text: String) -> Range<Int>? {
        guard let range = text.range(of: needle) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }
}

@Suite("Reused passages")
struct ReuseTests {
    /// The paragraph's span without its closing full stop: passages end on a word.
    static func wordSpan(_ range: Range<Int>) -> Range<Int> { range.lowerBound..<(range.upperBound - 1) }

    @Test func quotedWireParagraphIsFoundInBothLocalStoriesWithItsOffsets() throws {
        let council = ReuseFixtures.quoting(ReuseFixtures.councilStory)
        let football = ReuseFixtures.quoting(ReuseFixtures.footballStory)
        let documents = [
            ReuseFixtures.document("wire", ReuseFixtures.agency),
            ReuseFixtures.document("council", council.text),
            ReuseFixtures.document("football", football.text),
        ]
        let result = ReuseFinder().search(documents)
        #expect(result.passages.count == 3)
        #expect(result.groups == 1)
        #expect(result.earliest == [0])
        let inWire = try #require(ReuseFixtures.scalarRange(of: ReuseFixtures.wire, in: ReuseFixtures.agency))
        let wireAndCouncil = try #require(result.passages.first { $0.a == 0 && $0.b == 1 })
        #expect(wireAndCouncil.aScalars == Self.wordSpan(inWire))
        #expect(wireAndCouncil.bScalars == Self.wordSpan(council.range))
        #expect(wireAndCouncil.similarity == 1)
        // (Were the word after the paragraph the same in both stories, "The", it would be part of
        // what they share: the two local stories' second paragraphs start differently here.)
        let councilAndFootball = try #require(result.passages.first { $0.a == 1 && $0.b == 2 })
        #expect(councilAndFootball.aScalars == Self.wordSpan(council.range))
        #expect(councilAndFootball.bScalars == Self.wordSpan(football.range))
        #expect(Set(result.passages.map(\.group)) == [1])
    }

    @Test func ocrDamagedCopyIsFoundWithBoundariesWithinTenCharacters() throws {
        // About 4% of the characters confused as scanners confuse them: e→c, l→1, rn→m, a dropped letter.
        let damaged =
            "The regional water authority said on Thursday that thc reservoir above Castlemoor had fa1len to its lowest level since records began in 1961, and that households in eleven vilages would be asked to cut their use by a fifth until the autunm rains refill the basin, a spokeswoman to1d reporters at the dam."
        let council = ReuseFixtures.quoting(ReuseFixtures.councilStory, copy: damaged)
        let result = ReuseFinder().search([
            ReuseFixtures.document("wire", ReuseFixtures.agency), ReuseFixtures.document("council", council.text),
        ])
        let found = try #require(result.passages.first)
        let inWire = try #require(ReuseFixtures.scalarRange(of: ReuseFixtures.wire, in: ReuseFixtures.agency))
        #expect(abs(found.aScalars.lowerBound - inWire.lowerBound) <= 10)
        #expect(abs(found.aScalars.upperBound - inWire.upperBound) <= 10)
        #expect(abs(found.bScalars.lowerBound - council.range.lowerBound) <= 10)
        #expect(abs(found.bScalars.upperBound - council.range.upperBound) <= 10)
        #expect(found.similarity > 0.8 && found.similarity < 1)
    }

    @Test func unrelatedStoriesSharingStockPhrasesAndAFooterShareNoPassage() {
        let footer = "This report was produced with the help of our readers. All rights reserved."
        let documents = [
            ReuseFixtures.document(
                "council", ReuseFixtures.councilStory.joined(separator: "\n\n") + " It was not immediately clear whether the fete would go ahead next year, a spokesman said in a statement.\n\n" + footer),
            ReuseFixtures.document(
                "football", ReuseFixtures.footballStory.joined(separator: "\n\n") + " It was not immediately clear whether the captain would play in the final, a spokesman said in a statement.\n\n" + footer),
        ]
        let result = ReuseFinder().search(documents)
        #expect(result.passages.isEmpty)
    }

    @Test func offsetsCountUnicodeScalarsNotBytesOrCharacters() throws {
        // Accents, an emoji and a flag (two scalars, one character) before the quoted paragraph.
        let lead = "Café owners in Żory 🎉 welcomed the news 🇵🇱 on Friday, naïvely perhaps.\n\n"
        let text = lead + ReuseFixtures.wire + "\n\nThe end of a short story written for this test."
        let result = ReuseFinder().search([
            ReuseFixtures.document("wire", ReuseFixtures.agency), ReuseFixtures.document("cafe", text),
        ])
        let found = try #require(result.passages.first)
        let start = lead.unicodeScalars.count
        #expect(found.bScalars == start..<(start + ReuseFixtures.wire.unicodeScalars.count - 1))
    }

    @Test func passagesShorterThanTheMinimumAreNotReported() {
        let council = ReuseFixtures.quoting(ReuseFixtures.councilStory)
        let documents = [
            ReuseFixtures.document("wire", ReuseFixtures.agency), ReuseFixtures.document("council", council.text),
        ]
        #expect(ReuseFinder(options: ReuseOptions(minimumWords: 60)).search(documents).passages.isEmpty)
        #expect(ReuseFinder(options: ReuseOptions(minimumWords: 40)).search(documents).passages.count == 1)
    }

    @Test func boilerplateInManyDocumentsIsCappedAndNamedInAWarning() {
        // A 45-word footer in six stories; with the cap at three documents its n-grams seed nothing.
        let footer =
            "Readers who wish to complain about the accuracy of anything published in this newspaper should write to the readers' editor at the address printed on page two, giving the date of the article and the page on which it appeared, within thirty days of publication please."
        let bodies = ReuseFixtures.councilStory + ReuseFixtures.footballStory + [ReuseFixtures.wire, "Short note about the weather on the coast, which stayed dry and bright all week long."]
        let documents = bodies.enumerated().map { ReuseFixtures.document("d\($0.offset)", $0.element + "\n\n" + footer) }
        let capped = ReuseFinder(options: ReuseOptions(maximumDocumentFrequency: 3)).search(documents)
        #expect(capped.passages.isEmpty)
        #expect(capped.statistics.boilerplateGrams > 0)
        #expect(capped.warnings.contains { $0.contains("boilerplate") })
        // Under the default cap the footer is a passage all six share: one group, 15 pairs.
        let uncapped = ReuseFinder().search(documents)
        #expect(uncapped.passages.count == 15)
        #expect(uncapped.groups == 1)
    }

    @Test func aDocumentRepeatingOneSentenceTenThousandTimesCostsBoundedWork() {
        let sentence = "The council will meet again on Tuesday to discuss the budget for the coming year and the new car park. "
        let repeated = String(repeating: sentence, count: 10_000)
        let quoting = ReuseFixtures.councilStory[0] + " " + String(repeating: sentence, count: 3)
        let clock = ContinuousClock()
        let started = clock.now
        let result = ReuseFinder().search([
            ReuseFixtures.document("repeats", repeated), ReuseFixtures.document("story", quoting),
            ReuseFixtures.document("repeats-too", repeated),
        ])
        let elapsed = clock.now - started
        // Generous: a debug build on a loaded machine. Release takes well under a second.
        #expect(elapsed < .seconds(90))
        // The work is bounded by the per-document cap on an n-gram's occurrences, not by the
        // 10,000 repeats: at most 4 × 4 seed pairs per n-gram and document pair.
        #expect(result.statistics.seedPairs <= 3 * 16 * 40)
        // The three sentences the story quotes are found in the repeating text.
        #expect(result.passages.contains { $0.a == 0 && $0.b == 1 && $0.bWords >= 50 })
    }

    @Test func unreadableAndWordlessItemsAreAccountedFor() {
        let result = ReuseFinder().search([
            ReuseFixtures.document("wire", ReuseFixtures.agency),
            ReuseDocument(id: "broken", source: "archive.jsonl:2", text: nil, error: "not JSON"),
            ReuseFixtures.document("blank", " … — !! "),
        ])
        #expect(result.documents.count == 3)
        #expect(result.statistics.failures == 2)
        #expect(result.documents[1].error == "not JSON")
        #expect(result.documents[2].error == "the article has no words to compare")
        #expect(result.passages.isEmpty)
    }

    @Test func aStockSentenceOpeningAfterThePassageInBothStoriesIsNotPartOfIt() throws {
        // Both stories go on, after the quoted paragraph, with the same common opening; other
        // stories of the archive use it too, which is what makes its words common.
        let opening = "It was not immediately clear whether the"
        let council = ReuseFixtures.quoting(ReuseFixtures.councilStory)
        let football = ReuseFixtures.quoting(ReuseFixtures.footballStory)
        let documents =
            [
                ReuseFixtures.document("council", council.text.replacingOccurrences(of: "\n\nThe treasurer", with: "\n\n\(opening) mayor would attend. The treasurer")),
                ReuseFixtures.document("football", football.text.replacingOccurrences(of: "\n\nTheir manager", with: "\n\n\(opening) striker would recover. Their manager")),
            ]
            + (0..<4).map { ReuseFixtures.document("other\($0)", "\(opening) story \($0) would run. Another sentence of its own, number \($0).") }
        let result = ReuseFinder().search(documents)
        let found = try #require(result.passages.first { $0.a == 0 && $0.b == 1 })
        #expect(found.aScalars == Self.wordSpan(council.range))
        #expect(found.bScalars == Self.wordSpan(football.range))
    }

    @Test func groupsAreNumberedByTheirEarliestDocument() {
        // Two different quoted texts: the later-dated wire's passage group comes second.
        var first = ReuseFixtures.document("early", ReuseFixtures.agency)
        first.published = "2026-03-01"
        let other = ReuseFixtures.councilStory.joined(separator: " ") + " " + ReuseFixtures.footballStory.joined(separator: " ")
        var second = ReuseFixtures.document("late", other)
        second.published = "2026-05-01"
        let host = ReuseFixtures.document("host", ReuseFixtures.wire + "\n\n" + other)
        let result = ReuseFinder().search([second, host, first])
        #expect(result.groups == 2)
        #expect(result.earliest == [2, 0])
        #expect(result.passages.first?.group == 1)
        #expect(result.passages.first.map { [$0.a, $0.b].contains(2) } == true)
    }
}
