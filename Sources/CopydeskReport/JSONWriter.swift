/// A small streaming JSON writer that keeps keys in the order they are written and writes `null`
/// for absent values, so every report has a stable, documented shape.
///
/// ```swift
/// var json = JSONWriter()
/// json.object {
///     $0.field("id", "afp-1")
///     $0.field("paragraphs", strings: ["a", "b"])
/// }
/// ```
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var output: String = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool

    /// A writer; `pretty` indents nested containers by two spaces and puts each member on its own
    /// line.
    public init(pretty: Bool = false) { self.pretty = pretty }

    // MARK: Containers

    /// Writes an object; `body` writes its fields.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        output += "{"
        needsComma.append(false)
        body(&self)
        let hadMembers = needsComma.removeLast()
        if pretty && hadMembers { newline() }
        output += "}"
    }

    /// Writes an array; `body` writes its values.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        output += "["
        needsComma.append(false)
        body(&self)
        let hadMembers = needsComma.removeLast()
        if pretty && hadMembers { newline() }
        output += "]"
    }

    /// Writes `"key":` then whatever `value` writes.
    public mutating func field(_ key: String, _ value: (inout JSONWriter) -> Void) {
        separate()
        Self.appendQuoted(key, to: &output)
        output += pretty ? ": " : ":"
        // The value follows the key directly: no comma, no newline.
        needsComma[needsComma.count - 1] = false
        suppressNextSeparator = true
        value(&self)
        needsComma[needsComma.count - 1] = true
    }

    private var suppressNextSeparator = false

    // MARK: Scalars

    /// Writes a string, escaped, or `null`.
    public mutating func value(_ string: String?) {
        separate()
        if let string { Self.appendQuoted(string, to: &output) } else { output += "null" }
    }

    /// Writes an integer, or `null`.
    public mutating func value(_ int: Int?) {
        separate()
        output += int.map(String.init) ?? "null"
    }

    /// Writes `true`, `false` or `null`.
    public mutating func value(_ bool: Bool?) {
        separate()
        output += bool.map { $0 ? "true" : "false" } ?? "null"
    }

    /// Writes a finite double with at most `digits` decimals (trailing zeros trimmed); NaN and
    /// infinities, which JSON cannot hold, as `null`.
    public mutating func value(_ double: Double?, digits: Int = 4) {
        separate()
        guard let double, double.isFinite else {
            output += "null"
            return
        }
        output += Self.format(double, digits: digits)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        output += "null"
    }

    /// Writes `"key":` and a string or `null`.
    public mutating func field(_ key: String, _ string: String?) { field(key) { $0.value(string) } }
    /// Writes `"key":` and an integer or `null`.
    public mutating func field(_ key: String, _ int: Int?) { field(key) { $0.value(int) } }
    /// Writes `"key":` and `true`, `false` or `null`.
    public mutating func field(_ key: String, _ bool: Bool?) { field(key) { $0.value(bool) } }
    /// Writes `"key":` and a number with at most `digits` decimals, or `null`.
    public mutating func field(_ key: String, _ double: Double?, digits: Int = 4) {
        field(key) { $0.value(double, digits: digits) }
    }
    /// Writes `"key":` and an array of strings.
    public mutating func field(_ key: String, strings: [String]) {
        field(key) { json in json.array { for s in strings { $0.value(s) } } }
    }

    // MARK: Collections

    /// Writes `"key":` and an array with one value per element, each written by `body`.
    public mutating func field<Elements: Sequence>(
        _ key: String, each elements: Elements, _ body: (Elements.Element, inout JSONWriter) -> Void
    ) {
        field(key) { json in json.array { json in for element in elements { body(element, &json) } } }
    }

    /// Writes `"key":` and an object with one member per element, in order: the member's name is
    /// `name(element)`, its value what `body` writes (the reports' per-source maps).
    public mutating func field<Elements: Sequence>(
        _ key: String, keyed elements: Elements, by name: (Elements.Element) -> String,
        _ body: (Elements.Element, inout JSONWriter) -> Void
    ) {
        field(key) { json in
            json.object { json in for element in elements { json.field(name(element)) { body(element, &$0) } } }
        }
    }

    // MARK: Helpers

    private mutating func separate() {
        if suppressNextSeparator {
            suppressNextSeparator = false
            return
        }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 { newline() }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: needsComma.count - 1)
    }

    static func format(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Escapes as RFC 8259 requires, plus `<`, `>` and `&` and U+2028/2029, so JSON can sit
    /// inside an HTML `<script>` block without closing it, plus the controls a terminal acts on.
    public static func appendQuoted(_ string: String, to output: inout String) {
        output += "\""
        // Byte by byte, copying unescaped runs whole: appending scalar by scalar cost more than
        // the rest of `extract --format jsonl` (issue 18). Every escaped character starts with
        // an ASCII byte or a UTF-8 lead byte, so runs end on scalar boundaries.
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if end > runStart {
                    output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self)
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                var width = 1
                var escaped: String?
                switch byte {
                case 0x22: escaped = "\\\""
                case 0x5C: escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0x3C: escaped = "\\u003c"
                case 0x3E: escaped = "\\u003e"
                case 0x26: escaped = "\\u0026"
                case 0x00..<0x20, 0x7F: escaped = unicodeEscape(UInt32(byte))
                case 0xC2:
                    // U+0080…U+009F, the C1 controls (U+009B is a terminal's CSI).
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                        width = 2
                        escaped = unicodeEscape(UInt32(bytes[index + 1]))
                    }
                case 0xE2:
                    // U+2028/2029 and the bidirectional overrides U+202A…202E, U+2066…2069.
                    if index + 2 < bytes.count {
                        let second = bytes[index + 1]
                        let third = bytes[index + 2]
                        if (second == 0x80 && (0xA8...0xAE).contains(third))
                            || (second == 0x81 && (0xA6...0xA9).contains(third))
                        {
                            width = 3
                            let scalar = 0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
                            escaped = unicodeEscape(scalar)
                        }
                    }
                default: break
                }
                if let escaped {
                    flush(upTo: index)
                    output += escaped
                    runStart = index + width
                }
                index += width
            }
            flush(upTo: bytes.count)
        }
        output += "\""
    }

    /// `\u` and four lower-case hex digits (every scalar escaped here is below U+10000).
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
