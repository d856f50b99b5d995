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

    /// libxml2 turns `<![CDATA[…]]>` in HTML into literal text; browsers show none of it. Inside
    /// `<script>` and `<style>` it is raw text and stays (JSON-LD is often wrapped in it).
    static func dropCDATASections(_ bytes: inout [UInt8]) {
        let open = Array("<![CDATA[".utf8)
        guard find(open, in: bytes, from: 0) != nil else { return }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var rawUntil: [UInt8]? = nil  // the closing tag that ends the raw text we are in
        var copiedUpTo = 0
        var i = 0
        while i < bytes.count {
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            i = lt
            if let closing = rawUntil {
                if startsWith(closing, bytes, at: i) { rawUntil = nil }
            } else if startsWith(Array("<script".utf8), bytes, at: i) {
                rawUntil = Array("</script".utf8)
            } else if startsWith(Array("<style".utf8), bytes, at: i) {
                rawUntil = Array("</style".utf8)
            } else if i + open.count <= bytes.count, bytes[i..<i + open.count].elementsEqual(open) {
                result.append(contentsOf: bytes[copiedUpTo..<i])
                guard let close = find(Array("]]>".utf8), in: bytes, from: i + open.count) else {
                    copiedUpTo = bytes.count
                    break
                }
                i = close + 3
                copiedUpTo = i
                continue
            }
            i += 1
        }
        result.append(contentsOf: bytes[copiedUpTo...])
        bytes = result
    }

    /// Case-insensitive prefix test of lower-case `prefix` at `index`.
    private static func startsWith(_ prefix: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[index + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
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
