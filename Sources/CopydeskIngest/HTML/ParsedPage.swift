internal import CLibXML2

/// A page parsed by libxml2's HTML parser; frees the document when released.
final class ParsedPage {
    let document: htmlDocPtr

    /// libxml2 must be initialised once before threads parse concurrently.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `html` as UTF-8 whatever it declares, with no network and no diagnostics.
    /// Returns nil when libxml2 produces no document at all.
    init?(html: String) {
        guard Self.initialised else { return nil }
        copydesk_silenceLibXML2()  // error handlers are per thread
        var bytes = Array(html.utf8)
        Self.dropCDATASections(&bytes)
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return nil }
                return htmlReadMemory(base, Int32(clamping: chars.count), nil, "UTF-8", COPYDESK_HTML_OPTIONS)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// libxml2 turns `<![CDATA[…]]>` in HTML into literal text; browsers show none of it.
    static func dropCDATASections(_ bytes: inout [UInt8]) {
        let open = Array("<![CDATA[".utf8)
        guard let first = find(open, in: bytes, from: 0) else { return }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        var start: Int? = first
        while let found = start {
            result.append(contentsOf: bytes[position..<found])
            guard let close = find(Array("]]>".utf8), in: bytes, from: found + open.count) else {
                position = bytes.count
                break
            }
            position = close + 3
            start = find(open, in: bytes, from: position)
        }
        if position < bytes.count { result.append(contentsOf: bytes[position...]) }
        bytes = result
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count, from <= bytes.count - needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                let first = n[0]
                var i = from
                let last = hay.count - n.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < n.count, hay[i + j] == n[j] { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
