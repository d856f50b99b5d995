internal import CLibXML2

/// A page parsed by libxml2's HTML parser; frees the document when released.
final class ParsedPage {
    let document: htmlDocPtr
    /// The length of the page in bytes, to size what is built from it.
    let size: Int

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
        var text = html
        if text.isEmpty { text = "<html></html>" }
        // Native strings are contiguous UTF-8: libxml2 reads them in place unless CDATA must go.
        let parsed =
            text.utf8.withContiguousStorageIfAvailable { buffer -> htmlDocPtr? in
                if let cleaned = Self.withoutCDATASections(buffer) { return Self.parse(cleaned) }
                return Self.parse(buffer)
            } ?? Self.parse(Self.withoutCDATASections(Array(text.utf8)) ?? Array(text.utf8))
        guard let parsed else { return nil }
        document = parsed
        size = text.utf8.count
    }

    private static func parse(_ bytes: [UInt8]) -> htmlDocPtr? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        buffer.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else { return nil }
            return htmlReadMemory(base, Int32(clamping: chars.count), nil, "UTF-8", COPYDESK_HTML_OPTIONS)
        }
    }

    deinit { xmlFreeDoc(document) }

    /// libxml2 turns `<![CDATA[…]]>` in HTML into literal text; browsers show none of it. Inside
    /// `<script>` and `<style>` it is raw text and stays (JSON-LD is often wrapped in it).
    /// Returns nil when there is nothing to drop.
    static func withoutCDATASections<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> [UInt8]?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let open = Array("<![CDATA[".utf8)
        var result: [UInt8]?
        var rawUntil: [UInt8]? = nil  // the closing tag that ends the raw text we are in
        var copiedUpTo = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            i = lt
            if let closing = rawUntil {
                if startsWith(closing, bytes, at: i) { rawUntil = nil }
            } else if startsWith(Self.scriptOpen, bytes, at: i) {
                rawUntil = Self.scriptClose
            } else if startsWith(Self.styleOpen, bytes, at: i) {
                rawUntil = Self.styleClose
            } else if i + open.count <= end, bytes[i..<i + open.count].elementsEqual(open) {
                if result == nil {
                    result = Array()
                    result?.reserveCapacity(bytes.count)
                }
                result?.append(contentsOf: bytes[copiedUpTo..<i])
                var close = i + open.count
                while close + 3 <= end, !(bytes[close] == 0x5D && bytes[close + 1] == 0x5D && bytes[close + 2] == 0x3E)
                {
                    close += 1
                }
                i = min(close + 3, end)
                copiedUpTo = i
                continue
            }
            i += 1
        }
        guard var cleaned = result else { return nil }
        cleaned.append(contentsOf: bytes[copiedUpTo..<end])
        return cleaned
    }

    private static let scriptOpen = Array("<script".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleOpen = Array("<style".utf8)
    private static let styleClose = Array("</style".utf8)

    /// Case-insensitive prefix test of lower-case `prefix` at `index`.
    private static func startsWith<Bytes: RandomAccessCollection>(_ prefix: [UInt8], _ bytes: Bytes, at index: Int)
        -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard index + prefix.count <= bytes.endIndex else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[index + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
    }

}
