import CopydeskExtract
import CopydeskText
import Testing

/// The parser's pitfalls: entities, HTML5 blocks inside `<p>`, invisible content, deep nesting.
@Suite struct HTMLMarkupTests {
    func paragraphs(_ body: String) throws -> [String] {
        let html = "<html><head><title>Test page</title></head><body><article>\(body)</article></body></html>"
        return try HTMLArticleExtractor().extract(Document(source: "t.html", id: "t", content: html, kind: .html))
            .paragraphs
    }

    let filler = "The committee heard evidence from residents, engineers and the water company over three days."

    @Test func c1ReferencesReadAsWindows1252() throws {
        let result = try paragraphs(
            "<p>Prices rose 3&#150;4% in the quarter, the minister&#146;s office said &#x80;5bn &#147;at least&#148;. \(filler)</p>"
        )
        #expect(result == ["Prices rose 3–4% in the quarter, the minister’s office said €5bn “at least”. \(filler)"])
    }

    @Test func legacyEntitiesWithoutSemicolonAreDecoded() throws {
        let result = try paragraphs(
            "<p>Smith &amp Sons&nbspLtd &mdash fined &copy 2021 &lt;b&gt; &notareal. \(filler)</p>")
        #expect(result == ["Smith & Sons Ltd — fined © 2021 <b> ¬areal. \(filler)"])
    }

    @Test func html5BlocksInsideAParagraphCloseIt() throws {
        let result = try paragraphs(
            "<p>Opening paragraph of the story. \(filler)<section><p>Second paragraph inside a section. \(filler)</p></section>Trailing text after the section. \(filler)</p>"
        )
        #expect(
            result == [
                "Opening paragraph of the story. \(filler)",
                "Second paragraph inside a section. \(filler)",
                "Trailing text after the section. \(filler)",
            ])
    }

    @Test func doubleLineBreaksSplitParagraphsAndSingleOnesDoNot() throws {
        let result = try paragraphs(
            "<div>First line of the letter,<br>still the first paragraph. \(filler)<br><br>Second paragraph after a blank line. \(filler)</div>"
        )
        #expect(
            result == [
                "First line of the letter, still the first paragraph. \(filler)",
                "Second paragraph after a blank line. \(filler)",
            ])
    }

    @Test func invisibleContentIsDropped() throws {
        let result = try paragraphs(
            """
            <p>Visible text of the story. \(filler)</p>
            <template><p>Template text never shown.</p></template>
            <noscript><p>Enable JavaScript.</p></noscript>
            <script>document.write("<p>scripted</p>")</script><style>p { color: red }</style>
            <p>After the <![CDATA[ hidden ]]>scripts<!-- a comment -->. \(filler)</p>
            <p style="display: none">Hidden by style.</p><p hidden>Hidden by attribute.</p>
            """)
        #expect(result == ["Visible text of the story. \(filler)", "After the scripts. \(filler)"])
    }

    @Test func whitespaceIsCollapsedAndPreformattedLinesKept() throws {
        let result = try paragraphs(
            "<p>  Spaced\t\tout\n\n  text\u{00A0}\u{00A0}here. \(filler) </p><pre>let a = 1\n  let b = 2\n\n</pre>")
        #expect(result == ["Spaced out text here. \(filler)", "let a = 1\nlet b = 2"])
    }

    @Test func dataTablesBecomeRows() throws {
        let rows = (1...4).map { "<tr><td>District \($0)</td><td>\($0 * 1000)</td><td>\($0 * 10)</td></tr>" }.joined()
        let result = try paragraphs(
            "<p>\(filler)</p><table><thead><tr><th>District</th><th>Evacuated</th><th>Shelters</th></tr></thead><tbody>\(rows)</tbody></table>"
        )
        #expect(result.count == 6)
        #expect(result[1] == "District | Evacuated | Shelters")
        #expect(result[2] == "District 1 | 1000 | 10")
    }

    @Test func hundredThousandNestedTagsDoNotOverflow() throws {
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div><b>", count: depth / 2)
            + "<p>Deep inside the page sits the only paragraph. \(filler)</p>" + "</body></html>"
        let article = try HTMLArticleExtractor().extract(
            Document(source: "deep.html", id: "deep", content: html, kind: .html))
        #expect(article.paragraphs == ["Deep inside the page sits the only paragraph. \(filler)"])
    }

    @Test func extractionRunsOnSeveralThreadsAtOnce() async throws {
        let pages = [
            HTMLFixtures.newsPage, HTMLFixtures.wordPressPost, HTMLFixtures.ampPage, HTMLFixtures.linkedDataOnly,
        ]
        let expected = [
            HTMLFixtures.newsParagraphs, HTMLFixtures.wordPressParagraphs, HTMLFixtures.ampParagraphs,
            HTMLFixtures.linkedDataParagraphs,
        ]
        let results = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for round in 0..<8 {
                for (index, page) in pages.enumerated() {
                    group.addTask {
                        let document = Document(source: "p\(round)", id: "p", content: page, kind: .html)
                        return (index, try HTMLArticleExtractor().extract(document).paragraphs)
                    }
                }
            }
            var collected: [(Int, [String])] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 32)
        for (index, paragraphs) in results { #expect(paragraphs == expected[index]) }
    }
}
