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
        let page =
            #"<p>One</p><script type="text/javascript">var a = "<p>no</p>"; if (a<b) {}</script >"#
            + "<STYLE>p { color: red }</STYLE><p>Two</p>"
        #expect(lean(page) == #"<p>One</p><script type="text/javascript"></script ><STYLE></STYLE><p>Two</p>"#)
    }

    @Test func scriptEndsAtTheFirstClosingTagWhateverFollows() {
        #expect(
            lean("<script>document.write('<script src=x></scr' + 'ipt>');</script><p>Kept</p>")
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

    func withoutUnread(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer { MarkupCleaning.withoutRawText($0, droppingUnreadAttributes: true) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func unreadAttributesGoReadOnesStay() {
        let page =
            #"<p class="lede" data-track="x1" SRC="a.png" onclick="go()">Text</p>"#
            + ##"<a href="https://example.com/2024/story" rel="author" title="More">Jane</a><a href="#top">Top</a>"##
            + #"<div style="display:none" aria-hidden="true" itemprop="articleBody" srcset='a 1x, b 2x'>x</div>"#
        #expect(
            withoutUnread(page)
                == ##"<p class="lede" >Text</p><a href="h" rel="author" >Jane</a><a href="#top">Top</a>"##
                + #"<div style="display:none" aria-hidden="true" itemprop="articleBody" >x</div>"#)
    }

    @Test func metadataElementsKeepEveryAttribute() {
        let page =
            #"<html lang="de" data-x="1"><head><meta name="description" content="A" data-y="2">"#
            + #"<link rel="canonical" href="https://example.com/a" title="A"></head><body><p>x</p></body></html>"#
        #expect(withoutUnread(page) == nil)
    }

    /// Only attributes whose extent is certain go: a quoted value with white space before the
    /// name. An unquoted value, a name glued to the previous value, a link address that opens
    /// with a character reference and a name of 100 bytes or more stay as written.
    @Test func attributesOfUncertainExtentStay() {
        #expect(withoutUnread(#"<img alt="a"src="b.png">"#) == #"<img src="b.png">"#)
        #expect(withoutUnread("<img src=b.png alt=x>") == nil)
        #expect(withoutUnread(##"<a href="&#35;top">x</a>"##) == nil)
        let long = "data-" + String(repeating: "x", count: 100)
        #expect(withoutUnread(#"<p \#(long)="1">x</p>"#) == nil)
    }

    @Test func articleIsUnchangedByUnreadAttributes() throws {
        let body = "The council approved the budget on Tuesday after a long debate about the new bridge and its cost."
        let plain =
            "<html><body><article><h1>Budget passes</h1><p>\(body)</p>"
            + "<div class=\"related\"><a href=\"/a\">One</a> <a href=\"/b\">Two</a></div>"
            + "<p>See <a href=\"#notes\">the notes</a> and <a href=\"/c\">the vote</a>. \(body)</p></article></body></html>"
        let busy = plain.replacing("<p>", with: #"<p data-block="paragraph" onclick="track()">"#)
            .replacing(#"href="/"#, with: #"title="Read on" href="https://example.com/"#)
        func extract(_ html: String) throws -> Article {
            try HTMLArticleExtractor().extract(Document(source: "t.html", id: "t", content: html, kind: .html))
        }
        #expect(try extract(busy).paragraphs == (try extract(plain)).paragraphs)
    }

    @Test func blankRunsInTheBodyAreCutToOneByte() {
        let page =
            "<html><head>\n    <title>A   B</title>\n  </head><body>\n   <p>One   two\n\n three</p>\n  "
            + "<pre>x   y</pre>  <p>a  b</p></body></html>"
        #expect(
            withoutUnread(page)
                == "<html><head>\n    <title>A   B</title>\n  </head><body>\n<p>One two\nthree</p>\n"
                + "<pre>x   y</pre>  <p>a  b</p></body></html>")
    }

    /// A title inside the body (an icon's) keeps its text as written; nothing after the body
    /// closes is cut, and a form feed is not one of libxml2's blanks.
    @Test func blankRunsStayWhereTheirLengthMayMatter() {
        #expect(
            withoutUnread("<body><svg><title>Icon   name</title></svg><p>a   b</p></body>")
                == "<body><svg><title>Icon   name</title></svg><p>a b</p></body>")
        #expect(
            withoutUnread("<body><p>a  b</p></body>\n\n  <p>c  d</p>") == "<body><p>a b</p></body>\n\n  <p>c  d</p>")
        #expect(withoutUnread("<body><p>a \u{0C} b</p>") == nil)
        #expect(withoutUnread("<p>a   b</p>") == nil)
    }

    @Test func articleIsUnchangedByIndentation() throws {
        let sentences = [
            "The ferry will run every hour from June, the operator said on Monday.",
            "A second boat is being refitted in the yard and should sail before the school holidays.",
        ]
        let flat =
            "<html><head><title>Hourly ferry</title></head><body><article><h1>Hourly ferry</h1>"
            + sentences.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let indented =
            "<html>\n  <head>\n    <title>Hourly ferry</title>\n  </head>\n  <body>\n    <article>\n"
            + "      <h1>\n        Hourly ferry\n      </h1>\n"
            + sentences.map { "      <p>\n        " + $0.replacing(" ", with: "  \n\t ") + "\n      </p>\n" }
            .joined() + "    </article>\n  </body>\n</html>\n"
        func extract(_ html: String) throws -> Article {
            try HTMLArticleExtractor().extract(Document(source: "t.html", id: "t", content: html, kind: .html))
        }
        let article = try extract(indented)
        #expect(article.paragraphs == sentences)
        #expect(article.paragraphs == (try extract(flat)).paragraphs)
        #expect(article.title == "Hourly ferry")
    }

    @Test func articleTextIsUnchangedByTheScripts() throws {
        let body = "The council approved the budget on Tuesday after a long debate about the new bridge."
        let html =
            "<html><head><script>var s = '<p>Not this</p>';</script><style>p{}</style></head><body><article>"
            + "<p>\(body)</p><script>document.write('<div>Nor this</div>')</script><p>\(body)</p></article></body></html>"
        let article = try HTMLArticleExtractor().extract(
            Document(source: "t.html", id: "t", content: html, kind: .html))
        #expect(article.paragraphs == [body, body])
    }
}
