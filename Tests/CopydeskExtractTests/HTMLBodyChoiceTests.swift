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
        // A line of dialogue set as a link (to a glossary note) ends inside its quotation marks:
        // it is the story. A quoted headline without a full stop is not.
        #expect(article.paragraphs.contains(#""Mr. Harland," said the skipper, "I'd rather you waited on the quay.""#))
        #expect(!text(article).contains("Gulls are nesting"))
        #expect(!text(article).contains("Our latest poll"))
        #expect(text(article).contains("Timetable for the summer season"))
        #expect(text(article).contains("Timetable for the winter season"))
    }

    @Test(arguments: [
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Schmuckmarke.", true),
        ("This post contains affiliate links: we earn a small fee if you buy through them.", true),
        ("Anzeige: Jetzt das neue Heft bestellen", true),
        // A story that reports on advertising is not a notice.
        ("The regulator said influencers must label paid posts clearly, and fined two of them last year.", false),
        ("Die Werbung im Stadion soll im Sommer erneuert werden, teilte der Verein mit.", false),
    ])
    func advertisingNotice(line: String, isNotice: Bool) {
        #expect(BodyFurniture.isAdDisclosure(line.lowercased()) == isNotice)
    }

    @Test(arguments: [
        ("Informationsschreiben vom 14. März 2022 PDF | 212 KB | Datei ist nicht barrierefrei", true),
        ("Dieses Interview als PDF herunterladen", true),
        ("Download the annual report (PDF, 1.4 MB)", true),
        // References and sentences that name a file stay.
        ("^ \"Harbour traffic 2019\" (PDF). Port Authority. Retrieved 3 May 2020.", false),
        ("The council published the full survey as a PDF on its website on Friday evening.", false),
    ])
    func attachmentLine(line: String, isAttachment: Bool) {
        #expect(BodyFurniture.isAttachmentLine(line.lowercased()) == isAttachment)
    }

    @Test func noticesAndFileLinesAreDroppedFromTheStory() throws {
        let story = F.linkedStory
        let html = F.page(
            "<title>Hourly ferry from June</title>",
            """
            <article><h1>Hourly ferry from June</h1><div class="entry-content">
            <p>*Werbung. Dieser Beitrag enthält Werbung für eine Reederei.</p>
            \(story.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            <p>Fahrplan 2024 PDF | 96 KB</p>
            </div></article>
            """, lang: "de")
        let article = try extract(html)
        #expect(article.paragraphs == story)
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
