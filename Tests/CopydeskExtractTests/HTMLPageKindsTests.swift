import CopydeskExtract
import CopydeskText
import Testing

/// One page per kind of mistake of issue 18: what must be kept and what must be dropped.
@Suite struct HTMLPageKindsTests {
    typealias F = HTMLPageKindsFixtures

    func extract(_ html: String) throws -> Article {
        try HTMLArticleExtractor().extract(Document(source: "page.html", id: "page", content: html, kind: .html))
    }

    func text(_ article: Article) -> String { article.paragraphs.joined(separator: "\n") }

    @Test func galleryDropsCountersRepeatedCaptionsAndCredits() throws {
        let article = try extract(F.galleryPage)
        #expect(article.paragraphs == F.galleryStory)
        #expect(!text(article).contains("Image 2 of 3"))
        #expect(!text(article).contains("Runners on the harbour bridge"))
        #expect(!text(article).contains("Martin Keller"))
    }

    @Test func hoverCardOnANameIsDropped() throws {
        let article = try extract(F.hoverCardPage)
        #expect(article.paragraphs == F.hoverCardStory)
        #expect(!text(article).contains("Maria DelgadoMaria Delgado"))
        #expect(!text(article).contains("Senate panel delays vote"))
    }

    @Test func bylineAndDateLinesAndCallsLeaveTheBody() throws {
        let article = try extract(F.datelinePage)
        #expect(article.paragraphs == F.datelineStory)
        #expect(!text(article).contains("11:04 PM"))
        #expect(!text(article).contains("Updated 5:27"))
        #expect(!text(article).contains("Read more"))
        #expect(!text(article).contains("newsletter"))
    }

    @Test func storySentencesThatMentionSigningUpStay() throws {
        let story = [
            "Voters can register by email until Friday, the county clerk said, after the office closed for repairs.",
            "Read more about the new rules on the county website, where the forms can be downloaded.",
        ]
        let html = F.page("<title>Deadline</title>", "<article><h1>Deadline</h1>\(story.map { "<p>\($0)</p>" }.joined())</article>")
        let article = try extract(html)
        #expect(article.paragraphs == story)
    }

    @Test func publisherAddressAndCopyrightAtTheFootAreDropped() throws {
        let article = try extract(F.footerPage)
        #expect(article.paragraphs == F.footerStory)
        #expect(!text(article).contains("Hafenstraße"))
        #expect(!text(article).contains("Alle Rechte"))
        #expect(!text(article).contains("Mehr zum Thema"))
    }

    @Test func forumThreadKeepsEveryPost() throws {
        let article = try extract(F.forumPage)
        for post in F.forumPosts { #expect(article.paragraphs.contains(post)) }
        #expect(!text(article).contains("Users browsing this forum"))
    }

    @Test func recipeKeepsItsIngredientsAndMethod() throws {
        let article = try extract(F.recipePage)
        #expect(article.paragraphs.first(where: { $0.hasPrefix("This lentil soup") }) == F.recipeIntro)
        for line in F.recipeIngredients + F.recipeSteps { #expect(article.paragraphs.contains(line)) }
        #expect(!text(article).contains("Pea soup"))
    }

    @Test func bengaliStoryIsKeptInComposedForm() throws {
        let article = try extract(F.bengaliPage)
        let expected = F.bengaliStory.map(Nukta.decomposed)
        #expect(article.paragraphs.count == expected.count)
        for (found, wanted) in zip(article.paragraphs, expected) {
            // Scalar by scalar: String's == would also accept the precomposed letters.
            #expect(Array(found.unicodeScalars) == Array(wanted.unicodeScalars))
        }
        #expect(!text(article).contains("আরও পড়ুন"))
    }

    @Test func storyBehindALoginBoxIsKeptNotRefused() throws {
        let article = try extract(F.loginBoxPage)
        #expect(article.paragraphs == [F.loginBoxStory])
        #expect(article.warnings.contains { $0.contains("may not hold an article") })
    }
}
