/// How text bytes are copied out of libxml2: white space collapsed, C1 controls read as
/// windows-1252, legacy entities without `;` decoded, soft hyphens dropped.
enum PageText {
    /// windows-1252's meaning of 0x80–0x9F, which is what browsers show for `&#150;` and friends.
    static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Entities browsers decode without a closing `;` (the legacy list), plus the typographic ones
    /// CMS templates often write that way. libxml2 leaves all of them literal.
    static let legacyEntities: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 38, "AMP": 38, "lt": 60, "LT": 60, "gt": 62, "GT": 62, "quot": 34, "QUOT": 34,
            "nbsp": 160, "copy": 169, "COPY": 169, "reg": 174, "REG": 174, "shy": 173,
            "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019,
            "ldquo": 0x201C, "rdquo": 0x201D, "bull": 0x2022, "trade": 0x2122, "euro": 0x20AC,
        ]
        let latin1 = [
            "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
            "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
            "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
            "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
            "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
            "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
            "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
            "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
            "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
            "yacute", "thorn", "yuml",
        ]
        for (offset, name) in latin1.enumerated() { table[name] = UInt32(0xA1 + offset) }
        return table
    }()

    /// Appends `count` bytes at `source` to `buffer`. Outside `<pre>`, every run of white space
    /// (ASCII, no-break and the other Unicode spaces) becomes one ASCII space; inside, line breaks
    /// stay and other spaces become ASCII spaces.
    static func append(
        _ source: UnsafePointer<UInt8>, count: Int, preformatted: Bool, to buffer: inout [UInt8]
    ) {
        var i = 0
        var lastWasSpace = false
        while i < count {
            let byte = source[i]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                    if preformatted {
                        if byte == 0x0D {
                            buffer.append(0x0A)
                            if i + 1 < count, source[i + 1] == 0x0A { i += 1 }
                        } else {
                            buffer.append(byte == 0x0A ? 0x0A : 0x20)
                        }
                    } else if !lastWasSpace {
                        buffer.append(0x20)
                        lastWasSpace = true
                    }
                    i += 1
                    continue
                }
                if byte == UInt8(ascii: "&"), let (scalar, used) = legacyEntity(source + i, count - i) {
                    if scalar == 160 {
                        if !lastWasSpace || preformatted { buffer.append(0x20) }
                        lastWasSpace = true
                    } else if scalar != 173 {
                        appendScalar(scalar, to: &buffer)
                        lastWasSpace = false
                    }
                    i += used
                    continue
                }
                lastWasSpace = false
                buffer.append(byte < 0x20 ? 0x20 : byte)
                i += 1
                continue
            }
            let width = spaceWidth(source + i, count - i)
            if width > 0 {
                if preformatted || !lastWasSpace { buffer.append(0x20) }
                lastWasSpace = true
                i += width
                continue
            }
            lastWasSpace = false
            if byte == 0xC2, i + 1 < count {
                let next = source[i + 1]
                if next >= 0x80, next <= 0x9F {
                    let mapped = windows1252[Int(next - 0x80)]
                    if mapped != 0 { appendScalar(mapped, to: &buffer) }
                    i += 2
                    continue
                }
                if next == 0xAD {  // soft hyphen: invisible unless a word breaks there
                    i += 2
                    continue
                }
            }
            buffer.append(byte)
            i += 1
        }
    }

    /// The byte length of the Unicode white space at `p` (JavaScript's `\s` beyond ASCII), or 0.
    @inline(__always) static func spaceWidth(_ p: UnsafePointer<UInt8>, _ available: Int) -> Int {
        let b0 = p[0]
        if b0 == 0xC2, available >= 2, p[1] == 0xA0 { return 2 }
        guard available >= 3 else { return 0 }
        let b1 = p[1]
        let b2 = p[2]
        switch b0 {
        case 0xE2:
            if b1 == 0x80, (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F { return 3 }
        case 0xE3: if b1 == 0x80, b2 == 0x80 { return 3 }
        case 0xE1: if b1 == 0x9A, b2 == 0x80 { return 3 }
        case 0xEF: if b1 == 0xBB, b2 == 0xBF { return 3 }
        default: break
        }
        return 0
    }

    private static func legacyEntity(_ p: UnsafePointer<UInt8>, _ available: Int) -> (UInt32, Int)? {
        var length = 0
        while length < 8, 1 + length < available {
            let c = p[1 + length]
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) else { break }
            length += 1
        }
        guard length >= 2 else { return nil }
        // The longest known name wins, as in browsers ("&notit" is "¬it").
        var take = length
        while take >= 2 {
            let name = String(decoding: UnsafeBufferPointer(start: p + 1, count: take), as: UTF8.self)
            if let scalar = legacyEntities[name] {
                var used = 1 + take
                if used < available, p[used] == UInt8(ascii: ";") { used += 1 }
                return (scalar, used)
            }
            take -= 1
        }
        return nil
    }

    static func appendScalar(_ value: UInt32, to buffer: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { return }
        buffer.append(contentsOf: encoded)
    }
}
