import CopydeskIngest
import CopydeskText
import Testing

@Suite struct HTMLArticleExtractorTests {
    @Test func findsParagraphs() throws {
        let html = "<html><body><article><p>First paragraph of the story.</p><p>Second one.</p></article></body></html>"
        let document = Document(source: "t.html", id: "t", content: html, kind: .html)
        let article = try HTMLArticleExtractor().extract(document)
        #expect(article.paragraphs == ["First paragraph of the story.", "Second one."])
    }
}
