import Foundation
import CopydeskTestSupport
import Testing

import CopydeskArchive
import CopydeskExtract
@testable import CopydeskIngest

/// URL inputs against ``InputTestServer`` on 127.0.0.1.
@Suite struct InputFetcherTests {
    let server: InputTestServer

    init() throws { server = try InputTestServer() }

    private func read(_ path: String, options: ReadOptions = ReadOptions(timeout: 20)) -> Result<Document, IngestError> {
        let address = server.url(path)
        return Result { () throws(IngestError) in try InputReader(options: options).read(address) }
    }

    private func message(_ path: String, options: ReadOptions = ReadOptions(timeout: 20)) -> String? {
        if case .failure(let error) = read(path, options: options) { error.message } else { nil }
    }

    @Test func fetchesAPage() throws {
        let document = try read("/2022/09/15/xi-visit.html").get()
        #expect(document.kind == .html)
        #expect(document.id == "127.0.0.1-2022-09-15-xi-visit")
        #expect(document.url == server.url("/2022/09/15/xi-visit.html"))
        #expect(document.content.contains("“We will support Kazakhstan,”"))
        #expect(document.warnings.isEmpty)
    }

    @Test func followsUpToFiveRedirects() throws {
        let document = try read("/hops/5").get()
        #expect(document.url == server.url("/story"))
        #expect(document.content.contains("Xi Jinping"))
    }

    @Test func refusesASixthRedirect() {
        #expect(message("/hops/6") == "too many redirects (more than 5)")
    }

    @Test func refusesARedirectLoop() {
        #expect(message("/loop") == "too many redirects (more than 5)")
    }

    @Test func refusesARedirectToAnotherScheme() {
        #expect(message("/to-ftp") == "redirected to an unsupported URL scheme \"ftp\"")
        // Not taken for a path on the same server.
        #expect(message("/to-file") == "redirected to an unsupported URL scheme \"file\"")
    }

    @Test func schemesAreReadAsRFC3986WritesThem() {
        #expect(Fetcher.scheme(of: "file:///etc/passwd") == "file")
        #expect(Fetcher.scheme(of: " HTTPS://example.com/a") == "HTTPS")
        #expect(Fetcher.scheme(of: "/story?page=2") == nil)
        #expect(Fetcher.scheme(of: "story:2") == "story")
        #expect(Fetcher.scheme(of: "2024/story:a") == nil)
        #expect(Fetcher.scheme(of: ":x") == nil)
    }

    @Test(arguments: [
        ("/missing", "HTTP 404 Not Found"), ("/paywall", "HTTP 403 Forbidden"),
        ("/broken", "HTTP 500 Internal Server Error"),
    ])
    func httpErrorsNameTheStatus(path: String, text: String) {
        #expect(message(path) == text)
    }

    @Test func timesOut() {
        // The server waits 30 s before answering; the limit is a quarter of a second. The bound
        // leaves room for a loaded machine and still proves the wait was cut short.
        let started = Date()
        #expect(message("/slow", options: ReadOptions(timeout: 0.25)) == "timed out after 0.25 s")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func refusesBodiesOverTheLimit() {
        let options = ReadOptions(maxBytes: 1_000_000, timeout: 20)
        // Announced by Content-Length, refused before the body is read.
        #expect(
            message("/huge", options: options) == "too large: 3 MB, over the limit of 1 MB (raise it with --max-bytes)")
        // Not announced: counted while it arrives.
        #expect(
            message("/huge-streamed", options: options)
                == "too large: more than 1 MB, over the limit of 1 MB (raise it with --max-bytes)")
    }

    @Test func aCompressedBodyIsCountedAsItInflates() {
        // 19 KB sent, 3 MB once inflated: refused at the limit, not after holding it all.
        let options = ReadOptions(maxBytes: 1_000_000, timeout: 20)
        #expect(
            message("/gzip-bomb", options: options)
                == "too large: more than 1 MB, over the limit of 1 MB (raise it with --max-bytes)")
    }

    @Test func anEndlessBodyStopsAtTheLimitAsItArrives() {
        let started = Date()
        #expect(
            message("/endless", options: ReadOptions(maxBytes: 5_000_000, timeout: 20))
                == "too large: more than 5 MB, over the limit of 5 MB (raise it with --max-bytes)")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func theTimeoutBoundsTheWholeTransfer() {
        // Each byte comes well within any idle timeout; the whole body takes 30 s.
        let started = Date()
        #expect(message("/trickle", options: ReadOptions(timeout: 1)) == "timed out after 1 s")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func aHugeHeaderIsNamedNotCalledOutOfMemory() {
        #expect(message("/huge-header") == "the response was refused: a header over 100 KB (or out of memory)")
    }

    @Test func charsetComesFromTheHeader() throws {
        let document = try read("/latin1").get()
        #expect(document.content.contains("Le président a déclaré : « nous irons – jusqu'au bout », coût 5 €."))
        #expect(document.warnings.isEmpty)
    }

    @Test func aHeaderThatLiesIsOverruled() throws {
        let document = try read("/lying-header").get()
        #expect(document.content.contains("“We will support Kazakhstan,”"))
        #expect(
            document.warnings == ["declared windows-1252 in the HTTP header, but the bytes are UTF-8: read as UTF-8"])
    }

    @Test func contentTypeDecidesKindAndRefusals() throws {
        #expect(try read("/plain").get().kind == .text)
        #expect(message("/image") == "binary file (a PNG image), not a web page or text")
        #expect(message("/feed.json") == "content type application/json is not a web page or text")
        #expect(message("/empty") == "empty response")
    }

    @Test(arguments: [1e300, 1e-9, -1])
    func outlandishTimeoutsNeitherCrashNorHang(timeout: Double) throws {
        // FoundationNetworking traps on a timeout too large for its milliseconds.
        let result = read("/story", options: ReadOptions(timeout: timeout))
        switch result {
        case .success(let document): #expect(document.content.contains("Xi Jinping"))
        case .failure(let error): #expect(error.code == .network)
        }
    }

    @Test func connectionRefused() throws {
        let gone = try InputTestServer()
        let address = gone.url("/story")
        gone.stop()
        let result = Result { () throws(IngestError) in try InputReader(options: ReadOptions(timeout: 20)).read(address)
        }
        guard case .failure(let error) = result else {
            Issue.record("fetched from a stopped server")
            return
        }
        #expect(error.code == .network)
        #expect(error.message == "could not connect (connection refused)")
    }
}
