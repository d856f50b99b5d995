import CopydeskCompare
import CopydeskReport
import CopydeskText
import Foundation
import Testing

/// The HTML coverage report of a small story: a wire report, a reprint that edits a few words
/// and a page whose text and metadata are full of markup.
@Suite struct HTMLCoverageRendererTests {
    static let wire = Article(
        source: "wire.html", id: "wire", title: "Floods kill 12 in Bangladesh", byline: "Staff",
        published: "2024-03-06",
        outlet: "Wire", url: "https://wire.example/floods", credit: "AP",
        paragraphs: [
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.",
            "“The water came at night and we lost everything,” said Rahima Begum, a farmer in Sylhet.",
            "The Water Development Board said levels would fall by Friday.",
        ])
    static let reprint = Article(
        source: "reprint.html", id: "reprint", title: "Floods kill 12", outlet: "Daily",
        url: "javascript:alert('url')",
        paragraphs: [
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, police officials said.",
            "“The water came at night and we lost everything,” said Rahima Begum.",
            "Readers sent <script>alert(1)</script> and <img src=x onerror=alert(2)> to the desk.",
        ])
    static let hostile = Article(
        source: "hostile.txt", id: "hostile\"><script>alert(3)</script>",
        title: "</title><script>alert(4)</script>", byline: "<b onmouseover=alert(5)>Eve</b>",
        outlet: "\" onclick=\"alert(6)",
        paragraphs: [
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.",
            "“Never again </script><script>alert(7)</script>,” said Rahima Begum.",
        ])
    static let articles = [wire, reprint, hostile]
    static let report = CoverageComparer().compare(articles)
    static let html = CoverageHTMLRenderer().render(report, articles: articles)

    @Test func oneSelfContainedDocumentWithAPolicyThatForbidsTheNetwork() throws {
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(occurrences(of: "<script", in: html) == 2)
        #expect(html.contains("<script type=\"application/json\" id=\"report-data\">"))
        #expect(occurrences(of: "<style", in: html) == 1)
        let policy = try #require(between("http-equiv=\"Content-Security-Policy\" content=\"", "\"", in: html))
        #expect(policy.hasPrefix("default-src &#39;none&#39;; script-src &#39;sha256-"))
        #expect(!policy.contains("unsafe"))
        for forbidden in ["src=\"http", "href=\"//", "@import", "url(http", "<link", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func noArticleTextBecomesMarkup() {
        let html = Self.html
        for raw in [
            "<script>alert", "<img src=x", "<b onmouseover", "\" onclick=\"alert(6)", "</script><script>alert(7)",
            "</title><script>", "href=\"javascript:",
        ] {
            #expect(!html.contains(raw), "raw \(raw)")
        }
        #expect(
            strippingTags(html).contains(
                "Readers sent &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("&lt;b onmouseover=alert(5)&gt;Eve&lt;/b&gt;"))
        #expect(html.contains("&quot; onclick=&quot;alert(6)"))
        #expect(html.contains("href=\"https://wire.example/floods\""))
    }

    @Test func dataBlockIsJSONThatCannotCloseItsScript() throws {
        let block = try #require(between("id=\"report-data\">", "</script>", in: Self.html))
        #expect(!block.contains("<"))
        #expect(!block.contains(">"))
        #expect(!block.contains("&"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.count == 3)
        #expect(sources[2]["id"] as? String == "hostile\"><script>alert(3)</script>")
        let sentences = try #require(root["sentences"] as? [[[Any]]])
        #expect(
            sentences.map(\.count)
                == Self.articles.indices.map { s in
                    Self.report.sentences.filter { $0.source == Self.report.sources[s].id }.count
                })
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        #expect(quotes.count == Self.report.quotes.count)
        #expect(quotes.contains { ($0["text"] as? String)?.contains("</script><script>alert(7)") == true })
    }

    @Test func eachPaneHoldsTheWholeArticleTextAndEverySentence() throws {
        for (index, article) in Self.articles.enumerated() {
            let start = try #require(Self.html.range(of: "<article class=\"text\" data-src=\"\(index)\">"))
            let end = try #require(Self.html.range(of: "</article>", range: start.upperBound..<Self.html.endIndex))
            var inner = String(Self.html[start.upperBound..<end.lowerBound])
            if let head = inner.range(of: "</div>") { inner = String(inner[head.upperBound...]) }
            #expect(unescaped(strippingTags(inner)) == article.paragraphs.joined())
            let id = Self.report.sources[index].id
            for sentence in Self.report.sentences where sentence.source == id {
                #expect(inner.contains("data-s=\"\(index).\(sentence.index)\""))
            }
        }
    }

    @Test func matricesHaveACellPerQuoteAndSourceWithIconWordAndWording() throws {
        let report = Self.report
        let quoteCells = occurrences(of: "<td class=\"cell st-", in: section("quotes"))
        #expect(quoteCells == report.quotes.count * 3)
        let factCells = occurrences(of: "<td class=\"cell st-", in: section("facts"))
        #expect(factCells == report.facts.count * 3)
        let quote = try #require(report.quotes.first { $0.text.hasPrefix("The water came at night") })
        #expect(quote.coverage(of: "reprint")?.status == .verbatim)
        #expect(section("quotes").contains("<span class=\"ico\" aria-hidden=\"true\">=</span>verbatim"))
        #expect(section("quotes").contains("<span class=\"tip\" role=\"tooltip\">“The water came at night"))
    }

    @Test func editedSentencesCarryTheirWordsForTheDiff() {
        let edited = Self.report.sentences.filter { $0.source == "reprint" && $0.match == .edited }
        #expect(!edited.isEmpty)
        #expect(Self.html.contains("<span class=\"w\">police</span>"))
        // Sentences of the left text are classed against the right one from the start.
        #expect(Self.html.contains("class=\"s m-edited\" data-s=\"0.0\""))
    }

    @Test func overviewStatesItsFormulaAndShowsAMatrixForThreeSources() {
        let overview = section("overview")
        #expect(overview.contains(CoverageReport.summaryFormula.htmlEscapedForTest))
        #expect(occurrences(of: "<svg class=\"bar\"", in: overview) == 3)
        #expect(overview.contains("<table class=\"matrix-similarity cards\">"))
        let two = CoverageHTMLRenderer().render(
            CoverageComparer().compare([Self.wire, Self.reprint]), articles: [Self.wire, Self.reprint])
        #expect(!two.contains("<table class=\"matrix-similarity"))
    }

    @Test func withoutItsArticlesThePanesFallBackOnTheSentences() {
        let html = CoverageHTMLRenderer().render(Self.report, articles: [])
        #expect(html.contains("data-s=\"1.0\""))
        #expect(unescaped(strippingTags(html)).contains("Tuesday, police officials said."))
    }

    // MARK: Helpers

    func section(_ id: String) -> String {
        guard let start = Self.html.range(of: "<section id=\"\(id)\""),
            let end = Self.html.range(of: "</section>", range: start.upperBound..<Self.html.endIndex)
        else { return "" }
        return String(Self.html[start.lowerBound..<end.upperBound])
    }

    func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    func between(_ open: String, _ close: String, in text: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    func strippingTags(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }

    func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension String {
    fileprivate var htmlEscapedForTest: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
