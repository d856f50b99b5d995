import CopydeskCompare
import CopydeskReport
import CopydeskText
import Foundation
import Testing

/// How the HTML report names a source in its columns, panes and menus: the outlet when the page
/// gave one, else where the source came from (file name, web host), not its cut-off title.
@Suite struct HTMLSourceLabelTests {
    static let paragraphs = [
        "The city council voted on Monday to close the old harbour bridge to lorries from next spring.",
        "Engineers found cracks in two of its steel girders during an inspection in March, the council said.",
        "Local traders said the closure would add an hour to every delivery.",
    ]
    static let title = "Council closes harbour bridge to lorries after engineers find cracks in girders"

    static func page(_ inputs: [(source: String, outlet: String?)]) -> String {
        let articles = inputs.enumerated().map { index, input in
            Article(
                source: input.source, id: "s\(index)", title: title, outlet: input.outlet, paragraphs: paragraphs)
        }
        return CoverageHTMLRenderer().render(CoverageComparer().compare(articles), articles: articles)
    }

    @Test func aSourceWithNoOutletIsNamedByItsFileOrHost() {
        let html = Self.page([
            ("copies/harbour-wire.txt", nil), ("https://www.coastnews.example/local/bridge?x=1", nil),
            ("http://user:secret@radio.example:8080/news", nil),
        ])
        #expect(html.contains(">A · harbour-wire.txt<"))
        #expect(html.contains(">B · coastnews.example<"))
        #expect(html.contains(">C · radio.example<"))
        // The title is not the label: it is cut at 32 characters when it is.
        #expect(!html.contains(">A · Council closes harbour bridge"))
        #expect(!html.contains(">C · user"))  // the label is the host, without the credentials
    }

    @Test func theOutletStillComesFirst() {
        let html = Self.page([("a/wire.txt", "Harbour Wire"), ("b/paper.txt", nil)])
        #expect(html.contains(">A · Harbour Wire<"))
        #expect(html.contains(">B · paper.txt<"))
    }

    @Test func standardInputFallsBackToTheTitle() {
        let html = Self.page([("-", nil), ("paper.txt", nil)])
        #expect(html.contains(">A · Council closes harbour bridge t…<"))
    }

    /// The layout hooks the phone view needs: cards for the tables, a label per matrix cell, and
    /// the place of the answers right under the header.
    @Test func narrowScreenHooksAreInThePage() {
        let html = Self.page([("a/wire.txt", "Harbour Wire"), ("b/paper.txt", "Coast Daily"), ("c/radio.txt", nil)])
        #expect(html.contains("<table class=\"sources cards\">"))
        #expect(html.contains("<table class=\"matrix facts cards\">"))
        #expect(html.contains("data-label=\"B\""))
        #expect(html.contains("<span class=\"vh\">Source</span>"))
        #expect(html.contains("class=\"narrow-only\">Compared with</span>"))
        let header = html.range(of: "<header id=\"top\">")
        let toolbar = html.range(of: "<div class=\"toolbar\"")
        #expect(header != nil && toolbar != nil)
        if let header, let toolbar { #expect(header.upperBound < toolbar.lowerBound) }
    }
}
