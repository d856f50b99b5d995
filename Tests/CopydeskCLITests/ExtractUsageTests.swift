import Foundation
import CopydeskTestSupport
import Testing

@Suite struct ExtractUsageTests {
    @Test(arguments: [
        ["extract"], ["extract", "--format", "xml", "a.html"], ["extract", "--max-bytes", "lots", "a.html"],
        ["extract", "--max-bytes", "0", "a.html"], ["extract", "--timeout", "0", "a.html"], ["extract", "--timeout", "1e300", "a.html"],
        ["extract", "--timeout", "nan", "a.html"],
        ["extract", "--no-such-flag", "a.html"], ["frobnicate"],
    ])
    func usageErrorsExitWith2(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("Usage: copydesk"))
    }

    @Test func extractHelpDocumentsFlagsAndExitStatuses() throws {
        let result = try CLI.run(["extract", "--help"])
        #expect(result.status == 0)
        for text in [
            "--format <format>", "--max-bytes <size>", "--timeout <seconds>", "EXIT STATUS",
            "0  every input gave an article", "1  some inputs failed", "2  usage error",
        ] {
            #expect(result.stdout.contains(text), "\(text) missing from extract --help")
        }
    }

    @Test func rootHelpDocumentsExitStatuses() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("EXIT STATUS"))
        #expect(result.stdout.contains("2  usage error"))
    }
}
