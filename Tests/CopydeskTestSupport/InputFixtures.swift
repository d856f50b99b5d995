import Foundation

/// Pages modelled on what news sites serve, for the input tests.
public enum InputFixtures {
    public static func page(charset: String? = "utf-8", title: String = "Wire copy", body: String) -> String {
        let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en"><head>\(meta)<title>\(title)</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <main><article>\(body)</article></main>
            <footer>© 2022 The Daily Observer</footer></body></html>
            """
    }

    /// The body of a wire story, as an outlet's CMS prints it.
    public static let storyParagraphs = [
        "NUR-SULTAN, Sept 14 (AFP) — Chinese President Xi Jinping arrived in Kazakhstan on Wednesday, on his first trip abroad since the start of the coronavirus pandemic more than two and a half years ago.",
        "Xi was met at the airport by Kazakh President Kassym-Jomart Tokayev, and the two leaders were due to hold talks later in the day, the Kazakh presidency said in a statement.",
        "“We will continue to firmly support Kazakhstan in defending its independence, sovereignty and territorial integrity,” Xi wrote in an article published in a Kazakh newspaper before the visit.",
        "From Kazakhstan, Xi is expected to travel to Uzbekistan for a summit of the Shanghai Cooperation Organisation, where he will meet Russian President Vladimir Putin.",
    ]

    public static var storyBody: String {
        "<h1>Xi visits Kazakhstan on first trip abroad since pandemic</h1>\n"
            + storyParagraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    public static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ]
    public static let pdf: [UInt8] = Array(
        "%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".utf8)
    /// "<p>hello</p>" gzip-compressed.
    public static let gzip: [UInt8] = [
        31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 179, 41, 176, 203, 72, 205, 201, 201, 183, 209, 47,
        176, 3, 0, 68, 251, 174, 210, 12, 0, 0, 0,
    ]
    public static let zip: [UInt8] =
        Array("PK".utf8) + [0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + Array(repeating: 0x41, count: 40)
    public static let jpeg: [UInt8] =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01] + Array(repeating: 0x20, count: 40)
}
