/// The HTML standard's "prescan a byte stream to determine its encoding": finds
/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
/// 1024 bytes, skipping comments and other tags' attributes the way browsers do, so a `charset=`
/// inside a comment or a `<script>` attribute is not taken for the page's.
struct MetaCharsetPrescan {
    struct Finding: Equatable {
        /// The label as written, for warnings.
        var label: String
        /// What the label means; `nil` for a label no browser knows.
        var charset: Charset?
    }

    /// How far browsers look.
    static let window = 1024

    /// How far a page that is not UTF-8 and declares nothing in the first `window` bytes is
    /// searched again. Browsers that meet a `<meta charset>` later while parsing the head
    /// re-decode the page with it ("change the encoding"); pages with long scripts or an
    /// archive's banner before their `<meta>` rely on that.
    static let lateWindow = 64 * 1024

    /// The first declaration found in the first `window` bytes, known label or not; `nil` when
    /// the page declares nothing there.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, window: Int = window) -> Finding? {
        var scanner = MetaCharsetPrescan(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(max(0, window))))
        return scanner.run()
    }

    static func scan(_ bytes: [UInt8]) -> Finding? {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var i = index
        for expected in literal.utf8 {
            guard i < bytes.count, Self.lower(bytes[i]) == expected else { return false }
            i += 1
        }
        return true
    }

    private mutating func run() -> Finding? {
        while position < bytes.count {
            if matches("<!--", at: position) {
                // Ends at the first ">" preceded by "--"; "<!-->" counts.
                var end = position + 4
                while end < bytes.count && !(bytes[end] == 0x3E && bytes[end - 1] == 0x2D && bytes[end - 2] == 0x2D) {
                    end += 1
                }
                position = end + 1
                continue
            }
            if matches("<meta", at: position), position + 5 < bytes.count,
                Self.isSpace(bytes[position + 5]) || bytes[position + 5] == 0x2F
            {
                position += 6
                if let finding = meta() { return finding }
                continue
            }
            if position + 1 < bytes.count, bytes[position] == 0x3C {
                let next = bytes[position + 1]
                if Self.isLetter(next)
                    || (next == 0x2F && position + 2 < bytes.count && Self.isLetter(bytes[position + 2]))
                {
                    // Another tag: step over its name and attributes, so that a `>` or `<meta`
                    // inside an attribute value is not misread.
                    while position < bytes.count && !Self.isSpace(bytes[position]) && bytes[position] != 0x3E {
                        position += 1
                    }
                    while attribute() != nil {}
                    position += 1
                    continue
                }
                if next == 0x21 || next == 0x2F || next == 0x3F {
                    while position < bytes.count && bytes[position] != 0x3E { position += 1 }
                    position += 1
                    continue
                }
            }
            position += 1
        }
        return nil
    }

    /// The attributes of one `<meta>`: a charset counts only from `charset`, or from `content`
    /// together with `http-equiv="content-type"`.
    private mutating func meta() -> Finding? {
        var seen: Set<[UInt8]> = []
        var gotPragma = false
        var needPragma: Bool?
        var label: [UInt8]?
        while let (name, value) = attribute() {
            guard seen.insert(name).inserted else { continue }
            switch String(decoding: name, as: UTF8.self) {
            case "http-equiv":
                if value == Array("content-type".utf8) { gotPragma = true }
            case "content":
                if label == nil, let found = Self.charset(inContent: value) {
                    label = found
                    needPragma = true
                }
            case "charset":
                label = value
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, let label, !(needPragma && !gotPragma) else { return nil }
        let text = String(decoding: label, as: UTF8.self)
        guard var charset = Charset(label: text) else { return Finding(label: text, charset: nil) }
        // A byte stream that reached this scan is ASCII-compatible, so a UTF-16 declaration is
        // wrong by construction; browsers read UTF-8 then, and windows-1252 for x-user-defined.
        if charset == .utf16LE || charset == .utf16BE { charset = .utf8 }
        if charset == .userDefined { charset = .windows1252 }
        return Finding(label: text, charset: charset)
    }

    /// The HTML standard's "get an attribute": name and value, lower-cased.
    private mutating func attribute() -> ([UInt8], [UInt8])? {
        while position < bytes.count && (Self.isSpace(bytes[position]) || bytes[position] == 0x2F) {
            position += 1
        }
        guard position < bytes.count, bytes[position] != 0x3E else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        // The name.
        while true {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            if byte == 0x3D && !name.isEmpty {
                position += 1
                break
            }
            if Self.isSpace(byte) {
                while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { return nil }
                if bytes[position] != 0x3D { return (name, []) }
                position += 1
                break
            }
            if byte == 0x2F || byte == 0x3E { return (name, []) }
            name.append(Self.lower(byte))
            position += 1
        }
        // The value.
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { return nil }
        let first = bytes[position]
        if first == 0x22 || first == 0x27 {
            position += 1
            while position < bytes.count {
                if bytes[position] == first {
                    position += 1
                    return (name, value)
                }
                value.append(Self.lower(bytes[position]))
                position += 1
            }
            return nil
        }
        if first == 0x3E { return (name, []) }
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isSpace(byte) || byte == 0x3E { return (name, value) }
            value.append(Self.lower(byte))
            position += 1
        }
        return nil
    }

    /// The HTML standard's "extract a character encoding from a meta element" for
    /// `content="text/html; charset=…"`.
    static func charset(inContent content: [UInt8]) -> [UInt8]? {
        let key = Array("charset".utf8)
        var i = 0
        while true {
            guard let start = find(key, in: content, from: i) else { return nil }
            i = start + key.count
            while i < content.count && isSpace(content[i]) { i += 1 }
            if i < content.count && content[i] == 0x3D { break }
        }
        i += 1
        while i < content.count && isSpace(content[i]) { i += 1 }
        guard i < content.count else { return nil }
        let quote = content[i]
        if quote == 0x22 || quote == 0x27 {
            guard let end = content[(i + 1)...].firstIndex(of: quote) else { return nil }
            return Array(content[(i + 1)..<end])
        }
        var end = i
        while end < content.count && !isSpace(content[end]) && content[end] != 0x3B { end += 1 }
        return Array(content[i..<end])
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            var match = true
            for j in 0..<needle.count where lower(haystack[i + j]) != needle[j] {
                match = false
                break
            }
            if match { return i }
            i += 1
        }
        return nil
    }
}
