extension MarkupCleaning {
    /// Whether the bytes in `range` spell `lowercase` in any letter case (ASCII letters only):
    /// tag and attribute names, compared where they lie in the page.
    static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lowercase: [UInt8]) -> Bool {
        guard range.count == lowercase.count, range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        var k = 0
        for index in range {
            let byte = bytes[index]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != lowercase[k] { return false }
            k += 1
        }
        return true
    }

    /// Where runs of white space in text may be cut to their first byte before libxml2 reads the
    /// page. The reader turns any run of ASCII white space in a text node into one space, except
    /// inside `<pre>`, so the tree it builds is the same; libxml2 reads each byte of the run a
    /// character at a time, and on news pages (indented markup) a quarter of the bytes left
    /// after scripts are such runs (issue 18).
    ///
    /// Only in the body: there libxml2 treats a run the same whatever its length (it may open an
    /// implied paragraph for text straight under `<html>` or `<head>` depending on where its
    /// 1000-byte chunks fall). Nothing is cut inside `<title>` (its text is kept as written), and
    /// nothing from the first `<pre>`, `<textarea>`, `<listing>`, `<xmp>` or `<plaintext>` on,
    /// nor after the body or the page is closed: the regions where a run's length could matter
    /// are never guessed at.
    struct BlankRuns {
        let enabled: Bool
        private var inBody = false
        private var inTitle = false
        private var stopped = false

        init(enabled: Bool) {
            self.enabled = enabled
        }

        /// Whether runs in text here are cut.
        var collapsing: Bool { enabled && inBody && !inTitle && !stopped }

        /// libxml2's blanks (`IS_BLANK_CH`); a form feed is not one, so it is never cut.
        @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        }

        /// A start tag whose name is `name`.
        mutating func startTag(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>) {
            guard enabled, !stopped else { return }
            if MarkupCleaning.equalsLowercased(bytes, name, Self.body) {
                inBody = true
            } else if MarkupCleaning.equalsLowercased(bytes, name, Self.title) {
                inTitle = true
            } else if Self.preserving.contains(where: { MarkupCleaning.equalsLowercased(bytes, name, $0) }) {
                stopped = true
            }
        }

        /// An end tag whose name starts at `index` (just after `</`).
        mutating func endTag(_ bytes: UnsafeBufferPointer<UInt8>, nameFrom index: Int) {
            guard enabled, !stopped else { return }
            var nameEnd = index
            while nameEnd < bytes.count, nameEnd - index < 16 {
                let lower = bytes[nameEnd] | 0x20
                guard lower >= 0x61 && lower <= 0x7A else { break }
                nameEnd += 1
            }
            let name = index..<nameEnd
            if MarkupCleaning.equalsLowercased(bytes, name, Self.title) {
                inTitle = false
            } else if MarkupCleaning.equalsLowercased(bytes, name, Self.body) || MarkupCleaning.equalsLowercased(bytes, name, Self.html) {
                stopped = true
            }
        }

        private static let body = Array("body".utf8)
        private static let html = Array("html".utf8)
        private static let title = Array("title".utf8)
        private static let preserving: [[UInt8]] = ["pre", "textarea", "listing", "xmp", "plaintext"].map {
            Array($0.utf8)
        }
    }
}
