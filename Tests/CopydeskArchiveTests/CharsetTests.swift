import Testing

@testable import CopydeskArchive

/// Bytes of an HTML page: ASCII markup around `body`, with an optional `<meta charset>`.
private func page(meta: String?, _ body: [UInt8]) -> [UInt8] {
    let head = meta.map { "<html><head><meta charset=\"\($0)\"></head><body><p>" } ?? "<html><body><p>"
    return Array(head.utf8) + body + Array("</p></body></html>".utf8)
}

@Suite struct InputCharsetTests {
    let decoder = CharsetDecoder()

    // MARK: Labels

    @Test(arguments: [
        ("iso-8859-1", "windows-1252"), ("latin1", "windows-1252"), ("ascii", "windows-1252"),
        ("US-ASCII", "windows-1252"), ("  ISO_8859-1:1987 ", "windows-1252"), ("utf8", "UTF-8"),
        ("unicode-1-1-utf-8", "UTF-8"), ("gb2312", "GBK"), ("x-sjis", "Shift_JIS"),
        ("ks_c_5601-1987", "EUC-KR"), ("iso-8859-9", "windows-1254"), ("tis-620", "windows-874"),
        ("koi8", "KOI8-R"), ("big5-hkscs", "Big5"), ("utf-16", "UTF-16LE"),
    ])
    func whatwgLabelsMapAsBrowsersDo(label: String, name: String) {
        #expect(Charset(label: label)?.name == name)
    }

    @Test func unknownLabelsAreNotCharsets() {
        #expect(Charset(label: "utf-9") == nil)
        #expect(Charset(label: "") == nil)
    }

    // MARK: The meta prescan

    @Test func prescanReadsMetaCharset() {
        #expect(MetaCharsetPrescan.scan(Array("<meta charset='Latin1'>".utf8))?.charset == .windows1252)
        #expect(MetaCharsetPrescan.scan(Array("<META CHARSET=utf8>".utf8))?.charset == .utf8)
    }

    @Test func prescanReadsHTTPEquiv() {
        let html = #"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#
        #expect(MetaCharsetPrescan.scan(Array(html.utf8))?.charset?.name == "GBK")
    }

    @Test func prescanNeedsHTTPEquivForContent() {
        // A `content` with a charset counts only on a Content-Type pragma.
        #expect(MetaCharsetPrescan.scan(Array(#"<meta name="description" content="charset=koi8-r">"#.utf8)) == nil)
    }

    @Test func prescanSkipsCommentsAndOtherTags() {
        let html =
            #"<!-- <meta charset="koi8-r"> --><script data-x='<meta charset="big5">'></script><meta charset="iso-8859-2">"#
        #expect(MetaCharsetPrescan.scan(Array(html.utf8))?.charset?.name == "ISO-8859-2")
    }

    @Test func prescanStopsAfter1024Bytes() {
        let html = "<html><head>" + String(repeating: " ", count: 1100) + "<meta charset=\"koi8-r\">"
        #expect(MetaCharsetPrescan.scan(Array(html.utf8)) == nil)
    }

    @Test func prescanTurnsUTF16IntoUTF8() {
        // Bytes that reached an ASCII scan are not UTF-16, whatever the page says.
        #expect(MetaCharsetPrescan.scan(Array("<meta charset=utf-16>".utf8))?.charset == .utf8)
    }

    // MARK: Decoding

    @Test func validUTF8DecodesWithoutWarnings() {
        let decoded = decoder.decode(page(meta: "utf-8", Array("Café — “quoted”".utf8)))
        #expect(decoded.charset == .utf8)
        #expect(decoded.text.contains("Café — “quoted”"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func invalidUTF8LosesOnlyTheBadBytes() {
        let body = Array("Café — naïve ".utf8) + [0xFF] + Array(" résumé ".utf8) + [0xE2, 0x80] + Array(" end".utf8)
        let decoded = decoder.decode(page(meta: "utf-8", body))
        #expect(decoded.charset == .utf8)
        #expect(decoded.text.contains("Café — naïve \u{FFFD} résumé \u{FFFD} end"))
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.contains("replaced 2 invalid UTF-8 sequence(s)") == true)
    }

    @Test func windows1252WithoutDeclarationIsReadAsWindows1252() {
        // “Café” – 5 € in windows-1252 bytes, no charset anywhere.
        let body: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]
        let decoded = decoder.decode(page(meta: nil, body))
        #expect(decoded.charset == .windows1252)
        #expect(decoded.text.contains("“Café” – 5 €"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func latin1DeclarationMeansWindows1252() {
        let decoded = decoder.decode(page(meta: "iso-8859-1", [0x93, 0x48, 0x69, 0x94, 0x85]))
        #expect(decoded.charset == .windows1252)
        #expect(decoded.text.contains("“Hi”…"))
    }

    @Test func latin1DeclaredButUTF8BytesIsReadAsUTF8() {
        let decoded = decoder.decode(page(meta: "iso-8859-1", Array("Président — “déclaré”".utf8)))
        #expect(decoded.charset == .utf8)
        #expect(decoded.text.contains("Président — “déclaré”"))
        #expect(decoded.warnings == ["declared windows-1252 in <meta charset>, but the bytes are UTF-8: read as UTF-8"])
    }

    @Test func utf8DeclaredButWindows1252BytesIsReadAsWindows1252() {
        let decoded = decoder.decode(
            page(
                meta: "utf-8",
                Array("Pr".utf8) + [0xE9] + Array("sident ".utf8) + [0x96] + Array(" d".utf8) + [
                    0xE9, 0x63, 0x6C, 0x61, 0x72, 0xE9,
                ]))
        #expect(decoded.charset == .windows1252)
        #expect(decoded.text.contains("Président – déclaré"))
        #expect(
            decoded.warnings == ["declared UTF-8 in <meta charset>, but the bytes are not UTF-8: read as windows-1252"])
    }

    @Test func headerCharsetBeatsMeta() {
        let decoded = decoder.decode(page(meta: "utf-8", [0xE9, 0x74, 0xE9]), headerCharset: "ISO-8859-1")
        #expect(decoded.charset == .windows1252)
        #expect(decoded.text.contains("été"))
    }

    @Test func unknownLabelIsWarnedAboutAndIgnored() {
        let decoded = decoder.decode(page(meta: "utf-9", Array("Café".utf8)))
        #expect(decoded.charset == .utf8)
        #expect(decoded.warnings == ["unknown charset \"utf-9\" in <meta charset>, ignored"])
    }

    // MARK: Byte order marks

    @Test func utf8BOMWinsOverEveryDeclaration() {
        let decoded = decoder.decode(
            [0xEF, 0xBB, 0xBF] + page(meta: "koi8-r", Array("Привет".utf8)), headerCharset: "big5")
        #expect(decoded.charset == .utf8)
        #expect(decoded.text.hasPrefix("<html>"))
        #expect(decoded.text.contains("Привет"))
    }

    @Test(arguments: [true, false])
    func utf16BOMs(littleEndian: Bool) {
        let text = "<html><body><p>Ελλάδα — “news” 😀</p></body></html>"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let decoded = decoder.decode(bytes)
        #expect(decoded.charset == (littleEndian ? .utf16LE : .utf16BE))
        #expect(decoded.text == text)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf16WithoutBOMIsRecognised() {
        var bytes: [UInt8] = []
        for unit in "<html><body><p>A story told in UTF-16.</p></body></html>".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let decoded = decoder.decode(bytes)
        #expect(decoded.charset == .utf16LE)
        #expect(decoded.text.contains("A story told in UTF-16."))
        #expect(decoded.warnings.count == 1)
    }

    // MARK: Legacy charsets through iconv

    @Test(arguments: [
        ("gb2312", [0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xC2, 0xCE, 0xC5] as [UInt8], "中文新闻"),
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
        ("euc-kr", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
        ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
        ("iso-8859-7", [0xC5, 0xEB, 0xEB, 0xDC, 0xE4, 0xE1], "Ελλάδα"),
        ("latin2", [0xA3, 0xF3, 0x64, 0xBC], "Łódź"),
        ("iso-8859-9", [0xDD, 0x73, 0x74, 0x61, 0x6E, 0x62, 0x75, 0x6C], "İstanbul"),
    ])
    func legacyCharsets(label: String, bytes: [UInt8], text: String) {
        let decoded = decoder.decode(page(meta: label, bytes))
        #expect(decoded.charset == Charset(label: label))
        #expect(decoded.text.contains("<p>\(text)</p>"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func undefinedLegacyBytesAreReplacedOneByOne() {
        // 0x80 is not a GBK lead byte; the characters around it survive.
        let decoded = decoder.decode(page(meta: "gbk", [0xD6, 0xD0, 0x80, 0xCE, 0xC4]))
        #expect(decoded.text.contains("中\u{FFFD}文"))
        #expect(decoded.warnings == ["replaced 1 byte(s) that are not GBK with U+FFFD"])
    }

    /// An archived page: the archive's own banner and scripts push the page's `<meta>` past
    /// the first 1024 bytes, where the standard prescan stops.
    private func lateMetaPage(_ label: String, _ body: [UInt8]) -> [UInt8] {
        let banner = "<html><head><script>var banner = '" + String(repeating: "w", count: 1500) + "';</script>"
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(label)\"/></head><body><p>"
        return Array((banner + head).utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test func lateLegacyDeclarationIsFollowedWhenTheBytesAreNotUTF8() {
        // 省委 宣传部 in GB2312: not valid UTF-8, declared only after 1500 bytes of script.
        let decoded = decoder.decode(lateMetaPage("gb2312", [0xCA, 0xA1, 0xCE, 0xAF, 0xD0, 0xFB, 0xB4, 0xAB, 0xB2, 0xBF]))
        #expect(decoded.charset.name == "GBK")
        #expect(decoded.text.contains("<p>省委宣传部</p>"))
    }

    @Test func lateDeclarationDoesNotOverrideUTF8Bytes() {
        // The bytes are UTF-8 (中文); a late gb2312 declaration is not followed.
        let decoded = decoder.decode(lateMetaPage("gb2312", [0xE4, 0xB8, 0xAD, 0xE6, 0x96, 0x87]))
        #expect(decoded.charset == .utf8)
        #expect(decoded.text.contains("<p>中文</p>"))
    }

    @Test func lateDeclarationPastTheSecondWindowIsIgnored() {
        let far = "<html><body>" + String(repeating: "x", count: MetaCharsetPrescan.lateWindow)
            + "<meta charset=\"koi8-r\">"
        let decoded = decoder.decode(Array(far.utf8) + [0xF0, 0xD2, 0xC9])
        #expect(decoded.charset == .windows1252)
    }

    @Test func windows1252TableCoversC1Bytes() {
        #expect(Windows1252.decode([0x80, 0x85, 0x8A, 0x91, 0x92, 0x96, 0x97, 0x99, 0x9F]) == "€…Š‘’–—™Ÿ")
        // Browsers keep the five undefined bytes as the C1 controls of the same value.
        #expect(Windows1252.decode([0x81, 0x8D]).unicodeScalars.map(\.value) == [0x81, 0x8D])
        #expect(Windows1252.scalar(for: 0x96) == "–")
    }

    // MARK: The UTF-8 scan

    @Test func scanCountsMaximalIllFormedSubparts() {
        // E2 80 without its last byte is one bad sequence; ED A0 80 (a surrogate) is three.
        #expect(UTF8Scan([0x61, 0xE2, 0x80, 0x61]).invalid == 1)
        #expect(UTF8Scan([0xED, 0xA0, 0x80]).invalid == 3)
        #expect(UTF8Scan([0xC0, 0xAF]).invalid == 2)
        let ascii = UTF8Scan(Array("plain ascii text, long enough for the word loop".utf8))
        #expect(ascii.invalid == 0 && ascii.multibyte == 0)
        #expect(UTF8Scan(Array("é😀—".utf8)).multibyte == 3)
        // The same count as U+FFFDs the standard library writes.
        let bytes: [UInt8] = [0xF0, 0x9F, 0x98, 0x61, 0xFF, 0xC3, 0xA9, 0xE0, 0x80]
        let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        #expect(UTF8Scan(bytes).invalid == replaced)
    }
}
