import Testing

@testable import CopydeskReport

/// The two walls of the HTML reports: the one escape every article byte goes through, and the
/// SHA-256 digests the Content-Security-Policy allows the inline blocks by.
@Suite struct HTMLSafetyTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SHA256.hex(SHA256.digest(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            SHA256.hex(SHA256.digest(million)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sha256AtEveryPaddingBoundary() {
        // 55, 56 and 64 bytes cross the one-block / two-block padding edge.
        #expect(
            SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 55)))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 56)))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(
            SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 64)))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func base64AsTheCSPWantsIt() {
        #expect(SHA256.base64(Array("".utf8)) == "")
        #expect(SHA256.base64(Array("f".utf8)) == "Zg==")
        #expect(SHA256.base64(Array("fo".utf8)) == "Zm8=")
        #expect(SHA256.base64(Array("foo".utf8)) == "Zm9v")
        #expect(SHA256.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(SHA256.cspSource(for: "abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
    }

    @Test func escapeCoversTextAndAttributeValues() {
        #expect("<script>alert(1)</script>".htmlEscaped() == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(#"" onmouseover="x"#.htmlEscaped() == "&quot; onmouseover=&quot;x")
        #expect("' onfocus='x".htmlEscaped() == "&#39; onfocus=&#39;x")
        #expect("Q&A &amp;".htmlEscaped() == "Q&amp;A &amp;amp;")
        #expect("a\u{0}b\u{1B}c\u{85}d\te\nf".htmlEscaped() == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\nf")
        #expect("Nur-Sultan — 努尔苏丹 👍".htmlEscaped() == "Nur-Sultan — 努尔苏丹 👍")
    }

    @Test func pageWritesDataOnlyThroughTheEscape() {
        var page = HTMLPage()
        page.element("p", ["class": "x\" onclick=\"y", "title": nil], text: "<b>bold</b>")
        #expect(page.body == "<p class=\"x&quot; onclick=&quot;y\">&lt;b&gt;bold&lt;/b&gt;</p>")
    }

    @Test func documentHashesExactlyItsInlineBlocks() throws {
        let html = HTMLPage.document(
            title: "</title><script>x</script>", style: "body{}", script: "let a=1;", data: "{}", body: "<p>x</p>")
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"))
        #expect(html.contains("script-src " + SHA256.cspSource(for: "let a=1;").htmlEscaped()))
        #expect(html.contains("style-src " + SHA256.cspSource(for: "body{}").htmlEscaped()))
        #expect(html.contains("default-src &#39;none&#39;"))
        #expect(!html.contains("unsafe-inline"))
        #expect(html.contains("<style>body{}</style>"))
        #expect(html.contains("<script>let a=1;</script>"))
    }

    @Test func embeddedStyleAndScriptCannotCloseTheirBlocks() {
        for resource in [
            HTMLResources.pageStyle, HTMLResources.coverageStyle, HTMLResources.wordDiffScript,
            HTMLResources.coverageScript,
        ] {
            #expect(!resource.isEmpty)
            #expect(!resource.lowercased().contains("</style"))
            #expect(!resource.lowercased().contains("</script"))
            #expect(!resource.contains("innerHTML"))
            #expect(!resource.contains("insertAdjacentHTML"))
            #expect(!resource.contains("document.write"))
            #expect(!resource.contains("eval("))
        }
    }
}
