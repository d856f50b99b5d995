public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for testing URL inputs: a news page, legacy charsets,
/// error statuses, redirects (including a loop), a server too slow for the timeout, and bodies
/// over the size limit. It answers one request per connection and stops by itself with the test.
///
/// This file is shared by the Ingest and CLI test targets (the CLI target holds a symbolic link).
public final class InputTestServer: @unchecked Sendable {
    public struct Response {
        var status: Int
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        /// Seconds to wait before answering at all.
        var delay: Double = 0
        /// Send no Content-Length, so the client learns the size only by reading.
        var streamed = false
        /// Send the body again and again, until the client goes away (or 2 GB, so a test that
        /// fails still ends).
        var endless = false
        /// Seconds between the bytes of the body, sent one at a time.
        var trickle: Double = 0
    }

    public let port: UInt16
    private let listener: Int32
    private let stopped = NSLock()
    private var isStopped = false

    public init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0  // any free port
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        // The threads hold no reference to the server, so it stops when the test lets go of it.
        let thread = Thread { [descriptor, port] in Self.acceptLoop(descriptor, port: port) }
        thread.start()
    }

    deinit { stop() }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public func stop() {
        let first = stopped.withLock {
            defer { isStopped = true }
            return !isStopped
        }
        guard first else { return }
        // Stops listening and wakes the accept loop, which closes the socket as it ends (closing
        // it here could let a new socket reuse the number under the loop's feet).
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private static func acceptLoop(_ listener: Int32, port: UInt16) {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            let thread = Thread { serve(client, port: port) }
            thread.start()
        }
    }

    private static func serve(_ client: Int32, port: UInt16) {
        defer { close(client) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            request.append(contentsOf: buffer[0..<count])
            if request.count >= 4 && request.suffix(4) == [13, 10, 13, 10] { break }
        }
        let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = line.count > 1 ? String(line[1]) : "/"
        let response = Self.route(path, port: port)
        if response.delay > 0 {
            // Bounded, so a thread never outlives the test run by much.
            Thread.sleep(forTimeInterval: min(response.delay, 5))
        }
        var head =
            "HTTP/1.1 \(response.status) \(response.status < 300 ? "OK" : response.status < 400 ? "Found" : "Error")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if !response.streamed { head += "Content-Length: \(response.body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        guard send(all: Array(head.utf8), to: client) else { return }
        if response.endless, !response.body.isEmpty {
            var sent = 0
            while sent < 2_000_000_000, send(all: response.body, to: client) { sent += response.body.count }
            return
        }
        if response.trickle > 0 {
            for byte in response.body {
                guard send(all: [byte], to: client) else { return }
                Thread.sleep(forTimeInterval: response.trickle)
            }
            return
        }
        var offset = 0
        while offset < response.body.count {
            let end = min(offset + 65536, response.body.count)
            guard send(all: Array(response.body[offset..<end]), to: client) else { return }
            offset = end
        }
    }

    /// Writes everything or gives up quietly when the client has gone (no SIGPIPE).
    private static func send(all bytes: [UInt8], to client: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    // MARK: The site

    public static let storyHTML = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Xi visits Kazakhstan – The Observer</title></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>Xi visits Kazakhstan on first trip abroad since pandemic</h1>
        <p>NUR-SULTAN, Sept 14 (AFP) — Chinese President Xi Jinping arrived in Kazakhstan on Wednesday, his first trip abroad since the start of the pandemic.</p>
        <p>“We will support Kazakhstan,” Xi said in a message published before the visit.</p>
        <p>Xi was met at the airport by Kazakh President Kassym-Jomart Tokayev, and the two leaders were due to hold talks later in the day, the Kazakh presidency said in a statement.</p>
        </article></body></html>
        """

    /// A French page in windows-1252 bytes: « é – € ».
    public static let latin1Body: [UInt8] =
        Array("<html><body><p>Le pr".utf8) + [0xE9] + Array("sident a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9]
        + Array(" : ".utf8) + [0xAB] + Array(" nous irons ".utf8) + [0x96] + Array(" jusqu'au bout ".utf8) + [0xBB]
        + Array(", co".utf8) + [0xFB] + Array("t 5 ".utf8) + [0x80] + Array(".</p></body></html>".utf8)

    /// A gzip member of one "a" and `matches` copies of the longest back-reference (258 bytes at
    /// distance 1), in deflate's fixed Huffman code: 13 bits per 258 bytes, written by hand so the
    /// test needs no zlib. The trailer's checksum is left zero: the client must refuse the body
    /// before it gets there.
    public static func gzipBomb(matches: Int) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]
        var bits: UInt64 = 0
        var count = 0
        func put(_ value: UInt64, _ width: Int) {  // least significant bit first
            bits |= value << UInt64(count)
            count += width
            while count >= 8 {
                out.append(UInt8(truncatingIfNeeded: bits))
                bits >>= 8
                count -= 8
            }
        }
        func code(_ value: UInt64, _ width: Int) {  // Huffman codes go most significant bit first
            var reversed: UInt64 = 0
            for i in 0..<width where value & (1 << UInt64(i)) != 0 { reversed |= 1 << UInt64(width - 1 - i) }
            put(reversed, width)
        }
        put(1, 1)  // the last block
        put(1, 2)  // fixed Huffman codes
        code(0x30 + 0x61, 8)  // literal "a"
        for _ in 0..<matches {
            code(0xC0 + 5, 8)  // length code 285: 258 bytes
            code(0, 5)  // distance code 0: one byte back
        }
        code(0, 7)  // end of block
        if count > 0 { put(0, 8 - count) }
        return out + [UInt8](repeating: 0, count: 8)
    }

    public static func route(_ path: String, port: UInt16) -> Response {
        let html = ("Content-Type", "text/html; charset=utf-8")
        switch path {
        case "/2022/09/15/xi-visit.html", "/story":
            return Response(status: 200, headers: [html], body: Array(storyHTML.utf8))
        case "/latin1":
            return Response(status: 200, headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: latin1Body)
        case "/lying-header":
            // The header says windows-1252; the bytes are UTF-8.
            return Response(
                status: 200, headers: [("Content-Type", "text/html; charset=windows-1252")], body: Array(storyHTML.utf8)
            )
        case "/plain":
            return Response(
                status: 200, headers: [("Content-Type", "text/plain; charset=utf-8")],
                body: Array("A plain text story.\n\nIt has two paragraphs.\n".utf8))
        case "/missing": return Response(status: 404, headers: [html], body: Array("<h1>Not found</h1>".utf8))
        case "/paywall": return Response(status: 403, headers: [html], body: Array("<h1>Subscribe</h1>".utf8))
        case "/broken": return Response(status: 500, headers: [html], body: Array("oops".utf8))
        case "/loop": return Response(status: 302, headers: [("Location", "/loop")])
        case "/to-ftp": return Response(status: 302, headers: [("Location", "ftp://127.0.0.1/story")])
        case "/to-file": return Response(status: 302, headers: [("Location", "file:///etc/passwd")])
        // 30 s: far past every timeout a test sets, so a test can tell a timeout from a slow machine.
        case "/slow": return Response(status: 200, headers: [html], body: Array(storyHTML.utf8), delay: 30)
        case "/huge":
            return Response(status: 200, headers: [html], body: Array(repeating: UInt8(ascii: "a"), count: 3_000_000))
        case "/huge-streamed":
            return Response(
                status: 200, headers: [html], body: Array(repeating: UInt8(ascii: "a"), count: 3_000_000),
                streamed: true)
        case "/huge-header":
            return Response(
                status: 200, headers: [html, ("X-Padding", String(repeating: "a", count: 200_000))],
                body: Array(storyHTML.utf8))
        case "/endless":
            return Response(
                status: 200, headers: [html], body: Array(String(repeating: "<p>more of the story</p>", count: 2000).utf8),
                streamed: true, endless: true)
        case "/trickle":
            // 300 bytes, one every 0.1 s: 30 s in all, each byte well within any read timeout.
            return Response(
                status: 200, headers: [html], body: Array(String(repeating: "<p>slow</p>", count: 30).utf8).prefix(300)
                    .map { $0 }, streamed: true, trickle: 0.1)
        case "/image":
            return Response(
                status: 200, headers: [("Content-Type", "image/png")],
                body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        case "/feed.json":
            return Response(
                status: 200, headers: [("Content-Type", "application/json")], body: Array("{\"items\":[]}".utf8))
        case "/empty": return Response(status: 200, headers: [html])
        case "/gzip-bomb":
            // 19 KB on the wire that inflate to 3 MB of one letter.
            return Response(status: 200, headers: [html, ("Content-Encoding", "gzip")], body: gzipBomb(matches: 11_628))
        default:
            // /hops/N redirects N times before the story.
            if path.hasPrefix("/hops/"), let hops = Int(path.dropFirst(6)) {
                let next = hops <= 1 ? "/story" : "/hops/\(hops - 1)"
                return Response(status: 302, headers: [("Location", next)])
            }
            return Response(status: 404)
        }
    }
}
