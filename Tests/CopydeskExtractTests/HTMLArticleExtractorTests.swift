import CopydeskExtract
import CopydeskText
import Testing

@Suite struct HTMLArticleExtractorTests {
    func extract(_ html: String, url: String? = nil) throws -> Article {
        try HTMLArticleExtractor().extract(
            Document(source: "page.html", id: "page", content: html, kind: .html, url: url))
    }

    @Test func newsPageKeepsOnlyTheStory() throws {
        let article = try extract(HTMLFixtures.newsPage)
        #expect(article.paragraphs == HTMLFixtures.newsParagraphs)
        #expect(article.title == "Flooding forces thousands from homes in river delta")
        #expect(article.byline == "Amina Rahman, Tom Hale")
        #expect(article.published == "2022-09-15T08:30:00+06:00")
        #expect(article.outlet == "The Daily Observer")
        #expect(article.url == "https://observer.example.com/world/2022/09/15/delta-flooding")
        #expect(article.language == "en-US")
        #expect(article.credit == "AP")
        #expect(article.dateline == "DHAKA, Sept 15")
        #expect(article.warnings.isEmpty)
    }

    @Test func wordPressPostDropsSharingCaptionsAndComments() throws {
        let article = try extract(HTMLFixtures.wordPressPost)
        #expect(article.paragraphs == HTMLFixtures.wordPressParagraphs)
        #expect(article.title == "Le marché couvert rouvre ses portes")
        #expect(article.byline == "Claire Martin")
        #expect(article.published == "2023-03-04T09:15:00+01:00")
        #expect(article.outlet == "Le Petit Journal du Quartier")
        #expect(article.language == "fr-FR")
        #expect(article.credit == nil)
    }

    @Test func ampPageResolvesTheCanonicalURLAndCredit() throws {
        let article = try extract(HTMLFixtures.ampPage)
        #expect(article.paragraphs == HTMLFixtures.ampParagraphs)
        #expect(article.title == "City council approves new cycle lanes")
        #expect(article.url == "https://www.metrocourier.example/news/cycle-lanes-approved")
        #expect(article.outlet == "metrocourier.example")
        #expect(article.credit == "Reuters")
    }

    @Test func storyOnlyInJSONLDIsTakenFromThereWithAWarning() throws {
        let article = try extract(HTMLFixtures.linkedDataOnly, url: "https://harbour.example/port-strike")
        #expect(article.paragraphs == HTMLFixtures.linkedDataParagraphs)
        #expect(article.title == "Port strike enters second week")
        #expect(article.published == "2021-06-02")
        #expect(article.outlet == "Harbour Times")
        #expect(article.credit == "AFP")
        #expect(article.url == "https://harbour.example/port-strike")
        #expect(article.warnings.count == 1)
        #expect(article.warnings.first?.contains("JSON-LD") == true)
    }

    @Test func loginPageIsNoArticle() {
        #expect {
            try extract(HTMLFixtures.loginPage)
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == .noArticle && error.message.contains("login page")
        }
    }

    @Test(arguments: ["", "<html><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"])
    func emptyPagesAreNoArticle(_ html: String) {
        #expect {
            try extract(html)
        } throws: { error in
            (error as? IngestError)?.code == .noArticle
        }
    }

    @Test func shortPageIsKeptWithAWarning() throws {
        let article = try extract(
            "<html><body><p>The council meets again on Monday to vote on the budget for next year.</p></body></html>")
        #expect(article.paragraphs == ["The council meets again on Monday to vote on the budget for next year."])
        #expect(article.warnings.count == 1)
    }

    @Test func pageWrappedInOneFormStillHasItsArticle() throws {
        // ASP.NET WebForms pages put the whole body inside <form id="aspnetForm">.
        let story = HTMLFixtures.newsParagraphs.prefix(2).map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><body><form id="aspnetForm" method="post" action="story.aspx">
            <input type="hidden" name="__VIEWSTATE" value="abc">
            <div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>
            <div id="story">\(story)</div></form></body></html>
            """
        let article = try extract(html)
        #expect(article.paragraphs == Array(HTMLFixtures.newsParagraphs.prefix(2)))
    }
}
