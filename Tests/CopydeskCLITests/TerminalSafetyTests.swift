import Foundation
import CopydeskTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What reaches a terminal from a page or a file name is text, never a control sequence; and a
/// report file is replaced whole or not at all.
@Suite struct TerminalSafetyTests {
    /// A story whose text carries a title change, a screen clear and a clipboard write (OSC 52),
    /// as a hostile page can.
    static let hostile = """
        Harbour \u{1B}]0;owned\u{07}fees rise

        The port authority raised mooring fees \u{1B}[2J\u{1B}]52;c;c2VjcmV0\u{07} by a fifth on Monday, citing the cost \
        of dredging the channel after two winters of silt.

        Fishing crews said the rise would fall hardest on small boats \u{9B}31m that land their catch daily.
        """

    static let plain = """
        The port authority raised mooring fees by a fifth on Monday, citing the cost of dredging the \
        channel after two winters of silt.

        Fishing crews said the rise would fall hardest on small boats that land their catch daily.
        """

    func folder() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("hostile.txt", Self.hostile)
        try scratch.write("plain.txt", Self.plain)
        return scratch
    }

    func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func humanReadableOutputsShowControlsAsEscapes() throws {
        let scratch = try folder()
        let hostile = scratch.path("hostile.txt")
        let plain = scratch.path("plain.txt")
        let runs: [[String]] = [
            ["extract", hostile],
            ["similarity", hostile, plain],
            ["compare", "--format", "terminal", hostile, plain],
            ["compare", "--format", "markdown", hostile, plain],
            ["dedup", "--format", "summary", hostile, plain],
        ]
        for arguments in runs {
            let result = try CLI.run(arguments)
            #expect(!result.crashed)
            #expect(!hasControls(result.stdout), "\(arguments[0]) printed a control character")
            #expect(!hasControls(result.stderr))
        }
        let extracted = try CLI.run(["extract", hostile]).stdout
        #expect(extracted.contains("\\x1B]52;c;c2VjcmV0\\x07"))
        #expect(extracted.contains("\\x9B31m"))
    }

    @Test func jsonStillCarriesTheTextAsItIs() throws {
        let scratch = try folder()
        let result = try CLI.run(["extract", "--format", "json", scratch.path("hostile.txt")])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["text"] as? String)?.contains("\u{1B}[2J") == true)
        #expect(!hasControls(result.stdout))
    }

    /// A file name with a newline cannot add a line of its own to standard error.
    @Test func aFileNameCannotForgeAMessage() throws {
        let scratch = try Scratch()
        let name = "story\ncopydesk: all inputs read.txt"
        try scratch.write(name, "")
        for arguments in [["extract", scratch.path(name)], ["dedup", "--format", "jsonl", scratch.path(name)]] {
            let result = try CLI.run(arguments)
            #expect(result.errorLines.count == 1, "\(result.stderr)")
            #expect(result.errorLines.first?.contains("story\\x0Acopydesk: all inputs read.txt") == true)
            #expect(result.status == 1)
        }
    }

    /// `dedup -o FILE` killed in the middle leaves FILE as it was; a finished run replaces it.
    @Test func aKilledDedupLeavesTheOldReport() throws {
        let scratch = try Scratch()
        let report = scratch.path("clusters.jsonl")
        try scratch.write("clusters.jsonl", "the report of yesterday\n")
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["dedup", "--format", "jsonl", "--quiet", "-o", report, "-"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Dedup waits for the rest of standard input: the report is being made, not yet written.
        input.fileHandleForWriting.write(Data("{\"id\":\"a\",\"text\":\"\(Self.plain)\"}\n".utf8))
        usleep(300_000)
        #expect(process.isRunning)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "the report of yesterday\n")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "the report of yesterday\n")

        let story = "{\"id\":\"a\",\"text\":\"\(Self.plain.replacingOccurrences(of: "\n", with: " "))\"}\n"
        let finished = try CLI.run(["dedup", "--format", "jsonl", "-o", report, "-"], stdin: Data(story.utf8))
        #expect(finished.status == 0, "\(finished.stderr)")
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written.hasPrefix("{\"id\":\"a\""))
        // The killed run's temporary file is swept by the next run; none is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(left.filter { $0.contains(".copydesk-") }.isEmpty, "\(left)")
    }

    /// A later run removes only temporary files of its report whose process is gone: a live
    /// run's file (this test's own process id) and files of other names stay.
    @Test func onlyAbandonedTemporaryFilesAreSwept() throws {
        let scratch = try folder()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = ".report.json.copydesk-\(gone.processIdentifier)-k3x9"
        let live = ".report.json.copydesk-\(getpid())-a1b2"
        let other = ".notes.json.copydesk-\(gone.processIdentifier)-zz"
        for name in [dead, live, other] { try scratch.write(name, "half a report") }
        let result = try CLI.run(
            ["compare", "-o", scratch.path("report.json"), scratch.path("plain.txt"), scratch.path("hostile.txt")])
        #expect(result.status == 0, "\(result.stderr)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.path))
        #expect(!left.contains(dead))
        #expect(left.contains(live))
        #expect(left.contains(other))
        #expect(left.contains("report.json"))
    }

    @Test func compareOutputIsWrittenWholeOrNotAtAll() throws {
        let scratch = try folder()
        let report = scratch.path("report.json")
        let result = try CLI.run(["compare", "-o", report, scratch.path("plain.txt"), scratch.path("hostile.txt")])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report)))
        #expect((object as? [String: Any])?["sources"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix(".") }.isEmpty)

        let missing = try CLI.run(["compare", "-o", scratch.path("no/such/folder/r.json"), scratch.path("plain.txt"),
            scratch.path("hostile.txt")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no/such/folder does not exist"))
    }
}
