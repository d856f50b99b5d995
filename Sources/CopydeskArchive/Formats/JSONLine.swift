#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// One line of a JSONL archive parsed as a flat JSON object: string, number, boolean and null
/// members are kept as strings; nested objects and arrays are checked and skipped.
///
/// Archives of a million articles spend most of their reading time here, so this scans UTF-8
/// bytes directly instead of building a general JSON tree.
struct JSONLine {
    struct Failure: Error {
        var message: String
    }

    private(set) var members: [String: String] = [:]
    /// Where the string value of the member named `deferring` stands in the line, between its
    /// quotes and still escaped (every escape checked); nil when the member is missing or not a
    /// string. That member is then not in ``members``.
    private(set) var deferred: Range<Int>?

    /// Parses `bytes`; the string value of a member named `deferring` is only checked, not
    /// unescaped: the caller copies its bytes and unescapes them where the work is spread over
    /// threads (``EscapedJSONText``).
    init(_ bytes: ArraySlice<UInt8>, deferring: String? = nil) throws(Failure) {
        let parsed: ([String: String], Range<Int>?)? = try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            var parser = Parser(bytes: buffer, deferring: deferring)
            let members = try parser.object()
            return (members, parser.deferred)
        }
        members = parsed?.0 ?? [:]
        // Offsets in the slice's own indices, so that `bytes[range]` is the value.
        deferred = parsed?.1.map { ($0.lowerBound + bytes.startIndex)..<($0.upperBound + bytes.startIndex) }
    }

    subscript(key: String) -> String? { members[key] }
}

private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The member whose string value is checked but left escaped, and where its last value is.
    let deferring: String?
    var deferred: Range<Int>?

    init(bytes: UnsafeBufferPointer<UInt8>, deferring: String? = nil) {
        self.bytes = bytes
        self.deferring = deferring
    }

    private func fail(_ message: String) -> JSONLine.Failure {
        JSONLine.Failure(message: "\(message) at column \(index + 1)")
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONLine.Failure) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw fail(index < bytes.count ? "expected \(what)" : "line ends early, expected \(what)")
        }
        index += 1
    }

    mutating func object() throws(JSONLine.Failure) -> [String: String] {
        try expect(UInt8(ascii: "{"), "'{' (each line must be one JSON object)")
        var members: [String: String] = [:]
        // An archive line has a handful of members: room for them at once, not by doubling.
        members.reserveCapacity(8)
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw fail("expected a quoted member name")
                }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':'")
                if key == deferring {
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        // The last of repeated members wins, as in `members`.
                        deferred = try escapedString()
                        members[key] = nil
                    } else if let value = try value() {
                        members[key] = value
                        deferred = nil
                    }
                } else if let value = try value() {
                    members[key] = value
                }
                skipSpace()
                guard index < bytes.count else { throw fail("line ends inside the object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                break
            }
        }
        skipSpace()
        guard index == bytes.count else { throw fail("unexpected text after the object") }
        return members
    }

    /// A scalar as its text (strings unescaped); nil for null, objects and arrays.
    mutating func value() throws(JSONLine.Failure) -> String? {
        skipSpace()
        guard index < bytes.count else { throw fail("line ends before a value") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer()
            return nil
        default:
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D:
                    break
                default:
                    index += 1
                    continue
                }
                break
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if word == "null" { return nil }
            if word == "true" || word == "false" { return word }
            guard Self.isNumber(word) else {
                index = start
                throw fail("invalid value '\(word.prefix(20))'")
            }
            return word
        }
    }

    static func isNumber(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        return word.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        } && word.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Skips a nested object or array, strings inside it included.
    mutating func skipContainer() throws(JSONLine.Failure) {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                _ = try string()
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            default: break
            }
            index += 1
        }
        throw fail("line ends inside a nested value")
    }

    /// A quoted string starting at `index`, unescaped: checked by ``escapedString()``, then
    /// unescaped by the package's one JSON unescaper (`JSONEscapes`, through `EscapedJSONText`),
    /// which copies the runs between escapes in bulk.
    mutating func string() throws(JSONLine.Failure) -> String {
        let range = try escapedString()
        return EscapedJSONText.string(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// A quoted string starting at `index`, checked as ``string()`` checks it (the same failures
    /// at the same columns) but not unescaped: the range of its bytes between the quotes.
    ///
    /// Only the escapes are looked at (memchr finds each backslash and the closing quote), so a
    /// long text costs a scan, not a copy.
    mutating func escapedString() throws(JSONLine.Failure) -> Range<Int> {
        index += 1
        let start = index
        guard let base = bytes.baseAddress else { throw fail("line ends inside a string") }
        var quote = -1
        while true {
            guard let slash = try nextEscape(base, quote: &quote) else {
                index = quote + 1
                return start..<quote
            }
            index = slash + 1
            guard index < bytes.count else { throw fail("line ends inside a string") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                break
            case UInt8(ascii: "u"):
                // Checked as `string()` reads it: a high surrogate takes the `\u` after it along.
                let scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    _ = try hex4()
                }
            default:
                index -= 2
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
            }
        }
    }

    /// The offset of the next backslash from `index` before the string's closing quote, or nil
    /// when the string ends first. `quote` keeps the closing quote's offset (-1 before the first
    /// search): it is searched again only when an escape has passed it (`\"`), so a long text with
    /// many `\n` is scanned for its quote once, not once per escape. The one scan behind
    /// ``string()`` and ``escapedString()``.
    @inline(__always)
    mutating func nextEscape(_ base: UnsafePointer<UInt8>, quote: inout Int) throws(JSONLine.Failure) -> Int? {
        if quote < index {
            guard index < bytes.count,
                let quotePointer = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index)
            else { throw fail("line ends inside a string") }
            quote = base.distance(to: quotePointer.assumingMemoryBound(to: UInt8.self))
        }
        guard let slashPointer = memchr(base + index, Int32(UInt8(ascii: "\\")), quote - index) else { return nil }
        return base.distance(to: slashPointer.assumingMemoryBound(to: UInt8.self))
    }

    mutating func hex4() throws(JSONLine.Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("line ends inside a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
