import CopydeskExtract
import CopydeskText
import Testing

/// Kinds of issue 18 fixed in the second round: what is kept and what is dropped.
@Suite struct HTMLLeftoversTests {
    typealias F = HTMLLeftoversFixtures

    func extract(_ html: String) throws -> Article {
        try HTMLArticleExtractor().extract(Document(source: "page.html", id: "page", content: html, kind: .html))
    }

    func text(_ article: Article) -> String { article.paragraphs.joined(separator: "\n") }

    @Test func articlePrintedOnlyInNoscriptIsFound() throws {
        let article = try extract(F.noscriptPage)
        for paragraph in F.noscriptStory { #expect(article.paragraphs.contains(paragraph)) }
        #expect(!text(article).contains("enable JavaScript"))
        #expect(!text(article).contains("Updates from the lab team"))
        // The short notice's heading is not on the page a reader sees.
        #expect(article.title != "JavaScript is switched off")
    }

    @Test func shortNoscriptNoticeIsNotText() throws {
        let story = F.labelStory
        let html = F.page(
            "<title>Vereinsheim</title>",
            "<noscript><p>Bitte aktivieren Sie JavaScript, um alle Inhalte zu sehen.</p></noscript><article><h1>Vereinsheim</h1>\(story.map { "<p>\($0)</p>" }.joined())</article>"
        )
        let article = try extract(html)
        #expect(article.paragraphs == story)
    }

    @Test func labelsLeftHangingAtTheEndAreDropped() throws {
        let article = try extract(F.labelPage)
        #expect(article.paragraphs == F.labelStory)
        #expect(!text(article).contains("Teilnehmende Vereine"))
        #expect(!text(article).contains("teilen"))
    }

    @Test func recipeEndingWithFiguresStays() throws {
        let article = try extract(F.recipeEndingPage)
        #expect(Array(article.paragraphs.suffix(3)) == F.recipeEnding)
    }

    @Test func teasersOfOtherStoriesAreDropped() throws {
        let article = try extract(F.teaserPage)
        #expect(article.paragraphs == F.teaserStory)
        #expect(!text(article).contains("Rainfall figures"))
        #expect(!text(article).contains("flood barriers"))
    }

    @Test func sentencesLikeLabelsOrTeasersStay() throws {
        let story = F.teaserStory + [
            "Asked whether the town was ready for another storm, the mayor said the barriers had done their job and that residents did not want more",
            "Vor dem Saal wartete eine lange Schlange. Mehr",
            "The harbour master, who has kept the station's records for thirty years, said he had never seen a night like it.",
        ]
        let html = F.page(
            "<title>Warm night</title>", "<article><h1>Warm night</h1>\(story.map { "<p>\($0)</p>" }.joined())</article>")
        let article = try extract(html)
        // "Mehr" after a sentence is a call; the other lines are the story's.
        #expect(article.paragraphs == story.filter { $0 != story[4] })
    }

    @Test func commentBoxLinesAreDroppedAndReportedRefusalsStay() throws {
        let article = try extract(F.commentsPage)
        // "wolle keinen Kommentar … abgeben" reports a refusal: a sentence of the story.
        #expect(article.paragraphs == F.commentsStory)
        #expect(!text(article).contains("Kommentare erscheinen"))
        #expect(!text(article).contains("Verraten Sie"))
    }

    @Test func longNoscriptNoticeOnAFullPageStaysOut() throws {
        // A consent notice for readers without scripts, as long as an article, inside a real story's markup.
        let notice = String(
            repeating: "We and our partners would like to store cookies on your device to measure how the site is used. ",
            count: 12)
        let story = F.noscriptStory + F.teaserStory
        let html = F.page(
            "<title>Safer downloads</title>",
            "<article><h1>Safer downloads</h1><noscript><p>\(notice)</p></noscript>\(story.map { "<p>\($0)</p>" }.joined())</article>"
        )
        let article = try extract(html)
        #expect(article.paragraphs == story)
        #expect(!text(article).contains("store cookies"))
    }
}
