import Foundation
import CopydeskTestSupport
import Testing

/// URL inputs through the binary, against ``InputTestServer`` on 127.0.0.1.
@Suite struct ExtractURLTests {
    let server: InputTestServer

    init() throws { server = try InputTestServer() }

    @Test func fetchesAndExtracts() throws {
        let address = server.url("/2022/09/15/xi-visit.html")
        let result = try CLI.run(["extract", "--format", "jsonl", address])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("\"source\":\"\(address)\",\"id\":\"127.0.0.1-2022-09-15-xi-visit\""))
        #expect(result.stdout.contains("Xi Jinping arrived in Kazakhstan"))
    }

    @Test func failuresAreOneLineEachAndTheRestIsFetched() throws {
        let good = server.url("/story")
        let result = try CLI.run([
            "extract", "--format", "jsonl", "--timeout", "2", server.url("/missing"), good, server.url("/loop"),
            server.url("/slow"), "file:///etc/hostname",
        ])
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "copydesk: \(server.url("/missing")): HTTP 404 Not Found",
                "copydesk: \(server.url("/loop")): too many redirects (more than 5)",
                "copydesk: \(server.url("/slow")): timed out after 2 s",
                "copydesk: file:///etc/hostname: unsupported URL scheme \"file\": only http:// and https:// addresses are fetched",
            ])
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"source\":\"\(good)\""))
    }

    @Test func sizeLimitAppliesToDownloads() throws {
        let result = try CLI.run(["extract", "--max-bytes", "1M", server.url("/huge-streamed")])
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "copydesk: \(server.url("/huge-streamed")): too large: more than 1 MB, over the limit of 1 MB (raise it with --max-bytes)"
            ])
    }
}
