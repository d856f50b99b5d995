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
    /// faster than the grapheme-aware `contains`, and all the page-furniture cues need.
    package func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var index = 0
                while index <= h.count - n.count {
                    if h[index] == first {
                        var offset = 1
                        while offset < n.count, h[index + offset] == n[offset] { offset += 1 }
                        if offset == n.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
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
