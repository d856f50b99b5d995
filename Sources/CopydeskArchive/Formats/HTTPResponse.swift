public import CopydeskExtract

/// The HTTP response stored in a WARC `response` record: status, headers and body, with chunked
/// transfer coding and gzip content coding undone.
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: ArraySlice<UInt8>

    init(_ block: ArraySlice<UInt8>, source: String) throws(IngestError) {
        var index = block.startIndex
        var lines: [String] = []
        // Header lines end at the first empty line (CRLF CRLF, or LF LF from sloppy crawlers).
        while index < block.endIndex {
            guard let newline = block[index...].firstIndex(of: 0x0A) else {
                throw IngestError(.parse, source: source, "HTTP headers never end")
            }
            var end = newline
            if end > index, block[end - 1] == 0x0D { end -= 1 }
            let line = block[index..<end]
            index = newline + 1
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/") else {
            throw IngestError(.parse, source: source, "the record holds no HTTP status line")
        }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw IngestError(.parse, source: source, "unreadable HTTP status line '\(statusLine.prefix(60))'")
        }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[String(line[..<colon]).trimmingWhitespace().lowercased()] = String(
                line[line.index(after: colon)...]
            ).trimmingWhitespace()
        }
        self.headers = headers
        self.body = block[index...]
    }

    /// The `charset` parameter of the `Content-Type` header, if any.
    var charset: String? {
        guard let type = headers["content-type"] else { return nil }
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingWhitespace().lowercased() == "charset" else { continue }
            var value = Substring(String(pair[1]).trimmingWhitespace())
            while let first = value.first, first == "\"" || first == "'" { value.removeFirst() }
            while let last = value.last, last == "\"" || last == "'" { value.removeLast() }
            return String(value)
        }
        return nil
    }

    /// HTML by the declared type; with no type, by a look at the first bytes.
    var isHTML: Bool {
        if let type = headers["content-type"]?.lowercased() {
            return type.contains("text/html") || type.contains("application/xhtml")
        }
        let start = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return start.contains("<html") || start.contains("<!doctype html")
    }

    /// The body as the server meant it: de-chunked and, when gzip- or deflate-encoded, inflated to
    /// at most `maxBytes` (a 65 KB record can hold a body that inflates to gigabytes). A coding
    /// Copydesk cannot undo (br, zstd, compress) is a clear error, not compressed bytes read as a page.
    func decodedBody(source: String, maxBytes: Int = ReadOptions.defaultMaxBytes) throws(IngestError) -> [UInt8] {
        var bytes = Array(body)
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            bytes = try Self.dechunk(bytes, source: source)
        }
        let codings = (headers["content-encoding"] ?? "").lowercased().split(separator: ",")
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty && $0 != "identity" }
        // Codings are listed in the order they were applied: undone last to first.
        for coding in codings.reversed() {
            switch coding {
            case "gzip", "x-gzip":
                bytes = try Self.inflate(bytes, source: source, maxBytes: maxBytes, framing: .gzip)
            case "deflate":
                // Meant to be a zlib stream, but many servers send bare deflate data under this
                // name: told apart by the zlib header, as browsers do.
                let framing: GzipByteSource<MemoryByteSource>.Framing = Self.hasZlibHeader(bytes) ? .zlib : .raw
                bytes = try Self.inflate(bytes, source: source, maxBytes: maxBytes, framing: framing, name: "deflate")
            default:
                throw IngestError(
                    .unsupported, source: source,
                    "the body is \(coding)-encoded (Content-Encoding), which Copydesk does not decode")
            }
        }
        return bytes
    }

    /// A zlib header: deflate with a window of at most 32 KB, and a check that makes the first two
    /// bytes a multiple of 31 (RFC 1950); gzip's magic is taken too (zlib reads both).
    static func hasZlibHeader(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        if bytes[0] == 0x1F && bytes[1] == 0x8B { return true }
        return bytes[0] & 0x0F == 8 && bytes[0] >> 4 <= 7 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
    }

    /// A compressed body inflated, refused as soon as it passes `maxBytes` or inflates like a
    /// decompression bomb.
    static func inflate(
        _ bytes: [UInt8], source: String, maxBytes: Int, framing: GzipByteSource<MemoryByteSource>.Framing = .gzip,
        name: String = "gzip"
    ) throws(IngestError) -> [UInt8] {
        let inflater = try GzipByteSource(
            MemoryByteSource(bytes), source: source, maximumOutput: maxBytes, framing: framing)
        var out: [UInt8] = []
        do {
            while try inflater.read(into: &out, limit: 1 << 16) > 0 {}
        } catch {
            if error.code == .tooLarge {
                throw IngestError(
                    .tooLarge, source: source,
                    "the \(name)-encoded body inflates to more than \(ByteCount.format(maxBytes)), over the limit")
            }
            // One body is one member: there is nothing to resume at.
            throw IngestError(
                .unreadable, source: source,
                "the \(name)-encoded body \(Self.describe(inflater.damageReason)); inflating stopped after \(ByteCount.format(inflater.producedTotal))"
            )
        }
        return out
    }

    /// What was wrong with a gzip-encoded body, after "the gzip-encoded body".
    static func describe(_ reason: String?) -> String {
        guard let reason else { return "is damaged" }
        return reason.hasPrefix("inflates") ? reason : "is damaged (\(reason))"
    }

    /// Undoes `Transfer-Encoding: chunked`. Crawlers often store the body already de-chunked while
    /// keeping the header, so a body that does not parse as chunks is returned as it is.
    static func dechunk(_ bytes: [UInt8], source: String) throws(IngestError) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { return bytes }
            let sizeText =
                String(decoding: bytes[index..<newline], as: UTF8.self)
                .split(separator: ";").first.map { String($0).trimmingWhitespace() } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return bytes }
            index = newline + 1
            if size == 0 { return out }
            // Compared as a difference: a size near Int.max would overflow `index + size`.
            guard size <= bytes.count - index else { return bytes }
            out.append(contentsOf: bytes[index..<index + size])
            index += size
            while index < bytes.count, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
        }
        return out
    }
}

/// Bytes already in memory, as a ``ByteSource``.
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// A source that hands out `bytes`, then ends.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Appends up to `limit` of the bytes not yet read; never throws.
    public mutating func read(into buffer: inout [UInt8], limit: Int) throws(IngestError) -> Int {
        let count = min(limit, bytes.count - position)
        buffer.append(contentsOf: bytes[position..<position + count])
        position += count
        return count
    }
}
