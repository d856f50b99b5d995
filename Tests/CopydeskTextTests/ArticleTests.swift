import CopydeskText
import Testing

@Suite struct ArticleTests {
    @Test func textJoinsParagraphsWithBlankLines() {
        let article = Article(source: "a.txt", id: "a", paragraphs: ["One two.", "Three."])
        #expect(article.text == "One two.\n\nThree.")
    }

    @Test(arguments: [
        (["Xi vows backing for Kazakhstan"], 5),
        (["NUR-SULTAN, Sept 14: China's President", "-- — 2001"], 6),
        ([String](), 0),
    ])
    func wordCountCountsRunsWithLettersOrDigits(paragraphs: [String], expected: Int) {
        #expect(Article(source: "s", id: "s", paragraphs: paragraphs).wordCount == expected)
    }
}
