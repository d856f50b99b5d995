import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskText
import Foundation
import CopydeskTestSupport
import Testing

/// Reads every item of the inputs: documents and failures in order, plus what was skipped.
private func readAll(_ inputs: [String]) -> (
    documents: [ArchivedDocument], failures: [ArchiveFailure], skipped: [String: Int], order: [String]
) {
    var reader = ArchiveInputs(inputs)
    var documents: [ArchivedDocument] = []
    var failures: [ArchiveFailure] = []
    var order: [String] = []
    while let entry = reader.next() {
        switch entry {
        case .document(let document):
            documents.append(document)
            order.append(document.document.id)
        case .failure(let failure):
            failures.append(failure)
            order.append("!" + failure.source)
        }
    }
    return (documents, failures, reader.skipped, order)
}

@Suite("JSONL archives")
struct JSONLArchiveTests {
    @Test func readsArticlesAndReportsBadLinesByNumber() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "archive.jsonl",
            """
            {"id": "afp-1", "text": "NUR-SULTAN, Sept 14 (AFP) - Pope Francis arrived.\\nHe met leaders.", "title": "Pope arrives", "outlet": "The Daily Observer", "published": "2022-09-14"}

            {"id": "bad-1", "text": "unterminated
            {"id": 42, "html": "<html><body><article><p>Caf\\u00e9 owners met on Monday to discuss the new rules for the market square.</p><p>They will meet again \\ud83d\\ude00 next week to vote on the proposal.</p></article></body></html>", "tags": ["a", {"b": "}"}], "url": "https://example.com/a"}
            {"text": "no id here"}
            {"id": "empty", "text": ""}
            not json at all
            {"id": "last", "text": "Final line without newline", "published": "September 15, 2022"}
            """)
        let result = readAll([path])
        #expect(result.documents.map(\.document.id) == ["afp-1", "42", "last"])
        #expect(result.failures.map(\.source) == ["\(path):3", "\(path):5", "\(path):6", "\(path):7"])
        #expect(result.failures[0].message.contains("malformed JSON"))
        #expect(result.failures[1].message.contains("no \"id\""))
        #expect(result.failures[2].id == "empty")
        let first = result.documents[0]
        #expect(first.title == "Pope arrives")
        #expect(first.outlet == "The Daily Observer")
        #expect(first.published == "2022-09-14")
        #expect(first.document.kind == .text)
        #expect(first.document.source == "\(path):1")
        #expect(try first.article().paragraphs.count == 2)
        let html = result.documents[1]
        #expect(html.document.kind == .html)
        #expect(html.document.url == "https://example.com/a")
        #expect(html.document.content.contains("Café owners"))
        #expect(html.document.content.contains("\u{1F600}"))
        #expect(result.documents[2].published == "2022-09-15")
    }

    @Test func escapesAreUndone() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "escapes.jsonl",
            #"""
            {"id": "q", "text": "He said \"no\" twice.\nPath C:\\news\/x, tab\there", "title": "\u0041"}
            {"id": "bad", "text": "a \q b"}
            """#)
        let result = readAll([path])
        #expect(result.documents.first?.document.content == "He said \"no\" twice.\nPath C:\\news/x, tab\there")
        #expect(result.documents.first?.title == "A")
        #expect(result.failures.first?.message.contains("invalid escape") == true)
    }

    @Test func longTextsWithManyEscapesAreUndoneExactly() throws {
        // Paragraph breaks every few words, quoted speech escaped in the middle and at the very end.
        var expected = ""
        var line = #"{"id": "long", "text": ""#
        for paragraph in 0..<2_000 {
            let (text, escaped) =
                paragraph % 97 == 0
                ? (#"He said "stop" at \ "# + "\(paragraph).", #"He said \"stop\" at \\ "# + "\(paragraph).")
                : ("Paragraph \(paragraph) of the story.", "Paragraph \(paragraph) of the story.")
            expected += text + "\n"
            line += escaped + #"\n"#
        }
        expected += #""end""#
        line += #"\"end\"", "title": "T"}"#
        let scratch = try Scratch()
        let path = try scratch.write("long.jsonl", line + "\n")
        let result = readAll([path])
        #expect(result.failures.isEmpty)
        #expect(result.documents.first?.document.content == expected)
        #expect(result.documents.first?.title == "T")
    }

    @Test func gzipWithSeveralMembersAndLongLines() throws {
        let scratch = try Scratch()
        let long = String(repeating: "word ", count: 40_000)
        let part1 = "{\"id\": \"a\", \"text\": \"\(long)\"}\n{\"id\": \"b\", \"text\": \"second\"}\n"
        let part2 = "{\"id\": \"c\", \"text\": \"third\"}\n"
        let path = try scratch.write("archive.jsonl.gz", gzip(part1) + gzip(part2))
        let result = readAll([path])
        #expect(result.failures.isEmpty)
        #expect(result.documents.map(\.document.id) == ["a", "b", "c"])
        #expect(result.documents[0].document.content.utf8.count == long.utf8.count)
        #expect(result.documents[2].document.source == "\(path):3")
    }

    @Test func truncatedGzipKeepsWhatWasReadAndSaysWhy() throws {
        let scratch = try Scratch()
        var lines = ""
        for index in 0..<2000 {
            lines += "{\"id\": \"doc-\(index)\", \"text\": \"story number \(index) about the harbour\"}\n"
        }
        let compressed = gzip(lines)
        let path = try scratch.write("cut.jsonl.gz", Array(compressed.prefix(compressed.count / 2)))
        let result = readAll([path])
        #expect(result.documents.count > 100)
        #expect(result.documents.count < 2000)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.message.contains("gzip") == true)
    }

    @Test func notGzipAtAllIsOneFailure() throws {
        let scratch = try Scratch()
        let path = try scratch.write("plain.jsonl.gz", "{\"id\": \"a\", \"text\": \"b\"}\n")
        let result = readAll([path])
        #expect(result.documents.isEmpty)
        #expect(result.failures.count == 1)
    }
}

@Suite("WARC archives")
struct WARCArchiveTests {
    static let story = newsPage(
        title: "Floods close the coastal road",
        paragraphs: [
            "DHAKA, Sept 14 (Reuters) - Floods closed the coastal road on Wednesday, officials said.",
            "More than 2,000 families were moved to shelters, the district commissioner told reporters.",
        ])

    static func records() -> [String] {
        [
            warcRecord(
                type: "warcinfo", id: "urn:uuid:info", contentType: "application/warc-fields",
                block: "software: test\r\n"),
            warcRecord(
                type: "request", id: "urn:uuid:req", uri: "https://paper.example/floods",
                contentType: "application/http; msgtype=request",
                block: "GET /floods HTTP/1.1\r\nHost: paper.example\r\n\r\n"),
            warcRecord(
                type: "response", id: "urn:uuid:page-1", uri: "https://paper.example/floods",
                contentType: "application/http; msgtype=response", block: httpResponse(body: story)),
            warcRecord(
                type: "response", id: "urn:uuid:pdf", uri: "https://paper.example/a.pdf",
                contentType: "application/http; msgtype=response",
                block: httpResponse(contentType: "application/pdf", body: "%PDF-1.4")),
            warcRecord(
                type: "response", id: "urn:uuid:gone", uri: "https://paper.example/gone",
                contentType: "application/http; msgtype=response",
                block: httpResponse(status: "404 Not Found", body: "<html>gone</html>")),
            warcRecord(
                type: "response", id: "urn:uuid:chunked", uri: "https://paper.example/chunked",
                contentType: "application/http; msgtype=response",
                block:
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n<html><body><p>H\r\n5\r\nello \r\n6\r\nworld.\r\n0\r\n\r\n"
            ),
        ]
    }

    @Test func htmlResponsesBecomeDocumentsOthersAreCounted() throws {
        let scratch = try Scratch()
        let path = try scratch.write("crawl.warc", Self.records().joined())
        let result = readAll([path])
        #expect(result.failures.isEmpty)
        #expect(result.documents.map(\.document.id) == ["urn:uuid:page-1", "urn:uuid:chunked"])
        let page = result.documents[0]
        #expect(page.document.url == "https://paper.example/floods")
        #expect(page.document.kind == .html)
        #expect(page.document.content.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.document.content.contains("HTTP/1.1"))
        #expect(page.document.source.hasPrefix("\(path)@"))
        #expect(try page.article().text.contains("2,000 families"))
        #expect(result.documents[1].document.content == "<html><body><p>Hello world.")
        #expect(result.skipped == ["warcinfo": 1, "request": 1, "non-HTML response": 1, "response with HTTP 4xx": 1])
    }

    @Test func legacyCharsetsAreDecodedAsBrowsersDo() throws {
        let scratch = try Scratch()
        // "Café" in windows-1252, declared as iso-8859-1 in the HTTP header (browsers read
        // windows-1252 for that label: 0x92 is a right single quote).
        let body =
            Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" owners".utf8) + [0x92]
            + Array(" plans</p></body></html>".utf8)
        let head = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"iso-8859-1\"\r\n\r\n".utf8)
        let block = head + body
        let record =
            Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:latin>\r\n".utf8)
            + Array("Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n".utf8)
            + block + Array("\r\n\r\n".utf8)
        let path = try scratch.write("latin.warc", record)
        let result = readAll([path])
        #expect(result.documents.first?.document.content.contains("Café owners\u{2019} plans") == true)
    }

    @Test func gzipPerRecordAndDamageInTheMiddle() throws {
        let scratch = try Scratch()
        var records = Self.records()
        records.insert("this line is not a WARC header\r\n", at: 3)
        let path = try scratch.write("crawl.warc.gz", records.flatMap { gzip($0) })
        let result = readAll([path])
        #expect(result.documents.map(\.document.id) == ["urn:uuid:page-1", "urn:uuid:chunked"])
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.message.contains("not a WARC record") == true)
        // The damage is reported where it is: after the page record, before the next ones.
        #expect(result.order.firstIndex(of: "urn:uuid:page-1") == 0)
    }

    @Test func aRecordWithoutContentLengthCostsOnlyItself() throws {
        let scratch = try Scratch()
        var records = Self.records()
        // The page record's length line lost (a hand-edited or damaged archive).
        let lengthLine = try #require(records[2].range(of: #"Content-Length: \d+\r\n"#, options: .regularExpression))
        records[2].removeSubrange(lengthLine)
        for name in ["lost-length.warc", "lost-length.warc.gz"] {
            let bytes = name.hasSuffix(".gz") ? records.flatMap { gzip($0) } : Array(records.joined().utf8)
            let path = try scratch.write(name, bytes)
            let result = readAll([path])
            #expect(result.failures.count == 1)
            #expect(result.failures.first?.id == "urn:uuid:page-1")
            #expect(result.failures.first?.message.contains("skipped to the next record") == true)
            // The records after it are read as before.
            #expect(result.documents.map(\.document.id) == ["urn:uuid:chunked"])
            #expect(result.skipped["response with HTTP 4xx"] == 1)
        }
    }

    /// A response record whose body is compressed with `coding` (the bytes given as they were sent).
    static func encodedResponse(id: String, coding: String, body: [UInt8]) -> [UInt8] {
        let head = Array(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: \(coding)\r\nContent-Length: \(body.count)\r\n\r\n"
                .utf8)
        let block = head + body
        return Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <\(id)>\r\n".utf8)
            + Array("Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n".utf8)
            + block + Array("\r\n\r\n".utf8)
    }

    @Test func compressedBodiesAreInflatedOrRefusedByName() throws {
        let scratch = try Scratch()
        let page = Array(Self.story.utf8)
        let archive =
            Self.encodedResponse(id: "urn:uuid:zlib", coding: "deflate", body: gzip(page, windowBits: 15))
            + Self.encodedResponse(id: "urn:uuid:raw", coding: "deflate", body: gzip(page, windowBits: -15))
            + Self.encodedResponse(id: "urn:uuid:twice", coding: "gzip, deflate", body: gzip(gzip(page), windowBits: 15))
            + Self.encodedResponse(id: "urn:uuid:brotli", coding: "br", body: [0x1B, 0x2C, 0x00, 0xF8, 0xA5])
            // A bomb behind the other coding name: 64 MB of one letter in a few kilobytes.
            + Self.encodedResponse(
                id: "urn:uuid:bomb", coding: "deflate",
                body: gzip([UInt8](repeating: 0x61, count: 64 << 20), windowBits: 15))
        let path = try scratch.write("encoded.warc", archive)
        let result = readAll([path])
        #expect(result.documents.map(\.document.id) == ["urn:uuid:zlib", "urn:uuid:raw", "urn:uuid:twice"])
        for document in result.documents {
            #expect(try document.article().text.contains("2,000 families"))
        }
        #expect(result.failures.map(\.id) == ["urn:uuid:brotli", "urn:uuid:bomb"])
        #expect(result.failures.first?.message.contains("br-encoded") == true)
        #expect(result.failures.last?.message.contains("deflate-encoded body") == true)
    }

    @Test func truncatedRecordEndsTheArchiveWithOneFailure() throws {
        let scratch = try Scratch()
        let whole = Self.records().prefix(3).joined()
        let path = try scratch.write("cut.warc", Array(Array(whole.utf8).dropLast(200)))
        let result = readAll([path])
        #expect(result.documents.isEmpty)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.id == "urn:uuid:page-1")
        #expect(result.failures.first?.message.contains("cut short") == true)
    }
}

@Suite("Archive inputs")
struct ArchiveInputsTests {
    @Test func directoriesAreWalkedInNameOrder() throws {
        let scratch = try Scratch()
        try scratch.write("b/second.jsonl", "{\"id\": \"j1\", \"text\": \"from jsonl\"}\n")
        try scratch.write("a/first.txt", "A plain text story about the harbour.\n")
        try scratch.write(".hidden/skip.jsonl", "{\"id\": \"hidden\", \"text\": \"x\"}\n")
        let result = readAll([scratch.directory.path, scratch.path("missing.jsonl")])
        #expect(result.documents.map(\.document.id) == ["first", "j1"])
        #expect(result.failures.map(\.source) == [scratch.path("missing.jsonl")])
    }

    @Test func aDirectoryWalkTakesArchivesAndPagesOnly() throws {
        let scratch = try Scratch()
        try scratch.write("archive.jsonl", "{\"id\": \"j1\", \"text\": \"from jsonl\"}\n")
        try scratch.write("archive.truth.tsv", "id\tcluster\nj1\tc1\n")
        try scratch.write("README.md", "# What this folder holds\n")
        try scratch.write("story.html", "<html><body><p>A story.</p></body></html>")
        let walked = readAll([scratch.directory.path])
        #expect(walked.order == ["j1", "story"])
        // Named explicitly, any file is read.
        let named = readAll([scratch.path("README.md")])
        #expect(named.order.count == 1)
    }
}
