@testable import CopydeskArchive
@testable import CopydeskDedup
import CopydeskExtract
import CopydeskTestSupport
import Foundation
import Testing

/// Intake fingerprints a JSONL text straight from its escaped bytes (one pass: unescaping is the
/// tokenizer's). The limit on a text's length is on the unescaped text, whichever way it is read.
@Suite("intake of escaped texts")
struct IntakeEscapedTests {
    let fingerprinter = Fingerprinter(options: DedupOptions())

    func process(_ escaped: [UInt8], maxBytes: Int) -> IntakeItem {
        var archived = ArchivedDocument(document: Document(source: "t.jsonl:1", id: "t", content: "", kind: .text))
        archived.escapedText = EscapedJSONText(bytes: escaped, maxBytes: maxBytes)
        var scratch = Fingerprinter.Scratch()
        var buffer: [UInt8] = []
        return Intake.process(.document(archived), fingerprinter, scratch: &scratch, text: &buffer)
    }

    /// Escaped longer than the limit, unescaped within it: read (the slower way), not refused.
    @Test func escapesOverTheLimitDoNotCount() {
        let text = String(repeating: "The council voted.\n", count: 20)
        let escaped = Array(text.replacingOccurrences(of: "\n", with: "\\n").utf8)
        #expect(escaped.count > text.utf8.count)
        for limit in [text.utf8.count, escaped.count - 1, escaped.count, escaped.count + 100] {
            guard case .document(let found, let shingles, let length) = process(escaped, maxBytes: limit).content else {
                Issue.record("refused under a limit of \(limit)")
                continue
            }
            let expected = fingerprinter.fingerprint(text)
            #expect(found == expected.fingerprint)
            #expect(shingles == expected.shingles)
            #expect(length == text.utf8.count)
        }
    }

    /// Over the limit once unescaped: refused with the words of a reader that does not defer.
    @Test func aTextOverTheLimitIsRefused() {
        let text = String(repeating: "The council voted. ", count: 20)
        let item = process(Array(text.utf8), maxBytes: text.utf8.count - 1)
        guard case .failure(let message) = item.content else {
            Issue.record("not refused")
            return
        }
        #expect(message.contains("too large"))
    }

    /// Invalid UTF-8 is repaired (a byte becomes U+FFFD, three bytes): a text within the limit
    /// escaped can pass it once repaired, and is refused then.
    @Test func repairedInvalidUTF8CountsAtItsRepairedLength() {
        let escaped = Array("words ".utf8) + [UInt8](repeating: 0xFF, count: 30) + Array(" more words".utf8)
        let repaired = String(decoding: escaped, as: UTF8.self)
        let refused = process(escaped, maxBytes: escaped.count)
        guard case .failure(let message) = refused.content else {
            Issue.record("not refused")
            return
        }
        #expect(message.contains("too large"))
        guard case .document(let found, _, let length) = process(escaped, maxBytes: repaired.utf8.count).content else {
            Issue.record("refused at its repaired length")
            return
        }
        #expect(length == repaired.utf8.count)
        #expect(found == fingerprinter.fingerprint(repaired).fingerprint)
    }

    /// A run's result no longer carries signatures (released before clustering), and asking for
    /// one gives an empty slice rather than a trap.
    @Test func aRunsResultHasNoSignatures() throws {
        let scratch = try Scratch()
        let lines = (0..<6).map { index in
            "{\"id\": \"d\(index)\", \"text\": \"The port authority said on Monday that ferry crews would return to work after the strike, officials said.\"}"
        }
        let path = try scratch.write("docs.jsonl", lines.joined(separator: "\n"))
        let result = try Deduplicator().run([path])
        #expect(result.catalog.count == 6)
        #expect(result.catalog.signatures.isEmpty)
        #expect(result.catalog.leads.isEmpty)
        #expect(result.catalog.signature(of: 0).isEmpty)
        #expect(Set(result.assignments.compactMap { $0?.cluster }).count == 1)
    }
}
