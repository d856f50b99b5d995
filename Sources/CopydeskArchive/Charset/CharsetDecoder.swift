import CopydeskExtract

/// Bytes decoded to text, with the charset they were read in and what was odd about them.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text.
    public var text: String
    /// The charset the bytes were read in, after any correction of what the page declared.
    public var charset: Charset
    /// One line each: a declaration that lied, bytes replaced by U+FFFD.
    public var warnings: [String]
}

/// Decodes the bytes of a page the way browsers do, and says so when the page lied about itself.
///
/// The order is the HTML standard's: a byte order mark; the charset of the HTTP `Content-Type`
/// header; a `<meta charset>` in the first 1024 bytes (WHATWG labels, so `iso-8859-1`, `latin1`
/// and `ascii` mean windows-1252); then UTF-8 when the bytes are UTF-8, else a legacy charset
/// declared by a `<meta>` further into the head (as browsers switch to it when they reach it),
/// else windows-1252. Two
/// departures, both warned about: a page declared in a legacy charset whose bytes are valid,
/// non-ASCII UTF-8 is read as UTF-8 (no legacy text is valid UTF-8 by accident), and a page
/// declared UTF-8 without a single valid multi-byte character but with bytes that are not UTF-8
/// is read as windows-1252. A UTF-8 page with a few bad bytes keeps UTF-8 and loses only those
/// bytes, each to one U+FFFD, never the rest of the page to mojibake.
public struct CharsetDecoder: Sendable {
    /// A decoder; it keeps no state between inputs.
    public init() {}

    /// - Parameters:
    ///   - bytes: the page as read, byte order mark included.
    ///   - headerCharset: the `charset` parameter of the HTTP `Content-Type` header, if any.
    ///   - prescan: whether to look for `<meta charset>`, which only HTML has.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, headerCharset: String? = nil, prescan: Bool = true)
        -> DecodedText
    {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(UnsafeBufferPointer(rebasing: bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return utf16(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), as: .utf16LE, warnings: [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return utf16(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), as: .utf16BE, warnings: [])
        }

        var warnings: [String] = []
        var declared: (charset: Charset, origin: String)?
        if let label = headerCharset, !label.isEmpty {
            declared = accept(label, Charset(label: label), origin: "the HTTP header", warnings: &warnings)
        }
        if declared == nil, prescan, let finding = MetaCharsetPrescan.scan(bytes) {
            declared = accept(finding.label, finding.charset, origin: "<meta charset>", warnings: &warnings)
        }

        if let declared, declared.charset == .utf16LE || declared.charset == .utf16BE {
            return utf16(bytes, as: declared.charset, warnings: warnings)
        }
        if declared == nil, let guess = ContentSniffer.utf16Guess(bytes) {
            warnings.append("read as \(guess) (no byte order mark, but every other byte is NUL)")
            return utf16(bytes, as: guess, warnings: warnings)
        }

        let scan = UTF8Scan(bytes)
        guard let declared, declared.charset != .utf8 else {
            if scan.invalid == 0 || scan.looksLikeDamagedUTF8 {
                // The scan just made is reused: a second pass over the page cost as much again.
                var result = utf8(bytes, scan: scan)
                result.warnings = warnings + result.warnings
                return result
            }
            if let declared {
                warnings.append(
                    "declared UTF-8 in \(declared.origin), but the bytes are not UTF-8: read as windows-1252")
            } else if prescan, let late = lateDeclaration(bytes) {
                return decodeLegacy(bytes, as: late, warnings: warnings)
            }
            return DecodedText(text: Windows1252.decode(bytes), charset: .windows1252, warnings: warnings)
        }

        if scan.multibyte > 0 && scan.invalid == 0 {
            warnings.append(
                "declared \(declared.charset) in \(declared.origin), but the bytes are UTF-8: read as UTF-8")
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: .utf8, warnings: warnings)
        }
        return decodeLegacy(bytes, as: declared.charset, warnings: warnings)
    }

    /// Bytes in a legacy (neither UTF-8 nor UTF-16) charset.
    private func decodeLegacy(_ bytes: UnsafeBufferPointer<UInt8>, as charset: Charset, warnings: [String])
        -> DecodedText
    {
        var warnings = warnings
        if charset == .windows1252 {
            return DecodedText(text: Windows1252.decode(bytes), charset: .windows1252, warnings: warnings)
        }
        guard let name = charset.iconvName, let result = IconvConverter.decode(bytes, from: name) else {
            warnings.append("no \(charset) decoder on this system: read as windows-1252")
            return DecodedText(text: Windows1252.decode(bytes), charset: .windows1252, warnings: warnings)
        }
        if result.replaced > 0 {
            warnings.append("replaced \(result.replaced) byte(s) that are not \(charset) with U+FFFD")
        }
        return DecodedText(text: result.text, charset: charset, warnings: warnings)
    }

    /// A legacy charset declared by a `<meta>` past the first 1024 bytes, for a page that declares
    /// nothing before it and is not UTF-8: browsers switch to it when the parser reaches it. A
    /// late UTF-8 or windows-1252 declaration changes nothing here (the bytes are not UTF-8, and
    /// windows-1252 is the fallback already), so only other charsets count.
    private func lateDeclaration(_ bytes: UnsafeBufferPointer<UInt8>) -> Charset? {
        guard bytes.count > MetaCharsetPrescan.window,
            let finding = MetaCharsetPrescan.scan(bytes, window: MetaCharsetPrescan.lateWindow),
            let charset = finding.charset, charset != .utf8, charset != .windows1252, charset.isASCIICompatible,
            charset != .userDefined
        else { return nil }
        return charset
    }

    /// The text of `bytes`, decoded as the overload over a buffer pointer decodes them.
    public func decode(_ bytes: [UInt8], headerCharset: String? = nil, prescan: Bool = true) -> DecodedText {
        bytes.withUnsafeBufferPointer { decode($0, headerCharset: headerCharset, prescan: prescan) }
    }

    /// A declaration worth following, or a warning that says why it is ignored.
    private func accept(
        _ label: String, _ charset: Charset?, origin: String, warnings: inout [String]
    ) -> (charset: Charset, origin: String)? {
        guard let charset else {
            warnings.append("unknown charset \"\(label)\" in \(origin), ignored")
            return nil
        }
        if charset == .replacement || charset == .userDefined {
            warnings.append("charset \"\(label)\" in \(origin) is not decoded by browsers, ignored")
            return nil
        }
        return (charset, origin)
    }

    private func utf8(_ bytes: UnsafeBufferPointer<UInt8>, scan known: UTF8Scan? = nil) -> DecodedText {
        let scan = known ?? UTF8Scan(bytes)
        var warnings: [String] = []
        if scan.invalid > 0 {
            let offset = scan.firstInvalidOffset.map { " (first at byte \($0))" } ?? ""
            warnings.append("replaced \(scan.invalid) invalid UTF-8 sequence(s) with U+FFFD\(offset)")
        }
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), charset: .utf8, warnings: warnings)
    }

    private func utf16(_ bytes: UnsafeBufferPointer<UInt8>, as charset: Charset, warnings: [String]) -> DecodedText {
        let littleEndian = charset == .utf16LE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        // Lone surrogates and an odd trailing byte are what UTF-16 can get wrong.
        var damaged = bytes.count % 2
        var j = 0
        while j < units.count {
            let unit = units[j]
            if UTF16.isLeadSurrogate(unit) {
                if j + 1 < units.count && UTF16.isTrailSurrogate(units[j + 1]) {
                    j += 2
                    continue
                }
                damaged += 1
            } else if UTF16.isTrailSurrogate(unit) {
                damaged += 1
            }
            j += 1
        }
        if bytes.count % 2 == 1 { units.append(0xFFFD) }
        var warnings = warnings
        if damaged > 0 {
            warnings.append("replaced \(damaged) invalid \(charset) sequence(s) with U+FFFD")
        }
        return DecodedText(text: String(decoding: units, as: UTF16.self), charset: charset, warnings: warnings)
    }
}
