import Foundation
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
}
