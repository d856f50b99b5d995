import CopydeskCompare
import CopydeskText
import Foundation
import Testing

@testable import CopydeskReport

/// The editor's answers in the terminal, Markdown and JSON reports (issue 14).
@Suite struct EditorRendererTests {
    static let report = CoverageRendererTests.report

    @Test(arguments: [40, 80, 120])
    func everyTerminalLineFitsTheWidth(width: Int) {
        for details in [false, true] {
            let text = CoverageTerminalRenderer(colour: false, width: width, details: details).render(Self.report)
            let wide = text.split(separator: "\n").filter { $0.count > width }
            #expect(wide.isEmpty, "\(wide)")
        }
    }

    @Test func theFirstScreenIsTheVerdictAndTheListingWaitsForDetails() throws {
        let short = CoverageTerminalRenderer(colour: false).render(Self.report)
        let lines = short.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let verdict = try #require(lines.firstIndex(of: "Verdict"))
        // The title, a blank line, and the verdict; the sources come after it.
        #expect(verdict == 2)
        #expect(lines.firstIndex(of: "Sources").map { $0 > verdict } == true)
        // The wire credits AP, which is not among the sources.
        #expect(lines[verdict + 1] == "  The copy is AP’s (credited by Wire).")
        #expect(!short.contains("Sentences of wire"))
        #expect(short.contains("--details"))
        let full = CoverageTerminalRenderer(colour: false, details: true).render(Self.report)
        #expect(full.contains("Sentences of wire"))
        #expect(full.contains("Shared passages"))
        #expect(full.split(separator: "\n").count > lines.count)
    }

    @Test func markdownCarriesTheAnswersBeforeTheInventory() throws {
        let markdown = CoverageMarkdownRenderer.markdown(Self.report)
        let verdict = try #require(markdown.range(of: "## Verdict"))
        let summary = try #require(markdown.range(of: "## Summary"))
        #expect(verdict.lowerBound < summary.lowerBound)
        for heading in ["## Omissions", "## Exclusives", "## Voices", "## Conflicts", "## Framing"] {
            let range = try #require(markdown.range(of: heading))
            #expect(range.lowerBound < summary.lowerBound)
        }
        #expect(markdown.contains("| Rahima Begum | 1 | 1 |  |"))
        // Two sources: one's omissions are the other's exclusives, listed once.
        #expect(
            markdown.contains(
                "- Daily lacks 1 sentence, 0 quotes and 3 facts: the other source's exclusives, below."))
        #expect(!markdown.contains("### Not in"))
    }

    @Test func jsonAnswersHaveTheirDocumentedShape() throws {
        let text = CoverageJSONRenderer.json(Self.report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let verdict = try #require(root["verdict"] as? [String: Any])
        #expect(Set(verdict.keys) == ["original", "sources", "sentences"])
        let original = try #require(verdict["original"] as? [String: Any])
        #expect(original["source"] is NSNull)
        #expect(original["name"] as? String == "AP")
        #expect(original["reason"] as? String == "credited")
        let standings = try #require(verdict["sources"] as? [String: [String: Any]])
        #expect(Set(standings.keys) == ["wire", "reprint"])
        #expect(standings["wire"]?["relation"] as? String == "credited")
        #expect(standings["reprint"]?["relation"] as? String == "edited")
        #expect(standings["reprint"]?["reference"] as? String == "wire")
        #expect(
            Set(standings["reprint"]?.keys ?? [:].keys) == [
                "relation", "reference", "copied", "covers_reference", "carried_elsewhere", "shared_phrases",
            ])
        for key in ["omissions", "exclusives"] {
            let map = try #require(root[key] as? [String: [String: Any]])
            #expect(Set(map.keys) == ["wire", "reprint"])
            #expect(Set(map["wire"]?.keys ?? [:].keys) == ["sentences", "quotes", "facts"])
        }
        let exclusive = try #require(
            (root["exclusives"] as? [String: [String: [[String: Any]]]])?["wire"]?["sentences"])
        #expect(exclusive.first?["text"] as? String == "The Water Development Board said levels would fall by Friday.")
        #expect(Set(exclusive.first?.keys ?? [:].keys) == ["source", "index", "text", "carried_by", "facts", "quotes"])
        let voices = try #require(root["voices"] as? [[String: Any]])
        #expect(voices.first?["name"] as? String == "Rahima Begum")
        #expect(voices.first?["quotes"] as? [String: Int] == ["wire": 1, "reprint": 1])
        #expect(root["conflicts"] is [Any])
        let framing = try #require(root["framing"] as? [String: Any])
        #expect(Set(framing.keys) == ["headlines", "ledes", "word_choices"])
        #expect((framing["headlines"] as? [String: String])?["reprint"] == "Floods | kill 12")
    }

    @Test func wrappingBreaksAtSpacesAndCutsOnlyWhenAsked() {
        let lines = TerminalLines(width: 20)
        #expect(
            lines.wrap("the quick brown fox jumps over the lazy dog", lead: "  ", indent: 4) == [
                "  the quick brown", "    fox jumps over", "    the lazy dog",
            ])
        #expect(lines.wrap("one two three four five six seven", maxLines: 1) == ["one two three four…"])
        #expect(lines.wrap("/a/very/long/path/to/some/file.txt") == ["/a/very/long/path/", "to/some/file.txt"])
        #expect(lines.wrap("") == [""])
    }
}

/// The answers section the HTML coverage page places (issue 14); the layout is the page's.
@Suite struct EditorHTMLSectionTests {
    @Test func theSectionCarriesTheVerdictAndEscapesArticleText() {
        var hostile = CoverageRendererTests.reprint
        hostile.paragraphs.append("A <script>alert(1)</script> line only the reprint has, for the test.")
        let report = CoverageComparer().compare([CoverageRendererTests.wire, hostile])
        var page = HTMLPage()
        CoverageHTMLRenderer().answers(report, sources: SourceLabels(report.sources), into: &page)
        #expect(page.body.hasPrefix("<section id=\"answers\""))
        #expect(page.body.contains("The copy is AP’s (credited by Wire)."))
        #expect(page.body.contains("<summary>Exclusives</summary>"))
        #expect(!page.body.contains("<script>"))
        #expect(page.body.contains("&lt;script&gt;"))
    }
}
