import CopydeskExtract

/// A WARC archive (ISO 28500, versions 0.17–1.1), plain or gzip-compressed: each HTML `response`
/// record becomes a document with the HTTP headers stripped, its id from `WARC-Record-ID` and its
/// URL from `WARC-Target-URI`. Other records (`warcinfo`, `request`, `metadata`, non-HTML or
/// non-200 responses) are skipped and counted.
public struct WARCArchive<Source: ByteSource>: ArchiveReader {
    private var reader: BufferedReader<Source>
    private let name: String
    private var broken = false
    /// After a record whose length cannot be known, the lines up to the next version line are
    /// that record's body: passed over without a second report.
    private var resynchronising = false
    /// Records passed over on purpose (`warcinfo`, `request`, non-HTML or non-200 responses), by
    /// reason.
    public private(set) var skipped: [String: Int] = [:]
    /// The largest page a `response` record may carry, as for a file (``ReadOptions/maxBytes``);
    /// a record over it is passed over without being held in memory.
    public let maxDocumentBytes: Int
    /// The record being read: where it starts and its id once its header is read, to name it
    /// when damage cuts it.
    private var current: (offset: Int, id: String?)?

    /// Room for the HTTP status line and headers beside a page of ``maxDocumentBytes``.
    static var headerAllowance: Int { 1 << 20 }
    /// The longest WARC header line read; a longer one is damage, not a header.
    static var maximumHeaderLine: Int { 1 << 20 }

    /// A reader of the records in `source`.
    ///
    /// - Parameters:
    ///   - source: the archive's bytes, decompressed already when the file is `.warc.gz`.
    ///   - name: how the archive is named in each item's `source` (its path).
    ///   - maxDocumentBytes: the largest page a record may carry.
    public init(_ source: Source, name: String, maxDocumentBytes: Int = ReadOptions.defaultMaxBytes) {
        self.reader = BufferedReader(source)
        self.name = name
        self.maxDocumentBytes = max(0, maxDocumentBytes)
    }

    /// The next HTML response as a document, or a failure for a damaged record; nil at the end of
    /// the archive.
    public mutating func next() -> ArchiveEntry? {
        while !broken {
            do {
                guard let record = try nextRecord() else { return nil }
                current = nil
                switch record {
                case .failure(let failure): return .failure(failure)
                case .record(_, _, _, skipped: true): continue
                case .record(let header, let block, let offset, skipped: false):
                    if let entry = entry(header: header, block: block, offset: offset) { return entry }
                }
            } catch {
                let record = current
                current = nil
                // Damage the stream can step over (a corrupt gzip member) costs the record it cut;
                // reading resumes at the next record.
                if !error.code.isResumable { broken = true }
                return .failure(
                    ArchiveFailure(
                        source: "\(name)@\(record?.offset ?? reader.offset)", id: record?.id, message: error.message))
            }
        }
        return nil
    }

    private enum Raw {
        /// `skipped`: passed over and counted already; nothing to make of it.
        case record(header: [String: String], block: ArraySlice<UInt8>, offset: Int, skipped: Bool)
        case failure(ArchiveFailure)
    }

    private mutating func nextRecord() throws(IngestError) -> Raw? {
        if let queued = queued {
            self.queued = nil
            return queued
        }
        // Find the version line, skipping the blank lines that end the previous record.
        var offset = reader.offset
        var garbageOffset: Int?
        var found = false
        while let line = try nextHeaderLine() {
            if line.starts(with: Array("WARC/".utf8)) {
                found = true
                break
            }
            if !line.isEmpty, garbageOffset == nil, !resynchronising { garbageOffset = offset }
            offset = reader.offset
        }
        resynchronising = false
        let garbage = garbageOffset.map {
            Raw.failure(ArchiveFailure(source: "\(name)@\($0)", message: "not a WARC record (no 'WARC/' version line)"))
        }
        guard found else { return garbage }
        let record = try readRecord(at: offset)
        // Report the damage first; the record found after it comes next.
        guard let garbage else { return record }
        queued = record
        return garbage
    }

    private var queued: Raw?

    /// A header line, or a line between records; an overlong one (no line feed for a megabyte)
    /// stands for itself as one line of garbage.
    private mutating func nextHeaderLine() throws(IngestError) -> ArraySlice<UInt8>? {
        do {
            return try reader.nextLine(maximumLength: Self.maximumHeaderLine)
        } catch {
            if error.code == .tooLarge { return Array("(overlong line)".utf8)[...] }
            throw error
        }
    }

    private mutating func readRecord(at offset: Int) throws(IngestError) -> Raw {
        current = (offset, nil)
        var header: [String: String] = [:]
        while let line = try nextHeaderLine(), !line.isEmpty {
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = String(text[..<colon]).trimmingWhitespace().lowercased()
            header[key] = String(text[text.index(after: colon)...]).trimmingWhitespace()
        }
        current = (offset, Self.recordID(header))
        guard let lengthText = header["content-length"], let length = Int(lengthText), length >= 0 else {
            // Its end cannot be known: read on from the next line that starts a record, so one
            // damaged header costs one record, not the rest of the archive.
            resynchronising = true
            return .failure(
                ArchiveFailure(
                    source: "\(name)@\(offset)", id: Self.recordID(header),
                    message: "WARC record without a valid Content-Length; skipped to the next record"))
        }
        let type = header["warc-type"]?.lowercased() ?? "untyped"
        let limit = maxDocumentBytes + Self.headerAllowance
        if length > limit || type != "response" {
            // Not held in memory: a record that is not a page is passed over as it streams by, and
            // so is one too large to be a page (a claimed Content-Length of Int.max included).
            let skippedBytes = try reader.skip(length)
            guard skippedBytes == length else {
                broken = true
                return .failure(
                    ArchiveFailure(
                        source: "\(name)@\(offset)", id: Self.recordID(header),
                        message: "WARC record cut short: \(skippedBytes) of \(length) bytes (truncated file?)"))
            }
            guard type == "response" else {
                skipped[type, default: 0] += 1
                return .record(header: header, block: [], offset: offset, skipped: true)
            }
            return .failure(
                ArchiveFailure(
                    source: "\(name)@\(offset)", id: Self.recordID(header),
                    message:
                        "too large: a record of \(ByteCount.format(length)), over the limit of \(ByteCount.format(maxDocumentBytes)) per page"
                ))
        }
        let block = try reader.next(length)
        guard block.count == length else {
            broken = true
            return .failure(
                ArchiveFailure(
                    source: "\(name)@\(offset)", id: Self.recordID(header),
                    message: "WARC record cut short: \(block.count) of \(length) bytes (truncated file?)"))
        }
        // A member per record: a checksum that fails at the end of this one says this record's
        // bytes are damaged, though they inflated.
        if let damage = try reader.checksumFailureAfter(lineEnds: 4) {
            return .failure(ArchiveFailure(source: "\(name)@\(offset)", id: Self.recordID(header), message: damage.message))
        }
        return .record(header: header, block: block, offset: offset, skipped: false)
    }

    static func recordID(_ header: [String: String]) -> String? {
        guard var id = header["warc-record-id"] else { return nil }
        if id.hasPrefix("<"), id.hasSuffix(">") { id = String(id.dropFirst().dropLast()) }
        return id
    }

    private mutating func entry(header: [String: String], block: ArraySlice<UInt8>, offset: Int) -> ArchiveEntry? {
        let type = header["warc-type"]?.lowercased() ?? "untyped"
        guard type == "response" else {
            skipped[type, default: 0] += 1
            return nil
        }
        let source = "\(name)@\(offset)"
        let id = Self.recordID(header) ?? source
        if let contentType = header["content-type"]?.lowercased(), !contentType.hasPrefix("application/http") {
            skipped["response without HTTP", default: 0] += 1
            return nil
        }
        let response: HTTPResponse
        do {
            response = try HTTPResponse(block, source: source)
        } catch {
            return .failure(ArchiveFailure(source: source, id: id, message: error.message))
        }
        guard (200..<300).contains(response.status) else {
            skipped["response with HTTP \(response.status / 100)xx", default: 0] += 1
            return nil
        }
        guard response.isHTML else {
            skipped["non-HTML response", default: 0] += 1
            return nil
        }
        let body: [UInt8]
        do {
            body = try response.decodedBody(source: source, maxBytes: maxDocumentBytes)
        } catch {
            return .failure(ArchiveFailure(source: source, id: id, message: error.message))
        }
        guard body.count <= maxDocumentBytes else {
            return .failure(
                ArchiveFailure(
                    source: source, id: id,
                    message:
                        "too large: a page of \(ByteCount.format(body.count)), over the limit of \(ByteCount.format(maxDocumentBytes))"
                ))
        }
        // Decoded as browsers do: BOM, the HTTP charset, <meta charset>, UTF-8, windows-1252.
        let decoded = CharsetDecoder().decode(body, headerCharset: response.charset)
        let document = Document(
            source: source, id: id, content: decoded.text, kind: .html,
            url: header["warc-target-uri"].map {
                $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0
            }, warnings: decoded.warnings)
        return .document(ArchivedDocument(document: document))
    }
}
