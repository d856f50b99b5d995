import Foundation
import CopydeskTestSupport
import Testing

/// Every bad input of issue 2 through the binary: one clear line naming the input and the
/// reason, the other inputs still processed, exit 1 when any failed, never a crash or a hang.
@Suite struct ExtractBadInputTests {
    private func page(_ body: String = InputFixtures.storyBody, charset: String? = "utf-8") -> String {
        InputFixtures.page(charset: charset, body: body)
    }

    @Test func emptyFile() throws {
        let scratch = try Scratch()
        let path = try scratch.write("empty.html", [])
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines == ["copydesk: \(path): empty file"])
    }

    @Test(arguments: [
        ("logo.png", InputFixtures.png, "a PNG image"), ("report.pdf", InputFixtures.pdf, "a PDF document"),
        ("page.html.gz", InputFixtures.gzip, "gzip-compressed data (decompress it first)"),
    ])
    func binaryFile(name: String, bytes: [UInt8], kind: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write(name, bytes)
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1)
        #expect(result.errorLines == ["copydesk: \(path): binary file (\(kind)), not a web page or text"])
    }

    @Test func invalidUTF8LosesOnlyTheBadByte() throws {
        let scratch = try Scratch()
        let html = Array(page().utf8)
        // Break one byte inside "Kassym-Jomart": the rest of the page must stay intact.
        let target = Array("Kassym".utf8)
        let at = try #require(html.indices.first { html[$0...].starts(with: target) })
        var bytes = html
        bytes[at + 2] = 0xFF
        let path = try scratch.write("broken.html", bytes)
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ka\u{FFFD}sym-Jomart Tokayev"))
        #expect(result.stdout.contains("“We will continue to firmly support Kazakhstan"))
        #expect(
            result.errorLines == [
                "copydesk: warning: \(path): replaced 1 invalid UTF-8 sequence(s) with U+FFFD (first at byte \(at + 2))"
            ])
    }

    @Test func charsetDeclaredWrongly() throws {
        let scratch = try Scratch()
        // Declares latin1, is UTF-8 (curly quotes, dashes): read as UTF-8, with a warning.
        let path = try scratch.write("liar.html", page(charset: "iso-8859-1"))
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("NUR-SULTAN, Sept 14 (AFP) — Chinese President"))
        #expect(
            result.errorLines == [
                "copydesk: warning: \(path): declared windows-1252 in <meta charset>, but the bytes are UTF-8: read as UTF-8"
            ])
    }

    @Test func windows1252WithoutDeclaration() throws {
        let scratch = try Scratch()
        let text = InputFixtures.page(
            charset: nil,
            body: "<p>Le président a déclaré : « nous irons jusqu’au bout » – coût 5 €, dit-il à l’AFP.</p>"
                + "<p>Le gouvernement doit présenter son projet de loi la semaine prochaine devant les députés, "
                + "qui devront se prononcer avant la fin du mois sur le texte et sur les amendements déposés par "
                + "l’opposition, selon le calendrier publié mardi par la présidence de l’Assemblée nationale.</p>")
        let bytes = text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "’": 0x92
            case "–": 0x96
            case "€": 0x80
            case "©": 0xA9
            default: UInt8(scalar.value)  // Latin-1 and ASCII only in this page
            }
        }
        let path = try scratch.write("latin.html", bytes)
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains("Le président a déclaré : « nous irons jusqu’au bout » – coût 5 €, dit-il à l’AFP."))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [
        ("latin1", [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80] as [UInt8], "“Café” €"),
        ("gb2312", [0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xC2, 0xCE, 0xC5], "中文新闻"),
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
    ])
    func metaCharsetLabels(label: String, bytes: [UInt8], text: String) throws {
        let scratch = try Scratch()
        // The legacy bytes sit in a paragraph of their own beside an ASCII paragraph long enough to be a story.
        let head = "<html><head><meta charset=\"\(label)\"></head><body><article><p>"
        let story = "</p><p>" + InputFixtures.storyParagraphs.joined(separator: "</p><p>")
        let path = try scratch.write(
            "legacy.html", Array(head.utf8) + bytes + Array((story + "</p></article></body></html>").utf8))
        let result = try CLI.run(["extract", "--format", "jsonl", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"paragraphs\":[\"\(text)\","))
    }

    @Test(arguments: ["utf-8", "utf-16le", "utf-16be"])
    func byteOrderMarks(encoding: String) throws {
        let scratch = try Scratch()
        let text = page(charset: nil)
        var bytes: [UInt8]
        switch encoding {
        case "utf-8": bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "utf-16le": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        default: bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
        let path = try scratch.write("bom.html", bytes)
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("“We will continue to firmly support Kazakhstan"))
        #expect(result.stderr.isEmpty)
    }

    /// A sign-in page holds no article.
    static let loginPage = InputFixtures.page(
        title: "Sign in – The Daily Observer",
        body: """
            <div class="login"><h2>Sign in to continue reading</h2>
            <form action="/login" method="post"><label for="email">Email</label><input id="email" name="email" type="email">
            <label for="password">Password</label><input id="password" name="password" type="password">
            <button type="submit">Sign in</button></form>
            <div class="help"><a href="/forgot">Forgot your password?</a> · <a href="/register">Create an account</a></div></div>
            """)

    @Test func loginPageWithoutParagraphsGivesNoArticle() throws {
        let scratch = try Scratch()
        let path = try scratch.write("login.html", Self.loginPage)
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("copydesk: \(path): ") == true)
    }

    /// A sign-in page with two short `<p>`s of boilerplate holds no article: one line, status 1.
    @Test func loginPageWithBoilerplateParagraphsGivesNoArticle() throws {
        let scratch = try Scratch()
        let html = Self.loginPage.replacingOccurrences(
            of: "<div class=\"help\">",
            with:
                "<p class=\"note\">Subscribers get unlimited access to every story.</p><p>Need help? Call 0800 123 456.</p><div class=\"help\">"
        )
        let path = try scratch.write("signin.html", html)
        let result = try CLI.run(["extract", path])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("copydesk: \(path): ") == true)
    }

    @Test func hundredMegabytePage() throws {
        let scratch = try Scratch()
        let path = try scratch.write("huge.html", page())
        // Grow it to 100 MB without writing 100 MB: the size is what the reader checks first.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "copydesk: \(path): too large: 100 MB, over the limit of 50 MB (raise it with --max-bytes)"
            ])
    }

    @Test func maxBytesIsAFlag() throws {
        let scratch = try Scratch()
        let path = try scratch.write("story.html", page())
        let refused = try CLI.run(["extract", "--max-bytes", "1K", path])
        #expect(refused.status == 1)
        #expect(refused.errorLines.first?.contains("over the limit of 1 KB") == true)
        #expect(try CLI.run(["extract", "--max-bytes", "1M", path]).status == 0)
    }

    @Test(arguments: ["div", "b"])
    func hundredThousandNestedTags(tag: String) throws {
        let scratch = try Scratch()
        let nested =
            String(repeating: "<\(tag)>", count: 100_000) + InputFixtures.storyBody
            + (tag == "div" ? String(repeating: "</div>", count: 100_000) : "")
        let path = try scratch.write("deep.html", page(nested))
        let result = try CLI.run(["extract", path])
        #expect(!result.crashed)
        // An article, or one line saying why not; never libxml2's own messages.
        #expect(result.status == 0 || (result.status == 1 && result.errorLines.count == 1))
        #expect(!result.stderr.contains("parser error") && !result.stderr.contains("HTML parser"))
        if result.status == 0 { #expect(result.stdout.contains("Xi Jinping arrived in Kazakhstan")) }
    }

    @Test func missingFile() throws {
        let scratch = try Scratch()
        let path = scratch.path("missing.html")
        let result = try CLI.run(["extract", path])
        #expect(result.status == 1)
        #expect(result.errorLines == ["copydesk: \(path): no such file or directory"])
    }

    @Test func unreadableFile() throws {
        let scratch = try Scratch()
        chmod(scratch.path, 0o755)
        let path = try scratch.write("locked.html", page())
        chmod(path, 0)
        let result: CLI.Result
        if geteuid() != 0 {
            result = try CLI.run(["extract", path])
        } else if let unprivileged = try Unprivileged.command(scratch: scratch) {
            // Root reads any file: run as nobody, for whom mode 000 means what it says.
            result = try CLI.run(unprivileged.arguments + ["extract", path], program: unprivileged.program)
        } else {
            // No way to drop privileges here: a file that opens but fails to read instead.
            let proc = try CLI.run(["extract", "/proc/self/mem"])
            #expect(proc.status == 1)
            #expect(proc.errorLines == ["copydesk: /proc/self/mem: cannot read: input/output error"])
            return
        }
        #expect(result.status == 1)
        #expect(result.errorLines == ["copydesk: \(path): permission denied"])
    }

    @Test func fifoWithoutWriterDoesNotHang() throws {
        let scratch = try Scratch()
        let path = scratch.path("pipe.html")
        try #require(mkfifo(path, 0o644) == 0)
        let result = try CLI.run(["extract", path], limit: 10)
        #expect(!result.crashed)
        #expect(result.errorLines == ["copydesk: \(path): empty file"])
    }

    @Test func symlinkLoopInADirectory() throws {
        let scratch = try Scratch()
        try scratch.write("site/a.html", page())
        try scratch.write("site/world/b.txt", InputFixtures.storyParagraphs.joined(separator: "\n\n"))
        try scratch.link("site/world/again", to: "..")
        let result = try CLI.run(["extract", "--format", "jsonl", scratch.path("site")])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(
            result.errorLines == [
                "copydesk: warning: \(scratch.path("site/world/again")): symbolic link loop back to \(scratch.path("site")), not followed"
            ])
    }

    @Test func mixedGoodAndBadInputs() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.html", page())
        let empty = try scratch.write("empty.html", [])
        let missing = scratch.path("missing.html")
        let image = try scratch.write("photo.html", InputFixtures.png)
        let text = try scratch.write("dump.txt", InputFixtures.storyParagraphs.joined(separator: "\n\n"))
        let result = try CLI.run([
            "extract", "--format", "json", good, empty, missing, image, text, "ftp://example.com/x",
        ])
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "copydesk: \(empty): empty file",
                "copydesk: \(missing): no such file or directory",
                "copydesk: \(image): binary file (a PNG image), not a web page or text",
                "copydesk: ftp://example.com/x: unsupported URL scheme \"ftp\": only http:// and https:// addresses are fetched",
            ])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { $0["source"] as? String } == [good, text])
    }
}

/// How to run the binary as an unprivileged user, when root runs the tests.
enum Unprivileged {
    /// `setpriv` arguments that make the next program run as nobody, or `nil` when that cannot
    /// run the binary (no setpriv, or the build folder is closed to others).
    static func command(scratch: Scratch) throws -> (program: URL, arguments: [String])? {
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path) else { return nil }
        let drop = ["--reuid=65534", "--regid=65534", "--clear-groups"]
        if try CLI.run(drop + [CLI.executable.path, "--help"], program: setpriv).status == 0 {
            return (setpriv, drop + [CLI.executable.path])
        }
        // The build folder may sit where nobody cannot reach (under /root): use a copy.
        let copy = scratch.path("copydesk-bin")
        try FileManager.default.copyItem(atPath: CLI.executable.path, toPath: copy)
        chmod(copy, 0o755)
        if try CLI.run(drop + [copy, "--help"], program: setpriv).status == 0 {
            return (setpriv, drop + [copy])
        }
        return nil
    }
}
