import CZlib
import Foundation

/// One gzip member holding `bytes`, compressed with the system zlib.
/// `windowBits` as zlib reads it: 15 + 16 gzip framing (the default), 15 a zlib stream, -15 bare deflate.
public func gzip(_ bytes: [UInt8], windowBits: Int32 = 15 + 16) -> [UInt8] {
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

public func gzip(_ text: String) -> [UInt8] { gzip(Array(text.utf8)) }

/// A WARC record with the given type and headers around `block`.
public func warcRecord(type: String, id: String, uri: String? = nil, contentType: String, block: String) -> String {
    var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <\(id)>\r\n"
    header += "WARC-Date: 2022-09-14T08:00:00Z\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    header += "Content-Type: \(contentType)\r\nContent-Length: \(block.utf8.count)\r\n\r\n"
    return header + block + "\r\n\r\n"
}

/// An HTTP response as a crawler stores it in a WARC `response` record.
public func httpResponse(
    status: String = "200 OK", contentType: String = "text/html; charset=utf-8", headers: String = "", body: String
) -> String {
    "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(headers)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
}

/// A news page modelled on an agency story as a paper's site prints it.
public func newsPage(title: String, paragraphs: [String]) -> String {
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
    public init(_ text: String) { self = Array(text.utf8) }
}
