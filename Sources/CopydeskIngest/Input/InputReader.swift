public import CopydeskText
internal import Foundation

/// Reads one input the user named into a ``Document``.
public struct InputReader: Sendable {
    public init() {}

    public func read(_ source: String) throws(IngestError) -> Document {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw IngestError(.notFound, source: source, "no such file")
        }
        let content = String(decoding: data, as: UTF8.self)
        let name = (source as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        let isHTML = [".html", ".htm", ".xhtml"].contains { name.lowercased().hasSuffix($0) }
        return Document(source: source, id: id, content: content, kind: isHTML ? .html : .text)
    }
}
