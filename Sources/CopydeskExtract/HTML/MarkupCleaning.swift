#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// What has to go before libxml2 sees the page.
enum MarkupCleaning {
    /// libxml2 turns `<![CDATA[…]]>` in HTML into literal text; browsers show none of it. Inside
    /// `<script>` and `<style>` it is raw text and stays (JSON-LD is often wrapped in it).
    /// Returns nil when there is nothing to drop.
    static func withoutCDATASections(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { withoutCDATASections($0) }
    }

    static func withoutCDATASections(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard mayHoldCDATA(bytes) else { return nil }
        let open = Array("<![CDATA[".utf8)
        var result: [UInt8]?
        var rawUntil: [UInt8]? = nil  // the closing tag that ends the raw text we are in
        var copiedUpTo = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        guard let base = bytes.baseAddress else { return nil }
        while i < end {
            // memchr finds the next '<' many bytes at a time.
            guard let found = memchr(base + i, 0x3C, end - i) else { break }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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

    /// A quick look for "<![CDATA[" before the careful pass: most pages have none.
    private static func mayHoldCDATA(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 12, let base = bytes.baseAddress else { return false }
        var i = 0
        let last = bytes.count - 9
        while i <= last {
            // memchr scans for '<' many bytes at a time.
            guard let found = memchr(base + i, 0x3C, last + 1 - i) else { return false }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[i + 1] == 0x21, bytes[i + 2] == 0x5B {
                var j = 3
                while j < 9, bytes[i + j] == cdataOpen[j] { j += 1 }
                if j == 9 { return true }
            }
            i += 1
        }
        return false
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)

    private static let scriptOpen = Array("<script".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleOpen = Array("<style".utf8)
    private static let styleClose = Array("</style".utf8)

    /// Case-insensitive prefix test of lower-case `prefix` at `index`.
    private static func startsWith(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= bytes.endIndex else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[index + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
    }

}
