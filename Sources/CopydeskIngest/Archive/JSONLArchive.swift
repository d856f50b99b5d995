/// A JSONL archive: one article per line, `{"id": …, "text" or "html": …}` with optional
/// `title`, `url`, `outlet` and `published`. Blank lines are ignored.
public struct JSONLArchive<Source: ByteSource>: ArchiveReader {
    private var reader: BufferedReader<Source>
    private let name: String
    private var lineNumber = 0
    private var broken = false
    public private(set) var skipped: [String: Int] = [:]

    /// - Parameter name: how the archive is named in each item's `source` (its path, or `-`).
    public init(_ source: Source, name: String) {
        self.reader = BufferedReader(source)
        self.name = name
    }

    public mutating func next() -> ArchiveEntry? {
        guard !broken else { return nil }
        while true {
            let line: ArraySlice<UInt8>
            do {
                guard let next = try reader.nextLine() else { return nil }
                line = next
            } catch {
                broken = true
                return .failure(ArchiveFailure(source: "\(name):\(lineNumber + 1)", message: error.message))
            }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Self.entry(line, source: "\(name):\(lineNumber)")
        }
    }

    static func entry(_ line: ArraySlice<UInt8>, source: String) -> ArchiveEntry {
        let object: JSONLine
        do {
            object = try JSONLine(line)
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
        } else if let text = object["text"], !text.isEmpty {
            content = text
            kind = .text
        } else {
            return .failure(ArchiveFailure(source: source, id: id, message: "the line has no \"text\" or \"html\""))
        }
        let document = Document(source: source, id: id, content: content, kind: kind, url: object["url"])
        let published = object["published"].map { PublishedDate.iso8601(from: $0) ?? $0 }
        return .document(
            ArchivedDocument(document: document, title: object["title"], outlet: object["outlet"], published: published)
        )
    }
}
