import CopydeskText
import Foundation
import Testing

@testable import CopydeskArchive
@testable import CopydeskExtract
@testable import CopydeskIngest

/// Numbers an input claims, bytes that stop libxml2, floods of attributes and transfers without
/// end: each is bounded, and what it costs is one input, reported.
@Suite struct BufferedReaderLimitTests {
    static let text = Array("first line\nsecond line\r\nthird".utf8)

    @Test func aClaimedLengthOfIntMaxReturnsWhatThereIs() throws {
        var reader = BufferedReader(MemoryByteSource(Self.text), chunk: 4)
        _ = try reader.nextLine()
        let block = try reader.next(Int.max)
        #expect(Array(block) == Array("second line\r\nthird".utf8))
        #expect(reader.offset == Self.text.count)
        #expect(try reader.isAtEnd())
    }

    @Test func skipsWithoutHoldingAndCountsWhatWasThere() throws {
        var reader = BufferedReader(MemoryByteSource(Self.text), chunk: 4)
        #expect(try reader.skip(5) == 5)
        #expect(try reader.nextLine().map { Array($0) } == Array(" line".utf8))
        #expect(try reader.skip(Int.max) == Self.text.count - 11)
        #expect(try reader.nextLine() == nil)
        #expect(try reader.skip(-3) == 0)
    }

    @Test func anOverlongLineIsDroppedAndTheNextOneRead() throws {
        let long = String(repeating: "x", count: 10_000)
        let bytes = Array("short\n\(long)\nafter\n\(long)".utf8)
        var reader = BufferedReader(MemoryByteSource(bytes), chunk: 64)
        #expect(try reader.nextLine(maximumLength: 100).map { Array($0) } == Array("short".utf8))
        #expect(throws: IngestError.self) { try reader.nextLine(maximumLength: 100) }
        #expect(try reader.nextLine(maximumLength: 100).map { Array($0) } == Array("after".utf8))
        do {
            _ = try reader.nextLine(maximumLength: 100)
            Issue.record("a last overlong line without a line feed was returned")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.message.contains("line too long: 10 KB"))
        }
        #expect(try reader.nextLine(maximumLength: 100) == nil)
        #expect(reader.offset == bytes.count)
    }
}

@Suite struct ChunkedBodyTests {
    @Test func aChunkSizeNearIntMaxLeavesTheBodyAsItIs() throws {
        let body = Array("7fffffffffffffff\r\n<p>The council met.</p>\r\n0\r\n\r\n".utf8)
        #expect(try HTTPResponse.dechunk(body, source: "t") == body)
        let negative = Array("-5\r\nabc\r\n0\r\n\r\n".utf8)
        #expect(try HTTPResponse.dechunk(negative, source: "t") == negative)
    }

    @Test func ordinaryChunksAreJoined() throws {
        let body = Array("4\r\nThe \r\n7\r\ncouncil\r\n0\r\n\r\n".utf8)
        #expect(try HTTPResponse.dechunk(body, source: "t") == Array("The council".utf8))
    }
}

@Suite struct NULAndAttributeTests {
    static let paragraphs = (1...12).map {
        "Paragraph \($0) tells how the harbour board voted on the dredging contract after a long debate on Monday."
    }

    static func page(link: String) -> String {
        let first = paragraphs.prefix(4).map { "<p>\($0)</p>" }.joined()
        let rest = paragraphs.dropFirst(4).map { "<p>\($0)</p>" }.joined()
        return "<html><head><title>Harbour vote</title></head><body><article>\(first)\(link)\(rest)</article></body></html>"
    }

    func article(_ html: String) throws -> Article {
        try HTMLArticleExtractor().extract(Document(source: "t.html", id: "t", content: html, kind: .html))
    }

    @Test func aNULInsideATagNoLongerCutsThePage() throws {
        let clean = try article(Self.page(link: "<a href=\"/x\">link</a>"))
        let damaged = try article(Self.page(link: "<a hre\u{0}f=\"/x\">link</a>"))
        #expect(clean.paragraphs.count >= 12)
        #expect(damaged.paragraphs == clean.paragraphs)
        let inValue = try article(Self.page(link: "<a href=\"/x\u{0}y\">link</a>"))
        #expect(inValue.paragraphs == clean.paragraphs)
    }

    @Test func aNULFirstOrInTextIsDropped() throws {
        let clean = try article(Self.page(link: ""))
        #expect(try article("\u{0}" + Self.page(link: "")).paragraphs == clean.paragraphs)
        let inText = Self.page(link: "").replacingOccurrences(of: "dredging", with: "dred\u{0}ging")
        #expect(try article(inText).paragraphs == clean.paragraphs)
    }

    @Test func aNULPageIsReadFromAFileToo() throws {
        let bytes = [UInt8(0)] + Array(Self.page(link: "").utf8)
        let document = try InputReader().document(from: bytes, source: "nul.html", id: "nul", isHTMLByName: true)
        #expect(try ArticleExtractor().extract(document).paragraphs.count == 12)
    }

    @Test func attributesPastTheCapAreDroppedWithAWarning() throws {
        let many = (0..<5_000).map { "data-k\($0)=\"\($0)\"" }.joined(separator: " ")
        let result = try article(Self.page(link: "<a \(many) href=\"/x\">link</a>"))
        #expect(result.paragraphs.count >= 12)
        #expect(result.warnings.contains { $0.contains("attributes ignored past the first 256") })
        let few = try article(Self.page(link: "<a class=\"more\" href=\"/x\">link</a>"))
        #expect(!few.warnings.contains { $0.contains("attributes ignored") })
    }

    @Test func anAttributeFloodIsReadInLinearTime() throws {
        // 200,000 attributes on one element took 40 s in libxml2 before the cap.
        let flood = (0..<200_000).map { "a\($0)=1" }.joined(separator: " ")
        let started = Date()
        let result = try article(Self.page(link: "<p \(flood)>Some text here.</p>"))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.paragraphs.count >= 12)
    }

    @Test func theRepairLeavesQuotedAndRawTextAlone() throws {
        let page = Array("<p title=\"a > b\" x='<'>One</p><script>if (a<b) { x = \"<p>\" }</script>".utf8)
        #expect(page.withUnsafeBufferPointer { MarkupCleaning.withSafeTags($0) } == nil)
        let withNUL = Array("<p>On\u{0}e</p><i\u{0}>".utf8)
        let repaired = withNUL.withUnsafeBufferPointer { MarkupCleaning.withSafeTags($0) }
        #expect(repaired.map { String(decoding: $0.0, as: UTF8.self) } == "<p>One</p><i\u{FFFD}>")
        #expect(repaired?.1.nulBytes == 2)
    }
}

@Suite struct MarkupInPlainTextTests {
    @Test func aStoryThatQuotesMarkupKeepsItsParagraphs() throws {
        let lines = [
            "The web team said the page had shown a stray <script> tag in place of the results table on Sunday night.",
            "Readers saw the text document.title=\"Results\" printed above the scores, the editor said in a note to staff.",
            "A comment marker <!-- left behind by the old system --> also appeared, and engineers removed it by morning.",
            "The newspaper said no reader data had been exposed and that the fault lay in a template, not in the site.",
        ]
        let document = Document(
            source: "t.txt", id: "t", content: "Results page glitch\n\n" + lines.joined(separator: "\n\n"), kind: .text)
        let article = try PageDumpExtractor().extract(document)
        #expect(article.paragraphs == lines)
    }

    @Test func leftoverCodeIsStillFurniture() {
        for line in [
            "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
            "gtag('config', 'G-12345');", "!-- Google tag (gtag.js) -->", "body { margin: 0; padding: 0; }",
            "<div class=\"ad-slot\"></div>",
        ] {
            #expect(PageFurniture.isMarkup(line, lower: line.lowercased()), "\(line)")
        }
    }

    @Test func plainWordsAreToldFromCode() {
        for word in ["council", "U.S.", "“Yes,”", "1,200", "(AP)", "$5", "40%", "well-known"] {
            #expect(PageFurniture.isPlainWord(Substring(word)), "\(word)")
        }
        for word in ["gtag('js',", "x=1;", "{", "document.title", "</p>"] {
            #expect(!PageFurniture.isPlainWord(Substring(word)), "\(word)")
        }
    }
}
