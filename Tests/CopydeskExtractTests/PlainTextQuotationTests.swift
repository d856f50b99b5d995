import CopydeskExtract
import CopydeskText
import Testing

/// Plain text that is one quotation, and headlines whose last word is an initialism (issue 12).
@Suite struct PlainTextQuotationTests {
    func extract(_ text: String, source: String = "line.txt") throws -> Article {
        try PageDumpExtractor().extract(Document(source: source, id: "line", content: text, kind: .text))
    }

    @Test(arguments: [
        "“We will not back down on the bridge tolls”\n",
        "\"Proud of every volunteer who showed up today\" — Mayor Ruth Kale\n",
    ])
    func aSingleLineQuotationIsComparableText(line: String) throws {
        let article = try extract(line)
        #expect(article.paragraphs.count == 1)
        #expect(article.title == nil)
    }

    @Test(arguments: [
        "The council voted 7-2 on Tuesday to delay the bridge tolls until spring.\n",
        "Will the council delay the bridge tolls again this spring?\n",
        "By Friday, the river will stand higher than it has in forty years.\n",
        "To reach the reporter, call (555) 010-7788 or write to news@example.org.\n",
        "The mayor said the tolls were \u{201C}off the table for now.\u{201D}\n",
    ])
    func aSingleFinishedSentenceIsComparableText(line: String) throws {
        let article = try extract(line)
        #expect(article.paragraphs == [String(line.dropLast())])
        #expect(article.title == nil)
        #expect(article.byline == nil)
    }

    @Test func aHeadlineAloneIsStillNoArticle() {
        #expect(throws: IngestError.self) { try extract("Council delays vote on bridge tolls until spring\n") }
    }

    @Test(arguments: ["Unlike Her Rival, Kale Is Ready, Mayor Tells U.S.", "Prosecutor Subpoenas Council and Local G.O.P."])
    func aHeadlineEndingInAnInitialismIsAHeadline(headline: String) throws {
        let article = try extract("\(headline)\n\nThe mayor spoke for an hour on Tuesday and took no questions afterwards.\n")
        #expect(article.title == headline)
        #expect(article.paragraphs == ["The mayor spoke for an hour on Tuesday and took no questions afterwards."])
    }
}
