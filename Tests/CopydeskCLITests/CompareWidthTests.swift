import Foundation
import CopydeskTestSupport
import Testing

/// The terminal report of `copydesk compare` fits the width it is given, and keeps the full
/// listing for `--details` (issue 14).
@Suite struct CompareWidthTests {
    @Test(arguments: [nil, 50])
    func thePipedTerminalReportFitsItsWidth(width: Int?) throws {
        let dir = try CompareCommandTests().folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Piped: COLUMNS when the environment sets it, else 80.
        let limit = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
        for details in [false, true] {
            let arguments =
                ["compare", "wire.txt", "reprint.txt", "--format", "terminal"]
                + (width.map { ["--width", "\($0)"] } ?? [])
                + (details ? ["--details"] : [])
            let result = try CLI.run(arguments, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let wide = result.stdout.split(separator: "\n").filter { $0.count > limit }
            #expect(wide.isEmpty, "\(wide)")
            #expect(result.stdout.contains("Sentences of wire") == details)
            #expect(result.stdout.contains("Verdict"))
        }
    }
}
