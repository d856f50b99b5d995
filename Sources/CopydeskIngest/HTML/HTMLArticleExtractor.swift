internal import CLibXML2
public import CopydeskText

/// Finds the article in an HTML page parsed by libxml2.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    public func extract(_ document: Document) throws(IngestError) -> Article {
        copydesk_silenceLibXML2()
        var utf8 = Array(document.content.utf8)
        utf8.append(0)
        let doc = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), document.url, "UTF-8", COPYDESK_HTML_OPTIONS)
            }
        }
        guard let doc else { throw IngestError(.parse, source: document.source, "libxml2 could not parse the page") }
        defer { xmlFreeDoc(doc) }
        var paragraphs: [String] = []
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(doc) { stack.append(root) }
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, String(cString: node.pointee.name) == "p" {
                if let content = xmlNodeGetContent(node) {
                    let text = String(cString: content).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    copydesk_xmlFree(content)
                    if !text.isEmpty { paragraphs.append(text) }
                }
                continue
            }
            var child = node.pointee.last
            while let c = child {
                stack.append(c)
                child = c.pointee.prev
            }
        }
        guard !paragraphs.isEmpty else {
            throw IngestError(.noArticle, source: document.source, "no article text found")
        }
        return Article(source: document.source, id: document.id, url: document.url, paragraphs: paragraphs)
    }
}
