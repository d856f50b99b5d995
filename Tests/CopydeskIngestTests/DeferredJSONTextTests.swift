import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskTestSupport
import Testing

/// What a reader makes of the inputs, as comparable lines: each document's id, source, metadata
/// and text (unescaped from ``ArchivedDocument/escapedText`` when the reader deferred it), each
/// failure's source, id and message.
private func items(_ inputs: [String], deferring: Bool) -> [String] {
    var reader = ArchiveInputs(inputs)
    reader.defersJSONText = deferring
    var lines: [String] = []
    while let entry = reader.next() {
        switch entry {
        case .document(let archived):
            let document = archived.document
            var text = document.content
            if let escaped = archived.escapedText {
                // A deferred text is the only content, and it is refused by length as the
                // reader refuses a text it unescapes itself.
                #expect(document.content.isEmpty)
                var buffer: [UInt8] = []
                escaped.unescape(into: &buffer)
                #expect(buffer == Array(escaped.string.utf8))
                if let message = escaped.tooLarge(buffer.count) {
                    lines.append("failure \(document.source) \(document.id) \(message)")
                    continue
                }
                text = String(decoding: buffer, as: UTF8.self)
            }
            lines.append(
                "document \(document.id) \(document.source) \(document.kind) \(archived.title ?? "-") "
                    + "\(archived.outlet ?? "-") \(archived.published ?? "-") \(document.url ?? "-") [\(text)]")
        case .failure(let failure):
            lines.append("failure \(failure.source) \(failure.id ?? "-") \(failure.message)")
        }
    }
    return lines
}

@Suite("JSONL texts handed over escaped")
struct DeferredJSONTextTests {
    @Test func deferredTextsReadAsTheUndeferredOnes() throws {
        let scratch = try Scratch()
        let lines = [
            #"{"id": "plain", "text": "The council met on Tuesday.", "title": "Council", "outlet": "AFP", "published": "2024-03-05"}"#,
            #"{"id": "escapes", "text": "He said \"no\".\nNext paragraph\twith a tab, C:\\path\/x \b\f\r end"}"#,
            #"{"id": "unicode", "text": "Caf\u00e9 \u00C9lys\u00e9e \ud83d\ude00 lone \ud800 x \udc00 pair-broken \ud800\u0041 end"}"#,
            "{\"id\": \"raw\", \"text\": \"Zürich — “quoted” Ελλάδα 東京\"}",
            #"{"id": "number", "text": 12345}"#,
            #"{"id": "empty", "text": ""}"#,
            #"{"id": "both", "html": "<p>The page</p>", "text": "ignored when there is html"}"#,
            #"{"id": "twice", "text": "first", "text": "second wins"}"#,
            #"{"id": "then-number", "text": "a string", "text": 7}"#,
            #"{"id": "then-null", "text": "kept", "text": null}"#,
            #"{"id": "bad-escape", "text": "a \x b"}"#,
            #"{"id": "bad-unicode", "text": "a \u12G4 b"}"#,
            #"{"id": "unterminated", "text": "no end"#,
            #"{"id": "quote-at-end", "text": "ends in a quote \"", "url": "https://example.com/x"}"#,
            #"{"id": "slash-at-end", "text": "ends in a backslash \\"}"#,
        ]
        var bytes = Array(lines.joined(separator: "\n").utf8)
        // Invalid UTF-8 inside a text: repaired as `String(decoding:as:)` repairs it.
        bytes += Array("\n{\"id\": \"broken\", \"text\": \"bad ".utf8) + [0xC3, 0x28, 0xE2, 0x82, 0x20, 0xFF, 0xED, 0xA0, 0x80]
            + Array(" bytes\\n and an escape\"}\n".utf8)
        let path = try scratch.write("mixed.jsonl", bytes)
        let plain = items([path], deferring: false)
        let deferred = items([path], deferring: true)
        #expect(plain.count == lines.count + 1)
        #expect(deferred == plain)
    }

    @Test func tooLargeTextsAreRefusedWithTheSameWords() throws {
        let scratch = try Scratch()
        // A limit of a few bytes, through the archive type itself: escapes count once unescaped.
        let line = #"{"id": "big", "text": "\u00e9\u00e9\u00e9\n"}"# + "\n" + #"{"id": "small", "text": "\u00e9"}"#
        let path = try scratch.write("limit.jsonl", line)
        for deferring in [false, true] {
            var archive = JSONLArchive(try FileByteSource(path: path), name: "a", maxDocumentBytes: 6)
            archive.defersText = deferring
            var found: [String] = []
            while let entry = archive.next() {
                switch entry {
                case .document(let archived):
                    if let escaped = archived.escapedText {
                        var buffer: [UInt8] = []
                        escaped.unescape(into: &buffer)
                        if let message = escaped.tooLarge(buffer.count) {
                            found.append("failure \(archived.document.id) \(message)")
                            continue
                        }
                    }
                    found.append("document \(archived.document.id)")
                case .failure(let failure):
                    found.append("failure \(failure.id ?? "-") \(failure.message)")
                }
            }
            #expect(found.count == 2)
            #expect(found.first?.hasPrefix("failure big too large: a text of 7") == true)
            #expect(found.last == "document small")
        }
    }

    @Test func repeatedDatesAreReadOnceAndTheSameEachTime() throws {
        let scratch = try Scratch()
        let dates = ["2022-09-14", "Sept. 15, 2022", "15/09/2022", "yesterday", "2022-09-14T08:30:00Z", ""]
        var lines: [String] = []
        for index in 0..<60 {
            lines.append(#"{"id": "d\#(index)", "text": "The port reopened.", "published": "\#(dates[index % dates.count])"}"#)
        }
        let path = try scratch.write("dates.jsonl", lines.joined(separator: "\n"))
        var reader = ArchiveInputs([path])
        var index = 0
        while let entry = reader.next() {
            guard case .document(let archived) = entry else {
                Issue.record("line \(index) was not read")
                continue
            }
            let given = dates[index % dates.count]
            #expect(archived.published == (PublishedDate.iso8601(from: given) ?? given))
            index += 1
        }
        #expect(index == 60)
    }

    @Test func randomLinesReadAlikeDeferredOrNot() throws {
        // Texts made of the bytes that matter to the JSON string scanner (quotes, backslashes,
        // escape letters, hex digits, bytes outside ASCII), so that many lines are malformed in
        // some way: the deferred reader must refuse the same lines with the same words and read
        // the others to the same text.
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8),
            Array(#"\ud83d\ude00"#.utf8), Array(#"\ud800"#.utf8), Array(#"\udc00"#.utf8), Array(#"\u12"#.utf8),
            Array(#"\x"#.utf8), Array(#"\"#.utf8), Array(#"""#.utf8), Array("word ".utf8), Array("é".utf8),
            [0xE2, 0x80], [0xFF], Array("u".utf8), Array("0041".utf8), Array(#"/"#.utf8),
        ]
        var file: [UInt8] = []
        for index in 0..<3_000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<12, using: &generator) {
                text += pieces.randomElement(using: &generator) ?? []
            }
            file += Array(#"{"id": "r\#(index)", "text": ""#.utf8) + text + Array(#"", "title": "t"}"#.utf8) + [0x0A]
        }
        let scratch = try Scratch()
        let path = try scratch.write("random.jsonl", file)
        let plain = items([path], deferring: false)
        let deferred = items([path], deferring: true)
        #expect(plain.count == 3_000)
        #expect(deferred == plain)
    }

    @Test func randomBytesUnescapeAsStringsDecodeThem() {
        // Raw bytes of every kind between the quotes (no quote, no backslash: those the reader
        // sees as structure), against the String the undeferred reader would make of them.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x41 }
            let escaped = EscapedJSONText(bytes: bytes, maxBytes: 1 << 20)
            var buffer: [UInt8] = [1, 2, 3]
            escaped.unescape(into: &buffer)
            #expect(buffer == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
        }
    }
}
