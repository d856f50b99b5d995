/// Tells from the first bytes what an input is: a binary file that holds no text at all (an image,
/// a PDF, an archive), an HTML page, or plain text.
public enum ContentSniffer {
    /// What a binary input is, in words for the user ("a PNG image"), or `nil` when the bytes may
    /// be text. Known file signatures first, then the share of control bytes that text never has.
    public static func binaryKind(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for signature in signatures where matches(signature, bytes) {
            return signature.kind
        }
        // UTF-16 text is full of NUL and control bytes (一 is 00 4E); it is text all the same,
        // and the decoder reads it.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || utf16Guess(bytes) != nil {
            return nil
        }
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(64 * 1024))
        var nul = 0
        var control = 0
        func count(_ byte: UInt8) {
            if byte == 0 {
                nul &+= 1
            } else if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) {
                control &+= 1
            }
        }
        // Eight bytes at a time, and only a word holding a byte `count` tallies is counted byte by
        // byte. Line breaks and tabs sit in most words of a page, so they are told apart here too.
        // With the top bit of each byte cleared (x), adding a constant below 0x80 never carries
        // into the next byte, so each test below is exact per byte.
        var i = 0
        if let base = sample.baseAddress {
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while i &+ 8 <= sample.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let x = word & low
                // Bytes below 0x20.
                let control = ~(x &+ 0x6060_6060_6060_6060) & ~word & high
                if control != 0 {
                    // 0x09…0x0D: at least 9 and below 14.
                    let space = (x &+ 0x7777_7777_7777_7777) & ~(x &+ 0x7272_7272_7272_7272) & high
                    let escapeBytes = x ^ 0x1B1B_1B1B_1B1B_1B1B
                    let escape = ~((escapeBytes &+ low) | escapeBytes) & high
                    if control & ~space & ~escape != 0 {
                        for j in i..<(i &+ 8) { count(sample[j]) }
                    }
                }
                i &+= 8
            }
        }
        while i < sample.count {
            count(sample[i])
            i &+= 1
        }
        // A stray NUL or control byte happens in real pages (libxml2 reads it as a space); a
        // steady share of them does not.
        if nul * 100 > sample.count || (nul + control) * 100 > sample.count * 5 {
            return "binary data"
        }
        return nil
    }

    /// What a binary input is, as the overload over a buffer pointer tells it; `nil` when the bytes
    /// may be text.
    public static func binaryKind(of bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { binaryKind(of: $0) }
    }

    /// Whether text begins like an HTML page: `<!doctype html`, `<html`, `<head` or `<body` among
    /// the first 1024 bytes, or a page that opens with `<meta` or `<title`, after any byte order
    /// mark, white space and leading comments.
    public static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let window = Array(bytes.prefix(1024)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var start = 0
        if window.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < window.count && (window[start] == 0x20 || (0x09...0x0D).contains(window[start])) {
            start += 1
        }
        let head = Array(window[start...])
        for opening in ["<meta", "<title"] where head.starts(with: Array(opening.utf8)) {
            return true
        }
        for tag in ["<!doctype html", "<html", "<head", "<body"] {
            let needle = Array(tag.utf8)
            var i = 0
            while i + needle.count < head.count {
                if head[i] == 0x3C && head[i..<(i + needle.count)].elementsEqual(needle) {
                    let after = head[i + needle.count]
                    // `<header>` and `<html-snippet>` are not `<head>` and `<html>`.
                    if after == 0x3E || after == 0x20 || (0x09...0x0D).contains(after) || after == 0x2F {
                        return true
                    }
                }
                i += 1
            }
        }
        return false
    }

    /// Whether bytes begin like an HTML page, as the overload over a buffer pointer tells it.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { looksLikeHTML($0) }
    }

    /// Whether decoded text begins like an HTML page: for UTF-16 input, which can only be sniffed
    /// once decoded.
    public static func looksLikeHTML(_ text: String) -> Bool {
        looksLikeHTML(Array(text.utf8.prefix(1024)))
    }

    /// UTF-16 without a byte order mark, told from text whose every other byte is NUL (Latin
    /// script in UTF-16); `nil` otherwise.
    static func utf16Guess(_ bytes: UnsafeBufferPointer<UInt8>) -> Charset? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return nil }
        var evenNUL = 0
        var oddNUL = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let pairs = sample.count / 2
        if oddNUL * 10 >= pairs * 9 && evenNUL * 10 < pairs { return .utf16LE }
        if evenNUL * 10 >= pairs * 9 && oddNUL * 10 < pairs { return .utf16BE }
        return nil
    }

    private struct Signature {
        var offset: Int
        var bytes: [UInt8]
        var kind: String
    }

    private static func matches(_ signature: Signature, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= signature.offset + signature.bytes.count else { return false }
        for (i, byte) in signature.bytes.enumerated() where bytes[signature.offset + i] != byte {
            return false
        }
        return true
    }

    private static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// File signatures of what people mistake for pages: images, documents, archives, media,
    /// programs.
    private static let signatures: [Signature] = [
        Signature(offset: 0, bytes: [0x89] + ascii("PNG\r\n\u{1A}\n"), kind: "a PNG image"),
        Signature(offset: 0, bytes: [0xFF, 0xD8, 0xFF], kind: "a JPEG image"),
        Signature(offset: 0, bytes: ascii("GIF87a"), kind: "a GIF image"),
        Signature(offset: 0, bytes: ascii("GIF89a"), kind: "a GIF image"),
        Signature(offset: 8, bytes: ascii("WEBP"), kind: "a WebP image"),
        Signature(offset: 0, bytes: [0x49, 0x49, 0x2A, 0x00], kind: "a TIFF image"),
        Signature(offset: 0, bytes: [0x4D, 0x4D, 0x00, 0x2A], kind: "a TIFF image"),
        Signature(offset: 0, bytes: [0x00, 0x00, 0x01, 0x00], kind: "an icon"),
        Signature(offset: 4, bytes: ascii("ftypavif"), kind: "an AVIF image"),
        Signature(offset: 4, bytes: ascii("ftypheic"), kind: "a HEIC image"),
        Signature(offset: 4, bytes: ascii("ftyp"), kind: "an MP4 video"),
        Signature(offset: 0, bytes: ascii("%PDF-"), kind: "a PDF document"),
        Signature(offset: 0, bytes: [0x1F, 0x8B], kind: "gzip-compressed data (decompress it first)"),
        Signature(offset: 0, bytes: ascii("PK\u{03}\u{04}"), kind: "a ZIP archive (or a Word/EPUB file)"),
        Signature(offset: 0, bytes: ascii("PK\u{05}\u{06}"), kind: "an empty ZIP archive"),
        Signature(offset: 4, bytes: ascii("1AY&SY"), kind: "bzip2-compressed data (decompress it first)"),
        Signature(offset: 0, bytes: [0xFD] + ascii("7zXZ") + [0x00], kind: "xz-compressed data (decompress it first)"),
        Signature(offset: 0, bytes: [0x28, 0xB5, 0x2F, 0xFD], kind: "zstd-compressed data (decompress it first)"),
        Signature(offset: 0, bytes: ascii("7z") + [0xBC, 0xAF, 0x27, 0x1C], kind: "a 7-Zip archive"),
        Signature(offset: 0, bytes: ascii("Rar!\u{1A}\u{07}"), kind: "a RAR archive"),
        Signature(offset: 257, bytes: ascii("ustar"), kind: "a tar archive"),
        Signature(offset: 0, bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], kind: "an old Office document"),
        Signature(offset: 0, bytes: ascii("SQLite format 3") + [0x00], kind: "an SQLite database"),
        Signature(offset: 0, bytes: [0x7F] + ascii("ELF"), kind: "a program (ELF)"),
        Signature(offset: 0, bytes: [0x00] + ascii("asm"), kind: "a WebAssembly module"),
        Signature(offset: 0, bytes: ascii("OggS"), kind: "an Ogg media file"),
        Signature(offset: 0, bytes: ascii("fLaC"), kind: "a FLAC audio file"),
        Signature(offset: 0, bytes: ascii("ID3") + [0x03], kind: "an MP3 audio file"),
        Signature(offset: 0, bytes: ascii("ID3") + [0x04], kind: "an MP3 audio file"),
        Signature(offset: 0, bytes: ascii("wOFF"), kind: "a web font"),
        Signature(offset: 0, bytes: ascii("wOF2"), kind: "a web font"),
        Signature(offset: 0, bytes: ascii("WARC/"), kind: "a WARC archive (not read by extract)"),
    ]
}
