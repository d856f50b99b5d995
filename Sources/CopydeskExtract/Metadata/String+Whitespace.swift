#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension String {
    /// The string without leading and trailing white space (Unicode's definition, so no-break
    /// spaces that page dumps carry count too).
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isUnicodeWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isUnicodeWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string trimmed, with every run of white space (no-break spaces, tabs, zero-width
    /// spaces included) turned into one ordinary space: how a reader sees the line.
    package func collapsingWhitespace() -> String {
        if isCollapsedASCII { return self }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isUnicodeWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// ASCII with no white space but single spaces between words: nothing to collapse.
    private var isCollapsedASCII: Bool {
        var previousSpace = true
        for byte in utf8 {
            if byte >= 0x80 || (byte < 0x20 && byte != 0x20) || byte == 0x7F { return false }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || isEmpty
    }

    /// Whether the UTF-8 bytes of `needle` occur in the string: a plain byte search, many times
    /// faster than the grapheme-aware `contains`, and all the page-furniture cues need. `memchr`
    /// finds the first byte many bytes at a time: the cue lists run this tens of thousands of
    /// times over a page set, and a byte loop cost 2% of extraction (issue 18).
    package func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count, let hBase = h.baseAddress, let nBase = n.baseAddress else { return false }
                let first = Int32(n[0])
                var index = 0
                let last = h.count - n.count
                while index <= last {
                    guard let hit = memchr(hBase + index, first, last + 1 - index) else { return false }
                    index = hBase.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hBase + index, nBase, n.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }

    /// `lowercased()`, byte for byte, with ASCII lowered a byte at a time: the standard library
    /// builds a `String` for every scalar of a line that holds one non-ASCII letter, which made
    /// lower-casing paragraphs a visible share of extraction (issue 18). Other scalars go through
    /// the same `lowercaseMapping` the standard library uses.
    package func lowercasedQuickly() -> String {
        // ASCII text takes the standard library's own fast path.
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}

extension Unicode.Scalar {
    /// White space by Unicode's definition, without a property lookup for ASCII.
    var isUnicodeWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
