import Foundation
import CopydeskTestSupport
import Testing

/// `-o`/`--output` as a user types it: the file's extension chooses the format, a folder or a
/// missing folder gets one plain line, and a written report is announced on standard error.
@Suite struct ReportOutputTests {
    static let wire = """
        Dock workers at the port of Halden walked out on Tuesday after talks on pay and automation broke down, the union said.

        "We did not want this strike," said union leader Marit Haugen. "The company left us no choice."

        At least 14 cargo ships were waiting at anchor outside the harbour on Tuesday evening.
        """
    static let reprint = """
        Dock workers at the port of Halden walked out on Tuesday after talks on wages and automation broke down, the union said.

        "We did not want this strike," said union leader Marit Haugen.

        The regional council called on both sides to return to the table.
        """

    static func scratch() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("wire.txt", wire)
        try scratch.write("reprint.txt", reprint)
        return scratch
    }

    static func line(_ id: String, outlet: String, _ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return #"{"id":"\#(id)","outlet":"\#(outlet)","text":"\#(escaped)"}"#
    }

    @Test(arguments: [
        ("report.html", "<!DOCTYPE html>"), ("report.HTM", "<!DOCTYPE html>"), ("report.md", "# Coverage of 2 sources"),
        ("report.json", "{"),
    ])
    func compareChoosesTheFormatByExtension(name: String, opening: String) throws {
        let scratch = try Self.scratch()
        let result = try CLI.run(["compare", "wire.txt", "reprint.txt", "-o", name], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: scratch.path(name), encoding: .utf8)
        #expect(written.hasPrefix(opening))
        let announced = try #require(result.errorLines.last)
        #expect(announced.hasPrefix("wrote \(name) (2 sources, "))
        #expect(announced.hasSuffix(" quotes)") || announced.hasSuffix(" quote)"))
    }

    @Test func aTextFileGetsTheReportPeopleRead() throws {
        let scratch = try Self.scratch()
        let compare = try CLI.run(["compare", "wire.txt", "reprint.txt", "-o", "report.txt"], in: scratch.url)
        #expect(compare.status == 0, "\(compare.stderr)")
        let text = try String(contentsOfFile: scratch.path("report.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Coverage of 2 sources"))
        #expect(!text.contains("\u{1B}"))  // no colour in a file
        let dedup = try CLI.run(["dedup", "--quiet", "wire.txt", "reprint.txt", "-o", "clusters.txt"], in: scratch.url)
        #expect(dedup.status == 0, "\(dedup.stderr)")
        #expect(try String(contentsOfFile: scratch.path("clusters.txt"), encoding: .utf8).hasPrefix("2 documents"))
    }

    @Test func anExplicitFormatWinsOverANameThatAsksForNothing() throws {
        let scratch = try Self.scratch()
        let markdown = try CLI.run(
            ["compare", "wire.txt", "reprint.txt", "--format", "markdown", "-o", "report.txt"], in: scratch.url)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(try String(contentsOfFile: scratch.path("report.txt"), encoding: .utf8).hasPrefix("# Coverage"))
        // A name that asks for nothing keeps the default (JSON when not on a terminal).
        let plain = try CLI.run(["compare", "wire.txt", "reprint.txt", "-o", "report"], in: scratch.url)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try String(contentsOfFile: scratch.path("report"), encoding: .utf8).hasPrefix("{"))
        // Agreeing is fine.
        let same = try CLI.run(
            ["compare", "wire.txt", "reprint.txt", "--format", "html", "-o", "same.html"], in: scratch.url)
        #expect(same.status == 0, "\(same.stderr)")
    }

    @Test(arguments: [
        (["compare", "wire.txt", "reprint.txt", "--format", "json", "-o", "report.html"], "disagree"),
        (["compare", "wire.txt", "reprint.txt", "-o", "report.csv"], "compare cannot write csv"),
        (["compare", "wire.txt", "reprint.txt", "-o", "report.jsonl"], "compare cannot write jsonl"),
        (["dedup", "archive.jsonl", "--format", "csv", "-o", "clusters.html"], "disagree"),
        (["dedup", "archive.jsonl", "-o", "clusters.md"], "dedup cannot write markdown"),
    ])
    func aConflictingPairIsAUsageError(arguments: [String], message: String) throws {
        let scratch = try Self.scratch()
        try scratch.write("archive.jsonl", Self.line("a", outlet: "Wire", Self.wire) + "\n")
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: copydesk"))
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(Set(left) == ["wire.txt", "reprint.txt", "archive.jsonl"], "nothing written: \(left)")
    }

    @Test(arguments: [("clusters.csv", "id,source,cluster"), ("clusters.jsonl", "{\"id\":"), ("clusters.html", "<!DOCTYPE html>")])
    func dedupChoosesTheFormatByExtension(name: String, opening: String) throws {
        let scratch = try Self.scratch()
        let lines = [
            Self.line("wire-1", outlet: "Wire", Self.wire), Self.line("paper-1", outlet: "Daily", Self.wire),
            Self.line("other", outlet: "Radio", Self.reprint + " The ferry also stopped running."),
        ]
        try scratch.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try CLI.run(["dedup", "archive.jsonl", "-o", name], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: scratch.path(name), encoding: .utf8).hasPrefix(opening))
        #expect(result.errorLines.last?.hasPrefix("wrote \(name) (3 documents, ") == true, "\(result.stderr)")
        let quiet = try CLI.run(["dedup", "archive.jsonl", "--quiet", "-o", name], in: scratch.url)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test(arguments: ["compare", "dedup"])
    func aFolderOrAMissingFolderGetsOnePlainLine(command: String) throws {
        let scratch = try Self.scratch()
        try scratch.write("archive.jsonl", Self.line("a", outlet: "Wire", Self.wire) + "\n")
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let inputs = command == "compare" ? ["wire.txt", "reprint.txt"] : ["archive.jsonl", "--quiet"]
        for (target, expected) in [
            ("reports", "copydesk: reports is a folder; name a file for the report, such as reports/report.html."),
            ("reports/", "copydesk: reports/ is a folder; name a file for the report, such as reports/report.html."),
            ("missing/r.html", "copydesk: missing/r.html: the folder missing does not exist; create it first."),
            ("wire.txt/r.html", "copydesk: wire.txt/r.html: wire.txt is not a folder."),
        ] {
            let result = try CLI.run([command] + inputs + ["-o", target], in: scratch.url)
            #expect(result.status == 1)
            #expect(result.errorLines == [expected])
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
        // Nothing was left behind, in the folder or beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path("reports"))
        #expect(left.isEmpty)
    }

    @Test func compareTakesTheLinesOfAJSONLArchiveAsItsSources() throws {
        let scratch = try Self.scratch()
        let lines = [
            Self.line("wire-1", outlet: "Harbour Wire", Self.wire), Self.line("paper-1", outlet: "Coast Daily", Self.reprint),
            Self.line("radio-1", outlet: "Fjord Radio", Self.reprint + " The ferry to the islands also stopped."),
        ]
        try scratch.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let all = try CLI.run(["compare", "archive.jsonl", "--format", "json"], in: scratch.url)
        #expect(all.status == 0, "\(all.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.map { $0["outlet"] as? String } == ["Harbour Wire", "Coast Daily", "Fjord Radio"])

        let picked = try CLI.run(
            ["compare", "archive.jsonl", "--ids", "radio-1, wire-1", "--format", "json"], in: scratch.url)
        #expect(picked.status == 0, "\(picked.stderr)")
        let pickedRoot = try #require(
            try JSONSerialization.jsonObject(with: Data(picked.stdout.utf8)) as? [String: Any])
        let pickedSources = try #require(pickedRoot["sources"] as? [[String: Any]])
        #expect(pickedSources.map { $0["outlet"] as? String } == ["Fjord Radio", "Harbour Wire"])

        let unknown = try CLI.run(["compare", "archive.jsonl", "--ids", "wire-1,nope"], in: scratch.url)
        #expect(unknown.status == 1)
        #expect(unknown.errorLines == ["copydesk: archive.jsonl has no line with the id nope."])

        let stray = try CLI.run(["compare", "wire.txt", "reprint.txt", "--ids", "wire-1"], in: scratch.url)
        #expect(stray.status == 2)
        #expect(stray.stderr.contains("--ids picks lines of a JSONL archive"))
    }

    @Test func aLargeArchiveWithoutIdsIsRefusedWithTheWayOut() throws {
        let scratch = try Self.scratch()
        let lines = (1...25).map { Self.line("story-\($0)", outlet: "Outlet \($0)", Self.wire) }
        try scratch.write("big.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try CLI.run(["compare", "big.jsonl", "--format", "json"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains("big.jsonl holds more than 20 articles"))
        #expect(result.stderr.contains("--ids"))
    }
}
