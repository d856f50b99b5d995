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
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                // DEL and the C1 controls too (U+009B is a terminal's CSI), and bidirectional
                // overrides: JSON is often read in a terminal (`jq`, `less`).
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
