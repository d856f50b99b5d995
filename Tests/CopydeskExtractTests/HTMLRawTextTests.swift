import CopydeskExtract
import CopydeskText
import Testing

@testable import CopydeskExtract

/// Script and style text left out before libxml2 reads the page: only where libxml2 itself
/// would read raw text, never in an attribute value, a comment or a tag it reads otherwise.
@Suite struct HTMLRawTextTests {
    func lean(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer { MarkupCleaning.withoutRawText($0) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func scriptAndStyleTextGoTagsStay() {
        let page = #"<p>One</p><script type="text/javascript">var a = "<p>no</p>"; if (a<b) {}</script >"#
            + "<STYLE>p { color: red }</STYLE><p>Two</p>"
        #expect(lean(page) == #"<p>One</p><script type="text/javascript"></script ><STYLE></STYLE><p>Two</p>"#)
    }

    @Test func scriptEndsAtTheFirstClosingTagWhateverFollows() {
        #expect(lean("<script>document.write('<script src=x></scr' + 'ipt>');</script><p>Kept</p>")
            == "<script></script><p>Kept</p>")
        #expect(lean("<script>a</scriptx>b</script><p>Kept</p>") == "<script></scriptx>b</script><p>Kept</p>")
    }

    @Test func linkedDataIsKept() {
        #expect(lean(#"<script type="application/LD+JSON">{"headline": "A"}</script><p>x</p>"#) == nil)
    }

    @Test func tagsInsideAttributeValuesAndCommentsAreNotTags() {
        #expect(lean(#"<div data-embed="<script>x</script>" title='<style>'>Visible</div>"#) == nil)
        #expect(lean("<!-- <script> --><p>Visible</p></script>") == nil)
        #expect(lean("<scripts>Visible</scripts><style-guide>Visible</style-guide>") == nil)
    }

    /// Markup libxml2 may read differently: the page is left whole.
    @Test(arguments: [
        "<script src=a.js /><p>Visible</p><script>x</script>",
        "<!--><script>x</script>", "<!-- a --!><script>x</script>",
        "<? echo '<script>' ?><p>Visible</p></script>", #"<script a="never closed>x</script>"#,
    ])
    func unusualMarkupLeavesThePageWhole(page: String) {
        #expect(lean(page) == nil)
    }

    @Test func articleTextIsUnchangedByTheScripts() throws {
        let body = "The council approved the budget on Tuesday after a long debate about the new bridge."
        let html = "<html><head><script>var s = '<p>Not this</p>';</script><style>p{}</style></head><body><article>"
            + "<p>\(body)</p><script>document.write('<div>Nor this</div>')</script><p>\(body)</p></article></body></html>"
        let article = try HTMLArticleExtractor().extract(Document(source: "t.html", id: "t", content: html, kind: .html))
        #expect(article.paragraphs == [body, body])
    }
}
