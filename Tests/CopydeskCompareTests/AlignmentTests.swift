import CopydeskCompare
import CopydeskText
import Testing

@Suite struct AlignmentTests {
    static let report = CoverageComparer().compare([
        Stories.floodWire.article, Stories.floodReprint.article, Stories.floodRewrite.article,
    ])

    func sentence(_ source: String, _ index: Int) -> CoverageReport.AlignedSentence? {
        Self.report.sentences.first { $0.source == source && $0.index == index }
    }

    @Test func aLightlyEditedLeadIsEditedAndTheRewriteParaphrasesIt() throws {
        let lead = try #require(sentence("wire", 0))
        #expect(lead.match == .edited)
        #expect(lead.counterparts.contains { $0.source == "reprint" && $0.index == 0 && $0.match == .edited })
        #expect(lead.counterparts.contains { $0.source == "rewrite" && $0.index == 0 && $0.match == .paraphrase })
        let rewritten = try #require(sentence("rewrite", 0))
        #expect(rewritten.match == .paraphrase)
    }

    @Test func anUnchangedSentenceIsVerbatim() throws {
        let quote = try #require(sentence("wire", 1))
        #expect(quote.text.hasPrefix("“The water came at night"))
        #expect(quote.match == .verbatim)
        #expect(quote.counterparts.first { $0.source == "reprint" }?.similarity == 1)
    }

    @Test func droppedAndAddedSentencesAreUnique() {
        #expect(sentence("wire", 2)?.match == .unique)
        #expect(sentence("reprint", 3)?.match == .unique)
        #expect(sentence("reprint", 3)?.counterparts.isEmpty == true)
    }

    @Test func anAttributionMovedToTheEndIsStillTheSameSentence() throws {
        let relief = try #require(sentence("reprint", 2))
        #expect(relief.match != .unique)
        #expect(relief.counterparts.contains { $0.source == "wire" && $0.index == 3 })
    }

    @Test func passagesAreTheMarkedSpans() throws {
        let wire = Stories.floodWire
        let located = Self.report.passages.compactMap { passage -> Range<Int>? in
            guard passage.locations.contains(where: { $0.source == "reprint" }),
                let location = passage.locations.first(where: { $0.source == "wire" })
            else { return nil }
            return location.start..<location.end
        }
        #expect(located.contains(wire.spans[0]), "expected \(wire.text(0))")
        #expect(located.contains(wire.spans[1]), "expected \(wire.text(1))")
        // The reprint's offsets point at the same words in its own text.
        for passage in Self.report.passages {
            guard let r = passage.locations.first(where: { $0.source == "reprint" }) else { continue }
            let printed = Stories.floodReprint.article.slice(r.start, r.end)
            #expect(printed.lowercased().filter(\.isLetter) == passage.text.lowercased().filter(\.isLetter))
        }
    }

    @Test func summaryCountsWordsInsidePassages() throws {
        let wire = try #require(Self.report.summary.first { $0.source == "wire" })
        let reprint = try #require(wire.sharedWith.first { $0.source == "reprint" }?.share)
        let rewrite = try #require(wire.sharedWith.first { $0.source == "rewrite" }?.share)
        #expect(wire.sharedWith.map(\.source) == ["reprint", "rewrite"])
        // Most of the wire is reprinted; the rewrite shares only phrases ("three days of").
        #expect(reprint > 0.6 && reprint < 0.8)
        #expect(rewrite < 0.15)
        #expect(wire.unique > 0.2 && wire.unique < 1 - reprint + 0.0001)
        #expect(wire.sentenceMatches[.unique] == 1)
    }
}
