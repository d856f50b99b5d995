import CopydeskExtract
import CopydeskText
import Testing

/// Metadata read from `<meta>`, JSON-LD and `<title>` on small pages.
@Suite struct HTMLMetadataTests {
    let body =
        "<p>The committee heard evidence from residents, engineers and the water company over three days of hearings in the town hall.</p>"

    func extract(head: String, body extra: String = "", url: String? = nil) throws -> Article {
        let html = "<html><head>\(head)</head><body>\(extra)<article>\(body)</article></body></html>"
        return try HTMLArticleExtractor().extract(
            Document(source: "m.html", id: "m", content: html, kind: .html, url: url))
    }

    @Test func siteNameIsCutFromTheTitle() throws {
        let article = try extract(
            head:
                "<title>Water bills to rise by a fifth next year | Valley Gazette</title><meta property='og:site_name' content='Valley Gazette'>"
        )
        #expect(article.title == "Water bills to rise by a fifth next year")
        #expect(article.outlet == "Valley Gazette")
    }

    @Test func titleWithoutSiteNameLosesTheLastSectionLikeReadability() throws {
        let article = try extract(
            head: "<title>Water bills to rise by a fifth next year - Local news - Valley Gazette</title>")
        #expect(article.title == "Water bills to rise by a fifth next year - Local news")
    }

    @Test func shortTitleFallsBackToTheOnlyHeading() throws {
        let article = try extract(
            head: "<title>Gazette</title>", body: "<h1>Water bills to rise by a fifth next year</h1>")
        #expect(article.title == "Water bills to rise by a fifth next year")
    }

    @Test(arguments: [
        ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
        ("2019-04-28T06:01:07+0000", "2019-04-28T06:01:07Z"),
        ("2015-07-10T09:53:00-04:00", "2015-07-10T09:53:00-04:00"),
        ("2024-06-25", "2024-06-25"),
        ("Thursday, 15 September, 2022 at 12:00 AM", "2022-09-15"),
        ("1663200000", "2022-09-15T00:00:00Z"),
    ])
    func publishedDatesBecomeISO8601(_ raw: String, _ expected: String) throws {
        let article = try extract(head: "<meta property='article:published_time' content='\(raw)'>")
        #expect(article.published == expected)
    }

    @Test func timeElementGivesTheDateWhenMetadataDoesNot() throws {
        let article = try extract(head: "", body: "<time datetime='2020-02-29T10:00:00Z' pubdate>29 Feb</time>")
        #expect(article.published == "2020-02-29T10:00:00Z")
    }

    @Test(arguments: [("en_GB", "en-GB"), ("pt-br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"), ("DE", "de")])
    func localesBecomeLanguageTags(_ locale: String, _ expected: String) throws {
        let article = try extract(head: "<meta property='og:locale' content='\(locale)'>")
        #expect(article.language == expected)
    }

    @Test func bylineLosesItsPrefixAndTrailingDate() throws {
        let article = try extract(head: "", body: "<div class='byline'>By Joshua Sokol May 20, 2019</div>")
        #expect(article.byline == "Joshua Sokol")
        #expect(article.paragraphs.count == 1)
    }

    @Test func relativeCanonicalIsResolvedAgainstThePageURL() throws {
        let article = try extract(
            head: "<link rel='canonical' href='/2022/09/water-bills'>", url: "https://gazette.example/amp/water")
        #expect(article.url == "https://gazette.example/2022/09/water-bills")
        #expect(article.outlet == "gazette.example")
    }

    @Test func leniencyWithJSONLD() throws {
        // CDATA wrapper, a trailing comma, an escaped slash and a surrogate pair.
        let head = """
            <script type="application/ld+json"><![CDATA[
            {"@context":"https:\\/\\/schema.org","@type":"ReportageNewsArticle","headline":"Storm \\ud83c\\udf0a hits coast",
             "author":[{"@type":"Person","name":"Ana Lima"},],"datePublished":"2023-01-05T07:00:00Z",}
            ]]></script>
            """
        let article = try extract(head: head)
        #expect(article.title == "Storm 🌊 hits coast")
        #expect(article.byline == "Ana Lima")
        #expect(article.published == "2023-01-05T07:00:00Z")
    }

    @Test func trailingAgencySignOffIsTheCredit() throws {
        let html =
            "<html><body><article><p>Talks between the two sides resumed in Geneva on Monday, diplomats said, after a pause of several weeks. -AFP</p></article></body></html>"
        let article = try HTMLArticleExtractor().extract(
            Document(source: "a.html", id: "a", content: html, kind: .html))
        #expect(article.credit == "AFP")
        #expect(
            article.paragraphs == [
                "Talks between the two sides resumed in Geneva on Monday, diplomats said, after a pause of several weeks."
            ])
    }
}
