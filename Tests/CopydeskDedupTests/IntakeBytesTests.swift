import CopydeskDedup
import CopydeskTestSupport
import Foundation
import Testing

/// Intake fingerprints JSONL texts from the escaped bytes of the line (unescaped on the worker,
/// no `String` made): every fingerprint, set and length must be what the text as a `String`
/// gives.
@Suite("intake from bytes")
struct IntakeBytesTests {
    /// Texts that take every path of the tokenizer: plain ASCII, escapes, hyphenated line
    /// breaks, apostrophes, numbers, accents, other scripts, NFKC forms, invalid UTF-8.
    static let texts: [String] = [
        "The ferry crews ended their strike on Friday, the union said after a night of talks.",
        "LAGOS, March 3 (Reuters) - \"We will not sign,\" the minister said.\nThe talks resume on Monday at 10:30.",
        "The govern-\nment's plan costs 1,250.5 million naira; O’Neill called it a \"maj-\n ority\" view.",
        "Zürich’s Bürgermeisterin sprach über die Straße — Ελλάδα, Москва, 東京都で会議が開かれた。",
        "ＦＵＬＬ ｗｉｄｔｈ ﬁnance ﬂights Ⅻ café CAFÉ e\u{301}te\u{301} İstanbul ß ǅ",
        "rnodern wcre tbe 0n 1462 vvater l0cal",
        "word",
        "   \n\t  ",
    ]

    @Test func fingerprintsFromEscapedBytesAreTheStringsFingerprints() throws {
        let scratch = try Scratch()
        var lines: [String] = []
        for (index, text) in Self.texts.enumerated() {
            let data = try JSONSerialization.data(withJSONObject: ["id": "t\(index)", "text": text])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        // Raw non-ASCII and invalid UTF-8 in the line, which JSONSerialization never writes.
        var bytes = Array(lines.joined(separator: "\n").utf8)
        bytes += Array("\n{\"id\": \"raw\", \"text\": \"Gdańsk — “port” ".utf8) + [0xC3, 0x28, 0xFF]
            + Array(" sa\\u00EFd \\ud83d\\ude00 end\"}\n".utf8)
        let path = try scratch.write("texts.jsonl", bytes)
        let options = DedupOptions()
        let fingerprinter = Fingerprinter(options: options)
        var expected = Self.texts
        expected.append(String(decoding: Array("Gdańsk — “port” ".utf8) + [0xC3, 0x28, 0xFF], as: UTF8.self) + " saïd 😀 end")
        var seen = 0
        _ = try Intake(options: options).run([path]) { items in
            for item in items {
                let text = expected[seen]
                seen += 1
                let (fingerprint, shingles) = fingerprinter.fingerprint(text)
                switch item.content {
                case .document(let found, let foundShingles, let length):
                    #expect(found == fingerprint, "\(text)")
                    #expect(foundShingles == shingles)
                    #expect(length == text.utf8.count)
                case .failure(let message):
                    #expect(fingerprint.shingleCount == 0, "\(text): \(message)")
                    #expect(message == "the article has no words to compare")
                }
            }
        }
        #expect(seen == expected.count)
    }

    @Test func theUTF8EntryPointMatchesTheStringOne() {
        let fingerprinter = Fingerprinter(options: DedupOptions())
        var scratch = Fingerprinter.Scratch()
        for text in Self.texts {
            var copy = text
            let fromBytes = copy.withUTF8 { fingerprinter.fingerprint(utf8: $0, scratch: &scratch) }
            let fromString = fingerprinter.fingerprint(text)
            #expect(fromBytes.fingerprint == fromString.fingerprint)
            #expect(fromBytes.shingles == fromString.shingles)
        }
    }
}
