import Foundation
import CopydeskTestSupport
import Testing

/// `copydesk compare` as a user runs it, on two small plain-text articles written here.
@Suite struct CompareCommandTests {
    static let wire = """
        Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.

        “The water came at night and we lost everything,” said Rahima Begum, a farmer in Sylhet.
        """
    static let reprint = """
        Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.

        Rescue teams reached the area on Wednesday.
        """

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(Self.wire.utf8).write(to: url.appendingPathComponent("wire.txt"))
        try Data(Self.reprint.utf8).write(to: url.appendingPathComponent("reprint.txt"))
        return url
    }

    @Test func jsonOnAPipeKeepsTheSourcesInTheOrderGiven() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["compare", "reprint.txt", "wire.txt", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.map { $0["input"] as? String } == ["reprint.txt", "wire.txt"])
        let sentences = try #require(root["sentences"] as? [[String: Any]])
        #expect(sentences.first?["class"] as? String == "verbatim")
    }

    @Test func standardInputAndAFileAndTheOutputOption() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(
            ["compare", "-", "wire.txt", "--format", "markdown", "--output", "report.md"],
            stdin: Data(Self.reprint.utf8), in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Coverage of 2 sources"))
    }

    @Test func terminalFormatWhenPipedHasNoColour() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["compare", "wire.txt", "reprint.txt", "--format", "terminal"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Coverage of 2 sources"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test(arguments: [
        (["compare", "wire.txt"], "2 to 20 sources"),
        (["compare", "-", "-"], "standard input (-) can be given only once"),
        (["compare", "wire.txt", "missing.txt"], "missing.txt"),
    ])
    func badInvocationsSayWhatIsWrongInOneLine(arguments: [String], message: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(arguments, stdin: Data(), in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func twentyOneSourcesAreRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["compare"] + Array(repeating: "wire.txt", count: 21), in: dir)
        #expect(result.status != 0)
        #expect(result.stderr.contains("got 21"))
    }
}
