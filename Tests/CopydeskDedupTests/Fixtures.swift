import CZlib
import Foundation

/// Temporary files for one test, removed when the value goes away.
final class Scratch {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("copydesk-dedup-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `bytes` to `name` under the scratch directory and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// One gzip member holding `bytes`, compressed with the system zlib.
/// `windowBits` as zlib reads it: 15 + 16 gzip framing (the default), 15 a zlib stream, -15 bare deflate.
func gzip(_ bytes: [UInt8], windowBits: Int32 = 15 + 16) -> [UInt8] {
    var stream = z_stream()
    guard copydesk_deflateInit2(&stream, 6, windowBits) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
    let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            stream.next_out = outBuffer.baseAddress
            stream.avail_out = UInt32(outBuffer.count)
            _ = deflate(&stream, Z_FINISH)
            return outBuffer.count - Int(stream.avail_out)
        }
    }
    return Array(output.prefix(written))
}

func gzip(_ text: String) -> [UInt8] { gzip(Array(text.utf8)) }

/// A WARC record with the given type and headers around `block`.
func warcRecord(type: String, id: String, uri: String? = nil, contentType: String, block: String) -> String {
    var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <\(id)>\r\n"
    header += "WARC-Date: 2022-09-14T08:00:00Z\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    header += "Content-Type: \(contentType)\r\nContent-Length: \(block.utf8.count)\r\n\r\n"
    return header + block + "\r\n\r\n"
}

/// An HTTP response as a crawler stores it in a WARC `response` record.
func httpResponse(
    status: String = "200 OK", contentType: String = "text/html; charset=utf-8", headers: String = "", body: String
) -> String {
    "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(headers)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
}

/// A news page modelled on an agency story as a paper's site prints it.
func newsPage(title: String, paragraphs: [String]) -> String {
    """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | The Daily Observer</title>
    <meta property="og:site_name" content="The Daily Observer"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>\(title)</h1><p class="byline">By Staff Reporter</p>
    \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
    </article><footer>© The Daily Observer. All rights reserved.</footer></body></html>
    """
}

extension Array where Element == UInt8 {
    init(_ text: String) { self = Array(text.utf8) }
}
