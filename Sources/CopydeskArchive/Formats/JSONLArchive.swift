import CopydeskExtract

/// A JSONL archive: one article per line, `{"id": …, "text" or "html": …}` with optional
/// `title`, `url`, `outlet` and `published`. Blank lines are ignored.
public struct JSONLArchive<Source: ByteSource>: ArchiveReader {
    private var reader: BufferedReader<Source>
    private let name: String
    private var lineNumber = 0
    private var broken = false
    /// Always empty: every line is a document or a failure (kept for ``ArchiveReader``, whose WARC
    /// reader counts the records it passes over).
    public private(set) var skipped: [String: Int] = [:]
    /// The longest line read, as for a file (``ReadOptions/maxBytes``) plus room for the JSON
    /// around the text; a longer line is passed over without being held in memory.
    public let maxLineBytes: Int
    /// When set, a line's `text` is checked but not unescaped: its document's content is empty
    /// and the escaped bytes are in ``ArchivedDocument/escapedText``, for a reader that unescapes
    /// on its own threads (dedup's intake). The limit on the text's length is then the
    /// unescaper's to apply (``EscapedJSONText/tooLarge(_:)``). Off by default.
    public var defersText = false
    /// `published` values already read into ISO 8601 (nil when they are not dates): an archive
    /// repeats a few hundred dates, and reading one costs tens of thousands of instructions.
    private var dates = PublishedDates()

    /// Room for the JSON keys, metadata and escapes beside a text of ``ReadOptions/maxBytes``.
    static var lineAllowance: Int { 1 << 20 }

    /// - Parameters:
    ///   - source: the bytes of the archive (a file, standard input, a gzip stream).
    ///   - name: how the archive is named in each item's `source` (its path, or `-`).
    ///   - maxDocumentBytes: the longest text or page a line may carry; a longer one is refused.
    public init(_ source: Source, name: String, maxDocumentBytes: Int = ReadOptions.defaultMaxBytes) {
        self.reader = BufferedReader(source)
        self.name = name
        self.maxLineBytes = max(0, maxDocumentBytes) + Self.lineAllowance
    }

    /// The next line's document, or the reason it could not be read; `nil` at the end.
    public mutating func next() -> ArchiveEntry? {
        guard !broken else { return nil }
        while true {
            var line: ArraySlice<UInt8>
            do {
                guard let next = try reader.nextLine(maximumLength: maxLineBytes) else { return nil }
                line = next
            } catch {
                lineNumber += 1
                // An overlong line costs itself; damage a gzip stream can step over costs the
                // line it cut; anything else ends the file.
                if error.code != .tooLarge && !error.code.isResumable { broken = true }
                return .failure(ArchiveFailure(source: "\(name):\(lineNumber)", message: error.message))
            }
            lineNumber += 1
            // A byte order mark before the first line is the file's, not the line's (editors on
            // Windows write one).
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Self.entry(
                line, source: "\(name):\(lineNumber)", maxDocumentBytes: maxLineBytes - Self.lineAllowance,
                defersText: defersText, dates: &dates)
        }
    }

    static func entry(
        _ line: ArraySlice<UInt8>, source: String, maxDocumentBytes: Int = ReadOptions.defaultMaxBytes,
        defersText: Bool = false
    ) -> ArchiveEntry {
        var dates = PublishedDates()
        return entry(line, source: source, maxDocumentBytes: maxDocumentBytes, defersText: defersText, dates: &dates)
    }

    static func entry(
        _ line: ArraySlice<UInt8>, source: String, maxDocumentBytes: Int, defersText: Bool,
        dates: inout PublishedDates
    ) -> ArchiveEntry {
        let object: JSONLine
        do {
            object = try JSONLine(line, deferring: defersText ? "text" : nil)
        } catch {
            return .failure(ArchiveFailure(source: source, message: "malformed JSON: \(error.message)"))
        }
        let id = object["id"].flatMap { $0.isEmpty ? nil : $0 }
        guard let id else {
            return .failure(ArchiveFailure(source: source, message: "the line has no \"id\""))
        }
        let content: String
        let kind: Document.Kind
        if let html = object["html"], !html.isEmpty {
            content = html
            kind = .html
        } else if let range = object.deferred, !range.isEmpty, range.lowerBound >= line.startIndex,
            range.upperBound <= line.endIndex
        {
            let document = Document(source: source, id: id, content: "", kind: .text, url: object["url"])
            let published = object["published"].map { dates.iso8601($0) ?? $0 }
            var archived = ArchivedDocument(
                document: document, title: object["title"], outlet: object["outlet"], published: published)
            archived.escapedText = EscapedJSONText(bytes: Array(line[range]), maxBytes: maxDocumentBytes)
            return .document(archived)
        } else if let text = object["text"], !text.isEmpty {
            content = text
            kind = .text
        } else {
            return .failure(ArchiveFailure(source: source, id: id, message: "the line has no \"text\" or \"html\""))
        }
        guard content.utf8.count <= maxDocumentBytes else {
            return .failure(
                ArchiveFailure(
                    source: source, id: id,
                    message:
                        "too large: a \(kind == .html ? "page" : "text") of \(ByteCount.format(content.utf8.count)), over the limit of \(ByteCount.format(maxDocumentBytes))"
                ))
        }
        let document = Document(source: source, id: id, content: content, kind: kind, url: object["url"])
        let published = object["published"].map { dates.iso8601($0) ?? $0 }
        return .document(
            ArchivedDocument(document: document, title: object["title"], outlet: object["outlet"], published: published)
        )
    }
}

/// ``PublishedDate/iso8601(from:)`` of the dates an archive gives, each read once: at most a few
/// thousand remembered, then it starts over (an archive's dates come in runs of days).
struct PublishedDates {
    private var known: [String: String?] = [:]
    static let capacity = 4096

    mutating func iso8601(_ text: String) -> String? {
        if let found = known[text] { return found }
        let read = PublishedDate.iso8601(from: text)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[text] = .some(read)
        return read
    }
}
