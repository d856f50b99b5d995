import CopydeskTestSupport
import Testing

@testable import CopydeskArchive

@Suite struct InputSnifferTests {
    @Test(arguments: [
        (InputFixtures.png, "a PNG image"), (InputFixtures.pdf, "a PDF document"),
        (InputFixtures.gzip, "gzip-compressed data (decompress it first)"),
        (InputFixtures.zip, "a ZIP archive (or a Word/EPUB file)"), (InputFixtures.jpeg, "a JPEG image"),
        (Array("GIF89a".utf8) + [1, 0, 1, 0], "a GIF image"),
    ])
    func fileSignatures(bytes: [UInt8], kind: String) {
        #expect(ContentSniffer.binaryKind(of: bytes) == kind)
    }

    @Test func nulDensityMarksUnknownBinary() {
        var bytes: [UInt8] = []
        for i in 0..<4096 { bytes.append(i % 7 == 0 ? 0 : UInt8(0x41 + i % 26)) }
        #expect(ContentSniffer.binaryKind(of: bytes) == "binary data")
    }

    /// Control bytes at every offset modulo eight, among multi-byte UTF-8 and tabs and newlines
    /// (which are text): the count, eight bytes at a time, must be the byte-by-byte one.
    @Test(arguments: [(10, true), (12, true), (17, false), (33, false)])
    func controlByteShareDecidesWhateverTheirOffsets(every: Int, binary: Bool) {
        var bytes: [UInt8] = []
        for i in 0..<5000 {
            if i % every == 0 {
                bytes.append(0x01)
            } else if i % 11 == 0 {
                bytes += [0x09, 0x0A]
            } else {
                bytes += i % 3 == 0 ? [0xC3, 0xA9] : [UInt8(0x61 + i % 26)]
            }
        }
        #expect((ContentSniffer.binaryKind(of: bytes) != nil) == binary)
    }

    /// Every byte below 0x20 (and DEL, and the bytes that look like controls once the top bit is
    /// dropped) just over and just under the share that makes data binary: the word-wise skip of
    /// white space and ESC must count exactly the bytes the byte-wise rule counts.
    @Test func eachControlByteCountsAsTheByteRuleSays() {
        let candidates: [UInt8] = Array(0..<0x20) + [0x7F, 0x80, 0x89, 0x8A, 0x9B, 0xA0]
        for byte in candidates {
            let counted = byte == 0 || byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B)
            let percent = byte == 0 ? 1 : 5
            for over in [true, false] {
                // 2000 bytes of ASCII text, tabs and newlines; `marks` copies of the byte, spread
                // so that they fall at every offset within a word.
                let marks = over ? 2000 * percent / 100 + 3 : 2000 * percent / 100 - 3
                var bytes: [UInt8] = []
                for i in 0..<2000 {
                    let letter = UInt8(0x61 + i % 26)
                    bytes.append(i % 9 == 0 ? 0x0A : (i % 13 == 0 ? 0x09 : letter))
                }
                for k in 0..<marks { bytes[(k * 2000 / marks + k % 8) % 2000] = byte }
                let binary = ContentSniffer.binaryKind(of: bytes) != nil
                #expect(binary == (counted && over), "byte \(byte), over: \(over)")
            }
        }
    }

    @Test func aStrayNULIsStillText() {
        let bytes = Array(InputFixtures.page(body: "<p>" + String(repeating: "A story. ", count: 50) + "</p>").utf8)
        #expect(ContentSniffer.binaryKind(of: bytes + [0] + bytes) == nil)
    }

    @Test func utf16TextIsNotBinary() {
        var bytes: [UInt8] = []
        for unit in "A plain story in UTF-16 with no byte order mark at all.".utf16 { bytes += [UInt8(unit), 0] }
        #expect(ContentSniffer.binaryKind(of: bytes) == nil)
    }

    @Test func cjkUTF16WithBOMIsNotBinary() {
        // Many CJK characters have a byte below 0x20 in UTF-16 (一 is U+4E00).
        let text = String(repeating: "一丁七万丈三上下不与丐丑专且世丘丙业丛东丝丞", count: 20)
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ContentSniffer.binaryKind(of: bytes) == nil)
        #expect(CharsetDecoder().decode(bytes).text == text)
    }

    @Test func textThatStartsLikeASignatureIsText() {
        #expect(ContentSniffer.binaryKind(of: Array("ID3 tags are for music files.".utf8)) == nil)
        #expect(ContentSniffer.binaryKind(of: Array("PK said: hello".utf8)) == nil)
    }

    @Test(arguments: [
        "<!DOCTYPE html><html><body></body></html>", "\u{FEFF}  <html lang=\"en\">", "<HEAD><title>x</title>",
        "<!-- saved from url=(0014)about:internet -->\n<html>", "<meta charset=utf-8><p>x", "<title>Story</title>",
        "Some text first\n<body class=\"article\">",
    ])
    func htmlIsSniffed(text: String) {
        #expect(ContentSniffer.looksLikeHTML(text))
    }

    @Test(arguments: [
        "Xi visits Kazakhstan\n\nNUR-SULTAN, Sept 14 (AFP) — ...", "!-- Google tag (gtag.js) -->\nMenu\nHome",
        "<header> is an HTML5 element we mention in prose", "Use <b>bold</b> sparingly",
    ])
    func textIsNotHTML(text: String) {
        #expect(!ContentSniffer.looksLikeHTML(text))
    }
}
