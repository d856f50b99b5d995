import CopydeskText
import Testing

@testable import CopydeskExtract

/// Boxes beside the story that used to outscore it, and captions signed with a © credit: what is
/// kept and what is dropped.
@Suite struct HTMLBodyChoiceTests {
    typealias F = HTMLBodyChoiceFixtures

    func extract(_ html: String) throws -> Article {
        try HTMLArticleExtractor().extract(Document(source: "page.html", id: "page", content: html, kind: .html))
    }

    func text(_ article: Article) -> String { article.paragraphs.joined(separator: "\n") }

    @Test func letterIsKeptOverItsListOfSignatories() throws {
        let article = try extract(F.letterPage)
        // The list's commas used to make its table row outscore the letter, which was lost.
        for paragraph in F.letter { #expect(article.paragraphs.contains(paragraph)) }
        #expect(article.paragraphs.first == F.letter[0])
    }

    @Test func shortStoryInArticleBeatsALongerNewsletterForm() throws {
        let article = try extract(F.noticePage)
        #expect(article.paragraphs.contains(F.notice[0]))
        for line in F.newsletterBox { #expect(!text(article).contains(line)) }
    }

    @Test func captionsSignedWithACreditAreDropped() throws {
        let article = try extract(F.captionPage)
        #expect(article.paragraphs == F.captionStory)
        #expect(!text(article).contains("Anna Berger"))
        #expect(!text(article).contains("Getty Images"))
    }

    @Test func standfirstInTheHeaderLeadsTheStory() throws {
        let article = try extract(F.standfirstPage)
        #expect(article.paragraphs == [F.standfirst] + F.standfirstStory)
        // The site's tagline under its name, and a teaser after the story, are no standfirst.
        #expect(!text(article).contains("since 1887"))
        #expect(!text(article).contains("Bus timetables"))
    }

    @Test func standfirstAlreadyInTheBodyIsNotRepeated() throws {
        let html = F.page(
            "<title>Two recycling centres to close</title>",
            """
            <article><h1>Two recycling centres to close</h1><div class="entry-content">
            <p class="intro">\(F.standfirst)</p>
            \(F.standfirstStory.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></article>
            """)
        let article = try extract(html)
        #expect(article.paragraphs == [F.standfirst] + F.standfirstStory)
    }

    @Test func linkedHeadlinesOfOtherStoriesAreDropped() throws {
        let article = try extract(F.linkedHeadlinesPage)
        #expect(!text(article).contains("harbour wall"))
        #expect(!text(article).contains("Pier café"))
        // The story's own linked sentence and its list of timetables stay.
        #expect(Array(article.paragraphs.prefix(3)) == F.linkedStory)
        #expect(text(article).contains("Timetable for the summer season"))
        #expect(text(article).contains("Timetable for the winter season"))
    }

    @Test(arguments: [
        ("The old mill at dusk. © Jane Doe", true),
        ("Harbour in winter | © City Archive/Getty Images", true),
        ("Schneeräumung am Morgen© Hans Muster/pixelio.de", true),
        // A © in the middle of a sentence that goes on is not a credit.
        ("The logo, marked © on every box, was designed by a student. It is still used today.", false),
        ("No credit sign in this line at all, just a sentence about the harbour.", false),
    ])
    func creditAtTheEndOfACaption(line: String, isCredit: Bool) {
        #expect(BodyFurniture.endsInCredit(line) == isCredit)
    }
}
