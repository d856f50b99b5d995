import Foundation
import CopydeskTestSupport
import Testing

/// `copydesk reuse` through the binary: the JSONL keys and offsets, unreadable items, the HTML
/// page's safety, the summary, and usage errors.
@Suite("copydesk reuse")
struct ReuseCommandTests {
    /// A folder of its own for one test's files.
    struct Folder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-reuse-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    static func line(_ fields: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    static func rows(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    static func archive() throws -> (lines: [String], council: String) {
        let council = ReuseFixtures.quoting(ReuseFixtures.councilStory).text
        let lines = [
            try line(["id": "wire", "text": ReuseFixtures.agency, "published": "2026-04-02", "outlet": "Agency"]),
            try line(["id": "council", "text": council, "published": "2026-04-03"]),
            "{ this line is not JSON",
            try line(["id": "football", "text": ReuseFixtures.footballStory.joined(separator: "\n\n")]),
        ]
        return (lines, council)
    }

    @Test func jsonlHasOneLinePerAlignedPairWithExactlyTheKeysAndAnErrorLinePerUnreadableItem() throws {
        let folder = try Folder()
        let (lines, council) = try Self.archive()
        let path = try folder.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try CLI.run(["reuse", "--format", "jsonl", path])
        #expect(result.status == 1)  // one item could not be read
        let rows = Self.rows(result.stdout)
        #expect(rows.count == 2)
        let pair = try #require(rows.first)
        #expect(Set(pair.keys) == ["a", "b", "a_start", "a_end", "b_start", "b_end", "similarity", "passage"])
        #expect(pair["a"] as? String == "wire")
        #expect(pair["b"] as? String == "council")
        #expect(pair["passage"] as? Int == 1)
        #expect(pair["similarity"] as? Double == 1)
        // The offsets index the text exactly as the line gave it, in Unicode scalars.
        let start = try #require(pair["b_start"] as? Int)
        let end = try #require(pair["b_end"] as? Int)
        let scalars = Array(council.unicodeScalars)
        let copy = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(ReuseFixtures.wire.hasPrefix(copy))
        #expect(copy.count == ReuseFixtures.wire.count - 1)
        let failure = rows[1]
        #expect(Set(failure.keys) == ["id", "source", "error"])
        #expect(failure["source"] as? String == "\(path):3")
        #expect(result.stderr.contains("\(path):3"))
    }

    @Test func htmlPageIsSelfContainedAndEscapesArticleText() throws {
        let folder = try Folder()
        let hostile = "<script>alert(1)</script> "
        let text = hostile + ReuseFixtures.wire
        let lines = [
            try Self.line(["id": "wire", "text": ReuseFixtures.agency]),
            try Self.line(["id": "<b>host</b>", "text": text]),
        ]
        let path = try folder.write("archive.jsonl", lines.joined(separator: "\n"))
        let result = try CLI.run(["reuse", "--format", "html", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Content-Security-Policy"))
        #expect(result.stdout.contains("default-src &#39;none&#39;"))
        #expect(!result.stdout.contains("<b>host</b>"))
        #expect(result.stdout.contains("&lt;b&gt;host&lt;/b&gt;"))
        #expect(!result.stdout.contains("alert(1)</script>"))
        #expect(result.stdout.contains("Passage 1: in 2 documents"))
        #expect(result.stdout.contains("castlemoor") || result.stdout.contains("Castlemoor"))
    }

    @Test func summaryNamesTheEarliestDocumentOfEachPassage() throws {
        let folder = try Folder()
        let (lines, _) = try Self.archive()
        let path = try folder.write("archive.jsonl", lines.joined(separator: "\n"))
        let result = try CLI.run(["reuse", "--format", "summary", path])
        // Regression: the passage's opening was cut with an unbounded limit added to an offset,
        // which overflowed and killed the process before anything was printed.
        #expect(result.status == 1)
        #expect(result.stdout.contains("4 documents, 1 reused passages, 1 aligned pairs"))
        #expect(result.stdout.contains("earliest: wire, Agency, 2026-04-02"))
        #expect(result.stdout.contains("1 items could not be read"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try CLI.run(["reuse", "--min-words", "0", "x.jsonl"])
        #expect(result.status == 2)
        let seeds = try CLI.run(["reuse", "--seed-words", "20", "x.jsonl"])
        #expect(seeds.status == 2)
    }
}
