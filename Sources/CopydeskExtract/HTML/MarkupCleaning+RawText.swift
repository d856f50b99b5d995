#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension MarkupCleaning {
    /// The page with the text of its `<script>` and `<style>` elements left out (the tags stay),
    /// or nil when there is none to drop or the markup is too unusual to be sure where it is.
    ///
    /// libxml2 reads that raw text a character at a time and ``PageReader`` ignores all of it
    /// (JSON-LD scripts excepted: those are kept): on news pages it is about a third of the
    /// bytes and a fifth of libxml2's instructions (issue 18). The element ends where libxml2
    /// ends it when recovering: at the first `</script` (`</style`), in any case, whatever
    /// follows. Dropping is safe only where libxml2 opens the element too, so this reads the
    /// page as it does (comments, quoted attribute values) and gives up, leaving the page
    /// whole, on anything it reads differently or that may hide a tag: processing instructions
    /// that hold a `<`, abruptly closed comments, `<script … />`.
    ///
    /// With `droppingUnreadAttributes` (what ``PageReader`` asks for), libxml2 is spared two more
    /// things it reads a character at a time and the reader throws away, which were a sixth and
    /// a tenth of all instructions on news pages (issue 18):
    /// - attribute values the reader never looks at (see ``AttributeCuts``);
    /// - runs of white space in the text of the body, cut to their first byte (see
    ///   ``BlankRuns``): the reader turns any run into one space.
    static func withoutRawText(_ bytes: UnsafeBufferPointer<UInt8>, droppingUnreadAttributes: Bool = false)
        -> [UInt8]?
    {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var result: [UInt8] = []
        var copiedUpTo = 0
        var i = 0
        var cuts: [Range<Int>] = []
        /// Copies the page up to `index` (the result is made on first need) and skips to `resume`.
        func cut(from index: Int, to resume: Int) {
            if result.isEmpty { result.reserveCapacity(end) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
            copiedUpTo = resume
        }
        var blanks = BlankRuns(enabled: droppingUnreadAttributes)
        /// Where the text after the last tag, end tag or comment starts (-1: not known to be text).
        var textStart = -1
        func cutBlankRuns(before limit: Int) {
            guard blanks.collapsing, textStart >= 0, textStart < limit else { return }
            var k = textStart
            while k < limit {
                guard BlankRuns.isBlank(bytes[k]) else {
                    k += 1
                    continue
                }
                var runEnd = k + 1
                while runEnd < limit, BlankRuns.isBlank(bytes[runEnd]) { runEnd += 1 }
                if runEnd - k >= 2 { cut(from: k + 1, to: runEnd) }
                k = runEnd
            }
        }
        while i < end {
            guard let found = memchr(base + i, 0x3C, end - i) else { break }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            cutBlankRuns(before: open)
            textStart = -1
            i = open + 1
            guard i < end else { break }
            switch bytes[i] {
            case 0x21:  // "<!"
                guard hasPrefix(Self.commentStart, bytes, at: open) else { continue }
                // "<!-->" and "<!--->" close at once in browsers, and perhaps in libxml2.
                if hasPrefix(Self.abruptComment, bytes, at: open) || hasPrefix(Self.abruptComment2, bytes, at: open) {
                    return nil
                }
                guard let close = firstIndex(of: Self.commentEnd, in: bytes, from: open + 4) else {
                    i = end
                    continue
                }
                if firstIndex(of: Self.bangCommentEnd, in: bytes, from: open + 4, before: close) != nil { return nil }
                i = close + 3
                textStart = i
            case 0x3F:  // "<?": libxml2 ends it at the first '>'; a '<' before that may be a tag.
                var j = i + 1
                while j < end, bytes[j] != 0x3E {
                    if bytes[j] == 0x3C { return nil }
                    j += 1
                }
                i = j
            case 0x2F:  // "</": libxml2 ends an end tag at the first '>', quotes or not.
                guard let close = memchr(base + i, 0x3E, end - i) else {
                    i = end
                    continue
                }
                blanks.endTag(bytes, nameFrom: i + 1)
                i = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                textStart = i
            case let first where (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A:
                // A start tag: its attribute values may hold '<', so it is read to its end.
                var nameEnd = i
                while nameEnd < end, !endsTagName(bytes[nameEnd]) { nameEnd += 1 }
                let element = droppingUnreadAttributes ? AttributeCuts.element(bytes, name: i..<nameEnd) : .keepAll
                cuts.removeAll(keepingCapacity: true)
                guard let tagEnd = startTagEnd(bytes, from: nameEnd, element: element, cuts: &cuts) else { return nil }
                i = tagEnd + 1
                let closing: [UInt8]
                if nameEnd - open == 7, hasPrefix(Self.scriptOpen, bytes, at: open) {
                    closing = Self.scriptClose
                } else if nameEnd - open == 6, hasPrefix(Self.styleOpen, bytes, at: open) {
                    closing = Self.styleClose
                } else {
                    for range in cuts { cut(from: range.lowerBound, to: range.upperBound) }
                    blanks.startTag(bytes, name: open + 1..<nameEnd)
                    textStart = i
                    continue
                }
                // "<script … />" is an empty element to libxml2 unless the '/' ends an unquoted value.
                if bytes[tagEnd - 1] == 0x2F { return nil }
                let textStart = tagEnd + 1
                let textEnd = firstIndex(of: closing, in: bytes, from: textStart) ?? end
                i = textEnd
                // JSON-LD is read: any start tag naming it keeps its text.
                if closing == Self.scriptClose,
                    firstIndex(of: Self.linkedData, in: bytes, from: open, before: tagEnd) != nil
                {
                    continue
                }
                guard textEnd > textStart else { continue }
                cut(from: textStart, to: textEnd)
            default:
                continue
            }
        }
        cutBlankRuns(before: end)
        guard copiedUpTo > 0 else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<end]))
        return result
    }

    private static let commentStart = Array("<!--".utf8)
    private static let abruptComment = Array("<!-->".utf8)
    private static let abruptComment2 = Array("<!--->".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let bangCommentEnd = Array("--!>".utf8)
    private static let scriptOpen = Array("<script".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleOpen = Array("<style".utf8)
    private static let styleClose = Array("</style".utf8)
    private static let linkedData = Array("ld+json".utf8)

    /// libxml2's HTML names run on letters, digits and `_ : . -`.
    private static func endsTagName(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A { return false }
        if byte >= 0x30 && byte <= 0x39 { return false }
        return byte != 0x5F && byte != 0x3A && byte != 0x2E && byte != 0x2D
    }

    /// The '>' that ends a start tag whose name ends at `index`, read as libxml2 reads
    /// attributes: a name ([A-Za-z_:] then [A-Za-z0-9_:.-]), optionally `=` and a value, quoted
    /// or running to white space or '>'; anything else is skipped to white space, '>' or "/>".
    /// Nil when the page ends first or a quote is never closed.
    ///
    /// Attributes `element` says the reader never reads are added to `cuts` (whole, with the
    /// white space after them), and so is the rest of a link's address after its first byte;
    /// only attributes with a quoted value and white space before them, whose ends are certain.
    private static func startTagEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, element: AttributeCuts.Element = .keepAll,
        cuts: inout [Range<Int>]
    ) -> Int? {
        var j = index
        let end = bytes.count
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while true {
            while j < end, isBlank(bytes[j]) { j += 1 }
            guard j < end else { return nil }
            let byte = bytes[j]
            if byte == 0x3E { return j }
            if byte == 0x2F, j + 1 < end, bytes[j + 1] == 0x3E { return j + 1 }
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || byte == 0x5F || byte == 0x3A else {
                while j < end, !isBlank(bytes[j]), bytes[j] != 0x3E,
                    !(bytes[j] == 0x2F && j + 1 < end && bytes[j + 1] == 0x3E)
                {
                    j += 1
                }
                continue
            }
            let nameStart = j
            while j < end, !endsTagName(bytes[j]) { j += 1 }
            let nameEnd = j
            while j < end, isBlank(bytes[j]) { j += 1 }
            guard j < end, bytes[j] == 0x3D else { continue }
            j += 1
            while j < end, isBlank(bytes[j]) { j += 1 }
            guard j < end else { return nil }
            if bytes[j] == 0x22 || bytes[j] == 0x27 {
                let quote = bytes[j]
                let valueStart = j + 1
                // memchr finds the closing quote of long values (class lists) many bytes at a time.
                guard let base = bytes.baseAddress, valueStart < end,
                    let closing = memchr(base + valueStart, Int32(quote), end - valueStart)
                else { return nil }
                j = base.distance(to: closing.assumingMemoryBound(to: UInt8.self))
                let valueEnd = j
                j += 1
                if element != .keepAll, nameStart > index, isBlank(bytes[nameStart - 1]) {
                    switch AttributeCuts.verdict(bytes, name: nameStart..<nameEnd, element: element) {
                    case .keep: break
                    case .drop:
                        var resume = j
                        while resume < end, isBlank(bytes[resume]) { resume += 1 }
                        cuts.append(nameStart..<resume)
                    case .firstByteOnly:
                        if valueEnd - valueStart > 1, AttributeCuts.isPlainAddressStart(bytes[valueStart]) {
                            cuts.append(valueStart + 1..<valueEnd)
                        }
                    }
                }
            } else {
                while j < end, !isBlank(bytes[j]), bytes[j] != 0x3E { j += 1 }
            }
        }
    }

    /// Case-insensitive test of lower-case `prefix` at `index`.
    private static func hasPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[index + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
    }

    /// Where lower-case `needle` first starts, case-insensitively, at or after `start` and
    /// wholly before `limit`.
    private static func firstIndex(
        of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int? = nil
    ) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        let stop = min(limit ?? bytes.count, bytes.count)
        let upper = first >= 0x61 && first <= 0x7A ? first & ~0x20 : first
        var i = max(start, 0)
        while i + needle.count <= stop {
            // memchr finds the lower-case first byte; an upper-case one is rare and checked on the way.
            let span = stop - i
            var candidate = stop
            if let hit = memchr(base + i, Int32(first), span) {
                candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if upper != first, let hit = memchr(base + i, Int32(upper), candidate - i) {
                candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            guard candidate + needle.count <= stop else { return nil }
            if hasPrefix(needle, bytes, at: candidate) { return candidate }
            i = candidate + 1
        }
        return nil
    }
}
