#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension MarkupCleaning {
    /// What ``withSafeTags(_:)`` changed.
    struct TagRepairs: Equatable {
        /// NUL bytes replaced (inside tags) or dropped (in text).
        var nulBytes = 0
        /// Elements that had attributes past ``maximumAttributes`` dropped.
        var cutElements = 0
        /// Attributes dropped in all.
        var cutAttributes = 0
    }

    /// Attributes kept per element. Real pages stay far below it (a heavily tracked link has
    /// twenty or so); libxml2 compares each attribute with every earlier one of its element, so
    /// one element with 200,000 of them costs 40 s.
    static let maximumAttributes = 256

    /// The page with what libxml2 must not see in tags repaired, or nil when nothing needed it:
    ///
    /// - NUL bytes: libxml2 2.9 takes a NUL for the end of the input in places, so one NUL inside
    ///   a tag cut the rest of the page and a NUL first refused it. As HTML5 does, a NUL in a tag
    ///   becomes U+FFFD and one in text is dropped.
    /// - Attributes past ``maximumAttributes`` on one element are dropped, so the parser's work
    ///   stays linear in the size of the page.
    ///
    /// Script, style and comment contents are raw text and are passed through (NULs aside).
    static func withSafeTags(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], TagRepairs)? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let hasNUL = memchr(base, 0, bytes.count) != nil
        var repairs = TagRepairs()
        var result: [UInt8] = []
        var copiedUpTo = 0
        /// Copies the input up to `index` into the result, made on first need.
        func flush(to index: Int) {
            if result.isEmpty && copiedUpTo == 0 { result.reserveCapacity(bytes.count + 16) }
            copyText(from: copiedUpTo, to: index)
            copiedUpTo = index
        }
        /// Copies bytes outside tags, dropping NULs.
        func copyText(from start: Int, to end: Int) {
            guard start < end else { return }
            var run = start
            for i in start..<end where bytes[i] == 0 {
                if run < i { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                repairs.nulBytes += 1
                run = i + 1
            }
            if run < end { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
        }
        let end = bytes.count
        var i = 0
        while i < end {
            guard let found = memchr(base + i, 0x3C, end - i) else { break }
            let open = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            i = open + 1
            guard i < end else { break }
            if startsWith(Self.commentOpen, bytes, at: open) {
                i = index(of: Self.commentClose, in: bytes, from: open + 4) ?? end
                continue
            }
            let first = bytes[i] == 0x2F ? i + 1 : i
            guard first < end, isLetter(bytes[first]) else { continue }
            // A start or end tag: name, then attributes, to the '>' outside quotes.
            var j = first
            while j < end, !isSpace(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
            let name = lowercased(bytes, first..<j)
            var attributes = 0
            var cutFrom: Int?
            var tagEnd = end
            scan: while j < end {
                while j < end, isSpace(bytes[j]) || bytes[j] == 0x2F { j += 1 }
                guard j < end else { break }
                if bytes[j] == 0x3E {
                    tagEnd = j
                    break scan
                }
                attributes += 1
                if attributes > maximumAttributes, cutFrom == nil { cutFrom = j }
                // The name runs to white space, '/', '>' or '=' (a leading '=' belongs to it).
                j += 1
                while j < end, !isSpace(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F, bytes[j] != 0x3D { j += 1 }
                var k = j
                while k < end, isSpace(bytes[k]) { k += 1 }
                guard k < end, bytes[k] == 0x3D else { continue }
                k += 1
                while k < end, isSpace(bytes[k]) { k += 1 }
                if k < end, bytes[k] == 0x22 || bytes[k] == 0x27 {
                    let quote = bytes[k]
                    guard let close = memchr(base + k + 1, Int32(quote), end - k - 1) else {
                        j = end
                        break scan
                    }
                    j = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                } else {
                    while k < end, !isSpace(bytes[k]), bytes[k] != 0x3E { k += 1 }
                    j = k
                }
            }
            let tagStop = min(tagEnd, end)
            let nulInTag = hasNUL && memchr(base + open, 0, tagStop - open) != nil
            if cutFrom != nil || nulInTag {
                flush(to: open)
                let keptEnd = cutFrom ?? tagStop
                for byte in UnsafeBufferPointer(rebasing: bytes[open..<keptEnd]) {
                    if byte == 0 {
                        result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        repairs.nulBytes += 1
                    } else {
                        result.append(byte)
                    }
                }
                if cutFrom != nil {
                    repairs.cutElements += 1
                    repairs.cutAttributes += attributes - maximumAttributes
                }
                copiedUpTo = tagStop
            }
            i = tagStop
            // Raw text: its '<' are not tags.
            if bytes[open + 1] != 0x2F, let close = Self.rawTextClose[name] {
                i = index(of: close, in: bytes, from: i) ?? end
            }
        }
        guard copiedUpTo > 0 || hasNUL else { return nil }
        flush(to: end)
        return (result, repairs)
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    /// Elements whose content is raw text up to their end tag.
    private static let rawTextClose: [[UInt8]: [UInt8]] = [
        Array("script".utf8): Array("</script".utf8), Array("style".utf8): Array("</style".utf8),
        Array("textarea".utf8): Array("</textarea".utf8), Array("title".utf8): Array("</title".utf8),
        Array("xmp".utf8): Array("</xmp".utf8), Array("iframe".utf8): Array("</iframe".utf8),
        Array("noembed".utf8): Array("</noembed".utf8), Array("noframes".utf8): Array("</noframes".utf8),
    ]

    /// Where lower-case `needle` next starts at or after `start` (ASCII case ignored), or nil.
    private static func index(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var i = max(0, start)
        while i < bytes.count {
            guard let found = memchr(base + i, Int32(first), bytes.count - i) else { return nil }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if startsWithLowered(needle, bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    private static func startsWithLowered(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
        -> Bool
    {
        guard index >= 0, index + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[index + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
    }

    private static func startsWith(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        startsWithLowered(prefix, bytes, at: index)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        bytes[range].prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
