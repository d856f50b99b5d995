import CopydeskCompare
@testable import CopydeskReport
import CopydeskText
import Foundation
import Testing

/// Every report a person reads says why a paraphrase was linked — the rarest words the two
/// sentences share, "resigned ~ quit" for a word said otherwise — and says it only for
/// paraphrases: a verbatim or edited link needs no grounds.
@Suite struct MatchGroundsRendererTests {
    /// A resignation told by a paper, re-reported in other words by a second, and reprinted with
    /// one word changed by a third.
    static let paper = Article(
        source: "paper.txt", id: "paper", title: "Harbour master quits", published: "2025-02-03",
        outlet: "Coast Herald",
        paragraphs: [
            "Harbour master Tomas Varga resigned on Monday, a week after the safety review found forged inspection logs.",
            "Varga had run the port since 2016 and oversaw its expansion.",
            "The ferry company said crossings would run as normal.",
        ])
    static let rewrite = Article(
        source: "rewrite.txt", id: "rewrite", title: "Port chief steps down", published: "2025-02-03",
        outlet: "Bay Radio",
        paragraphs: [
            "Varga, a former naval officer, quit the harbour post on Monday as the safety inquiry widened into forged inspection logs.",
            "Councillors said a deputy would take charge until a successor is chosen.",
            "Unions welcomed the news and called for a full audit.",
        ])
    static let reprint = Article(
        source: "reprint.txt", id: "reprint", title: "Harbour master quits", published: "2025-02-04",
        outlet: "Weekly Tide",
        paragraphs: [
            "Harbour master Tomas Varga resigned on Monday, a week after the safety review found forged inspection logs.",
            "Varga had run the port since 2016 and oversaw its growth.",
        ])
    static let articles = [paper, rewrite, reprint]
    static let report = CoverageComparer().compare(articles)

    /// The paraphrase link the fixture is about: the paper's first sentence and the rewrite's.
    static func paraphrase() throws -> CoverageReport.Counterpart {
        let sentence = try #require(report.sentences.first { $0.source == "paper" && $0.index == 0 })
        let link = try #require(sentence.counterparts.first { $0.source == "rewrite" })
        try #require(link.match == .paraphrase)
        try #require(link.matchedWords.count > 4)
        return link
    }

    @Test func theFixtureHasAParaphraseWithASynonymAndAnEditedReprint() throws {
        let link = try Self.paraphrase()
        #expect(link.matchedWords.prefix(4).contains("resigned ~ quit"))
        let edited = try #require(Self.report.sentences.first { $0.source == "reprint" && $0.index == 1 })
        #expect(edited.counterparts.contains { $0.source == "paper" && $0.match == .edited })
    }

    @Test func terminalDetailsGiveTheFourRarestWordsBesideTheParaphraseOnly() throws {
        let link = try Self.paraphrase()
        let text = CoverageTerminalRenderer(colour: false, width: 60, details: true).render(Self.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { $0.count <= 60 })
        // The link's line, and its continuation, hold the first four words and no fifth.
        let at = try #require(lines.firstIndex { $0.contains("↔ rewrite#1") && $0.contains("matched on:") })
        let block = lines[at...].prefix { $0 == lines[at] || $0.hasPrefix(String(repeating: " ", count: 13)) }
            .joined(separator: "\n")
        for word in link.matchedWords.prefix(4) { #expect(block.contains(word)) }
        #expect(!block.contains(link.matchedWords[4]))
        // A synonym pair is never cut across two lines.
        #expect(lines.contains { $0.contains("resigned ~ quit") })
        // The edited reprint's link says nothing more than its similarity.
        let edited = try #require(lines.first { $0.contains("↔ paper#2") })
        #expect(!edited.contains("matched on"))
        // Said without colour: no escape anywhere.
        #expect(!text.contains("\u{1B}"))
    }

    @Test func theFirstScreenStaysFreeOfGroundsAndSaysWhereTheyAre() {
        let text = CoverageTerminalRenderer(colour: false, width: 80).render(Self.report)
        #expect(!text.contains("matched on:"))
        #expect(!text.contains("resigned ~ quit"))
        #expect(text.contains("(a paraphrase with the words it was matched on)"))
    }

    @Test func aColourTerminalDimsTheGroundsAndKeepsThePairWhole() {
        let text = CoverageTerminalRenderer(colour: true, width: 50, details: true).render(Self.report)
        let line = text.split(separator: "\n").first { $0.contains("resigned ~ quit") }
        #expect(line?.hasPrefix("\u{1B}[2m") == true)
        #expect(!text.contains("\u{1}"))
    }

    @Test func markdownPutsTheGroundsInTheParaphrasesCell() throws {
        let link = try Self.paraphrase()
        let markdown = CoverageMarkdownRenderer.markdown(Self.report)
        let words = link.matchedWords.prefix(4).joined(separator: ", ")
        #expect(markdown.contains("`rewrite` #1 (\(String(format: "%.2f", link.similarity)); matched on: \(words))"))
        let edited = markdown.split(separator: "\n").filter { $0.hasPrefix("| 2 | edited |") }
        #expect(edited.contains { $0.contains("`paper` #2") })
        #expect(!edited.isEmpty && edited.allSatisfy { !$0.contains("matched on") })
    }

    @Test func theHTMLDataBlockCarriesTheGroundsBesideEachCounterpart() throws {
        let link = try Self.paraphrase()
        let html = CoverageHTMLRenderer().render(Self.report, articles: Self.articles)
        let start = try #require(html.range(of: "id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        )
        let grounds = try #require(root["grounds"] as? [[[[String]]]])
        let sentences = try #require(root["sentences"] as? [[[Any]]])
        #expect(grounds.map(\.count) == sentences.map(\.count))
        // The paper's first sentence: one list per counterpart, in the data's order.
        let rows = sentences[0][0]
        let lists = grounds[0][0]
        #expect(lists.count == (rows.count - 1) / 4)
        for (n, list) in lists.enumerated() {
            let other = try #require(rows[1 + 4 * n] as? Int)
            if other == 1 {
                #expect(list == Array(link.matchedWords.prefix(4)))
            } else {
                #expect(list.isEmpty, "a verbatim or edited link has no grounds")
            }
        }
        // A sentence with no paraphrase has none at all.
        #expect(grounds[2][1].isEmpty)
    }

    @Test func bothLinkedSentencesCarryTheirWordsAndTheLegendExplainsTheMark() {
        let html = CoverageHTMLRenderer().render(Self.report, articles: Self.articles)
        // The rewrite's sentence only ever appears as the far end of a link in the right pane.
        #expect(html.contains("<span class=\"w\">quit</span>"))
        #expect(html.contains("<span class=\"w\">resigned</span>"))
        #expect(
            html.contains(
                "<span class=\"gw\">word</span></span> a paraphrase was matched on (listed when you select it)"))
    }
    @Test func aHyphenatedNameTakesOnePlaceNotTwo() throws {
        // A name printed whole in both sentences is one ground from the matcher itself.
        let town = Article(
            source: "town.txt", id: "town", title: "Mayor quits", published: "2025-03-07",
            paragraphs: [
                "Mayor Anne-Marie Dubois resigned on Friday, days after the housing audit found missing funds.",
                "She had led the town council since 2015.",
                "A caretaker will be named next week.",
            ])
        let region = Article(
            source: "region.txt", id: "region", title: "Dubois steps down", published: "2025-03-07",
            paragraphs: [
                "Anne-Marie Dubois quit as mayor on Friday as the housing audit widened over missing funds.",
                "Opposition councillors called for a new vote.",
                "The regional prefect declined to comment.",
            ])
        let report = CoverageComparer().compare([town, region])
        let sentence = try #require(report.sentences.first { $0.source == "town" && $0.index == 0 })
        let link = try #require(sentence.counterparts.first)
        try #require(link.match == .paraphrase)
        let markdown = CoverageMarkdownRenderer.markdown(report)
        #expect(markdown.contains("matched on: Mayor, Anne-Marie Dubois, resigned ~ quit"))
        #expect(!markdown.contains("Anne, Marie"))
        // The other telling, from its side.
        let terminal = CoverageTerminalRenderer(colour: false, width: 100, details: true).render(report)
        #expect(terminal.contains("matched on: Anne-Marie Dubois, quit ~ resigned, mayor"))
        // Where the matcher gives the parts (the name is printed otherwise on the other side),
        // the report joins them: one place, not two.
        let parts = ["Anne", "Marie", "resigned ~ quit", "audit", "funds"]
        #expect(
            MatchGrounds.joiningHyphenated(parts, in: sentence.text) == ["Anne-Marie", "resigned ~ quit", "audit", "funds"])
    }

    @Test func aControlCharacterInASourceIdIsLeftForTheEscaping() throws {
        // The pair's spaces are held by U+0001 while a line wraps; an id holding one itself must
        // still reach the CLI's escaping, not come out as a space.
        var rewrite = Self.rewrite
        rewrite.id = "bay\u{1}radio"
        let report = CoverageComparer().compare([Self.paper, rewrite])
        let sentence = try #require(report.sentences.first { $0.source == "paper" && $0.index == 0 })
        try #require(sentence.counterparts.first?.match == .paraphrase)
        let text = CoverageTerminalRenderer(colour: false, width: 60, details: true).render(report)
        let line = try #require(text.split(separator: "\n").first { $0.contains("#1 0.") && $0.contains("↔ bay") })
        #expect(line.unicodeScalars.contains("\u{1}"))
        #expect(text.contains("matched on:"))
    }
}
