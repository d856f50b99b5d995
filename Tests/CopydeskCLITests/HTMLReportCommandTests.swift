import Foundation
import CopydeskTestSupport
import Testing

/// `copydesk compare --format html` as a user runs it: one self-contained file.
@Suite struct HTMLReportCommandTests {
    @Test func compareWritesOneSelfContainedPage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.\n\n“We lost everything,” said Rahima Begum."
                .utf8
        ).write(to: dir.appendingPathComponent("wire.txt"))
        try Data(
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, police said.\n\nRescuers <script>alert(1)</script> arrived."
                .utf8
        ).write(to: dir.appendingPathComponent("reprint.txt"))
        let result = try CLI.run(
            ["compare", "wire.txt", "reprint.txt", "--format", "html", "--output", "report.html"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("Rescuers &lt;script&gt;alert("))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("data-s=\"1.0\""))
    }

    @Test func dedupWritesTheClustersPageWithTexts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let story =
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said. The water came at night and families lost everything they owned. Rescue teams reached the district on Wednesday morning with boats and food."
        let lines = [
            #"{"id":"wire","outlet":"Wire","published":"2024-03-05","text":"\#(story)"}"#,
            #"{"id":"paper","outlet":"Daily <b>","published":"2024-03-06","text":"\#(story) Local schools stay closed."}"#,
            "{broken",
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("archive.jsonl"))
        let result = try CLI.run(
            ["dedup", "archive.jsonl", "--format", "html", "--output", "clusters.html", "--quiet"], in: dir)
        // The unreadable line makes the exit status 1, as for every format; the page is written all the same.
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.errorLines == [
                "copydesk: archive.jsonl:3: malformed JSON: expected a quoted member name at column 2"
            ])
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: dir.appendingPathComponent("clusters.html"), encoding: .utf8)
        #expect(html.contains("Reprinted copy: 1 cluster in 2 documents"))
        #expect(html.contains("Local schools stay closed."))  // the texts for the diff are embedded
        #expect(html.contains("Daily &lt;b&gt;"))
        #expect(html.contains("Could not be read (1)"))
        let bad = try CLI.run(
            ["dedup", "archive.jsonl", "--format", "html", "--output", "/nonexistent/x.html"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.errorLines == ["copydesk: /nonexistent/x.html: the folder /nonexistent does not exist; create it first."])
    }
}
