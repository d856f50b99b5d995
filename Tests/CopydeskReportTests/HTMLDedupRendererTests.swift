import CopydeskDedup
import CopydeskReport
import Foundation
import Testing

/// The clusters page of a small archive: a wire story with two reprints, a hostile pair whose
/// metadata and text are markup, and an unreadable line.
@Suite struct HTMLDedupRendererTests {
    static let wire = [
        "The World Health Organization on Monday declared the mpox outbreak in central Africa a public health emergency of international concern, its highest level of alert.",
        "The decision follows a surge of cases in the Democratic Republic of Congo, where more than 15,600 cases and 537 deaths have been reported this year.",
        "The new strain, known as clade Ib, has spread to Burundi, Kenya, Rwanda and Uganda, countries that had not reported mpox before.",
        "Vaccines exist but supplies in Africa are scarce, and officials said about 10 million doses would be needed to contain the outbreak.",
    ]
    static let hostile = [
        "The council banned <script>alert(1)</script> and <img src=x onerror=alert(2)> from its website on Monday after a long debate.",
        "A payload </script><script>alert(3)</script> had been hidden in a press release for three weeks, officials told reporters.",
        "Residents were warned about a link reading javascript:alert(4) that circulated widely on social media last week.",
    ]

    struct Archive {
        let folder: URL
        let path: String
        let result: DedupResult
    }

    static func archive() throws -> Archive {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "copydesk-dedup-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func line(_ fields: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let lines = [
            try line([
                "id": "wire-1", "outlet": "Global Wire", "published": "2024-08-14", "title": "Mpox emergency",
                "text": wire.joined(separator: "\n\n"),
            ]),
            try line([
                "id": "daily-2", "outlet": "Morning Ledger", "published": "2024-08-15", "title": "WHO: mpox",
                "text": wire.joined(separator: "\n\n"),
            ]),
            try line([
                "id": "herald-3", "outlet": "Lakeside Herald", "published": "2024-08-15", "title": "Mpox",
                "text": wire.prefix(3).joined(separator: "\n\n"),
            ]),
            try line([
                "id": "x\"><script>alert(5)</script>", "outlet": "<b onmouseover=alert(6)>Evil</b>",
                "published": "2024-03-15", "title": "</title><script>alert(7)</script>",
                "text": hostile.joined(separator: "\n\n"),
            ]),
            try line([
                "id": "copy' onfocus='alert(8)", "outlet": "\" onclick=\"alert(9)", "published": "2024-03-16",
                "title": "Copy", "text": hostile.joined(separator: "\n\n"),
            ]),
            "{not json",
        ]
        let path = folder.appendingPathComponent("archive.jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var options = DedupOptions()
        options.threads = 1
        return Archive(folder: folder, path: path, result: try Deduplicator(options: options).run([path]))
    }

    /// Built once for the suite: dedup in a debug build takes a moment.
    static let shared = Result { try archive() }

    func dataBlock(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let block = String(html[start.upperBound..<end.lowerBound])
        #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
        return try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
    }

    @Test func clustersLargestFirstWithTextsAndNothingAsMarkup() throws {
        let archive = try Self.shared.get()
        let renderer = DedupHTMLRenderer()
        let wanted = renderer.textsWanted(archive.result)
        #expect(wanted.count == 5)
        let texts = ClusterTexts.load([archive.path], catalog: archive.result.catalog, wanted: wanted)
        #expect(texts.count == 5)
        let html = renderer.render(archive.result, texts: texts)

        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.contains("http-equiv=\"Content-Security-Policy\""))
        let markup = try #require(html.components(separatedBy: "id=\"report-data\">").first)
        for raw in [
            "<script>alert", "<img src=x", "<b onmouseover", "\" onclick=\"alert(9)", "' onfocus='alert(8)",
            "</title><script>",
        ] {
            #expect(!markup.contains(raw), "raw \(raw)")
        }
        #expect(html.contains("&quot; onclick=&quot;alert(9)"))  // the outlet table, escaped
        #expect(html.contains("{not json") == false)
        #expect(html.contains("Could not be read (1)"))

        let data = try dataBlock(html)
        let clusters = try #require(data["clusters"] as? [[Any]])
        #expect(clusters.map { ($0.count - 2) / 3 + 1 } == [3, 2])
        let docs = try #require(data["docs"] as? [[Any]])
        let representative = try #require(clusters.first?[1] as? Int)
        #expect(docs[representative].first as? String == "wire-1")
        let embedded = try #require(data["texts"] as? [Any])
        #expect(embedded.count == docs.count)
        #expect(embedded.allSatisfy { $0 is String })
        #expect(embedded.contains { ($0 as? String)?.contains("</script><script>alert(3)</script>") == true })
        #expect(data["relations"] as? [String] == ["identical", "near_duplicate", "contained", "contains"])
    }

    @Test func textBudgetKeepsTheLargestClustersAndSaysSo() throws {
        let archive = try Self.shared.get()
        var renderer = DedupHTMLRenderer()
        renderer.textBudget = 2_000
        let wanted = renderer.textsWanted(archive.result)
        #expect(wanted.count == 3)
        let texts = ClusterTexts.load([archive.path], catalog: archive.result.catalog, wanted: wanted)
        let html = renderer.render(archive.result, texts: texts)
        #expect(html.contains("smaller clusters list their members without diffs"))
        let embedded = try #require(try dataBlock(html)["texts"] as? [Any])
        #expect(embedded.filter { $0 is String }.count == 3)
        #expect(embedded.filter { $0 is NSNull }.count == 2)
    }

    @Test func textsAreLeftOutWhenTheInputChangedOrCannotBeReadAgain() throws {
        let archive = try Self.shared.get()
        let wanted = DedupHTMLRenderer().textsWanted(archive.result)
        #expect(ClusterTexts.load(["-"], catalog: archive.result.catalog, wanted: wanted).isEmpty)
        // Another archive read in its place: ids no longer match, so no text is shown against the wrong entry.
        let changed = archive.folder.appendingPathComponent("changed.jsonl")
        try Data("{\"id\":\"other\",\"text\":\"Something else entirely, written later.\"}\n".utf8).write(to: changed)
        #expect(ClusterTexts.load([changed.path], catalog: archive.result.catalog, wanted: wanted).isEmpty)
        let html = DedupHTMLRenderer().render(
            archive.result, texts: [:], textNote: "Standard input cannot be read twice.")
        #expect(html.contains("Standard input cannot be read twice."))
    }

    @Test func anArchiveWithoutReprints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "copydesk-dedup-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("one.jsonl").path
        try Data("{\"id\":\"a\",\"text\":\"Only one story here, about the harbour strike and its end.\"}\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let html = DedupHTMLRenderer().render(try Deduplicator().run([path]), texts: [:])
        #expect(html.contains("Reprinted copy: 0 clusters in 1 document"))
        #expect(try dataBlock(html)["clusters"] as? [Any] != nil)
    }
}
