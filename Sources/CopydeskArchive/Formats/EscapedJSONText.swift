import CopydeskExtract
internal import CopydeskText

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A JSONL line's `text` as it stands in the line: the bytes between the quotes, escapes and all.
///
/// A JSONL reader asked to defer the text (``JSONLArchive/defersText``) checks every escape but
/// copies the bytes as they are; the text is unescaped later by whoever reads it, on whatever
/// thread, into a buffer it reuses. The reading thread then costs a scan of the line, not a
/// `String` per article, and dedup's workers unescape and tokenise while the bytes are in cache.
public struct EscapedJSONText: Sendable {
    /// The bytes between the quotes, every escape already checked by the reader.
    public let bytes: [UInt8]
    /// The longest text accepted, in UTF-8 bytes once unescaped (the archive's limit).
    public let maxBytes: Int

    /// Escaped `bytes`, as a reader found and checked them, under a limit of `maxBytes`.
    public init(bytes: [UInt8], maxBytes: Int) {
        self.bytes = bytes
        self.maxBytes = maxBytes
    }

    /// The text as a string: what an archive read without deferring gives as the content.
    public var string: String { bytes.withUnsafeBufferPointer { Self.string($0) } }

    /// Escaped bytes a reader has checked, unescaped into a string (invalid UTF-8 as U+FFFD) by
    /// the one JSON unescaper (`JSONEscapes`, shared with the tokenizer that reads escaped text),
    /// behind every string `JSONLine` reads as well as the deferred texts.
    static func string(_ source: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = source.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), source.count) != nil else {
            return String(decoding: source, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: source.count) { unescape(source, into: $0) }
    }

    /// Why the text is refused, when its unescaped length `count` is over ``maxBytes``: the
    /// words a reader that does not defer says at once.
    public func tooLarge(_ count: Int) -> String? {
        guard count > maxBytes else { return nil }
        return "too large: a text of \(ByteCount.format(count)), over the limit of \(ByteCount.format(maxBytes))"
    }

    /// Replaces the contents of `output` with the unescaped text, as valid UTF-8: byte for byte
    /// `String(decoding:as:)` of what the non-deferring reader unescapes (invalid UTF-8 in the
    /// line becomes U+FFFD the same way). `output`'s capacity is kept, so a thread that reuses
    /// one buffer allocates nothing once it has seen its longest text.
    ///
    /// memchr finds each backslash; the runs between are copied in bulk. An escape the reader
    /// would have refused (it never hands one over) is copied as it stands rather than trapping.
    public func unescape(into output: inout [UInt8]) {
        // Unescaped text is never longer than escaped (`\uXXXX` is at most 3 bytes, a surrogate
        // pair 4 for 12): room for all of it at once, written through a pointer, cut after.
        let room = bytes.count
        if output.count < room { output.append(contentsOf: repeatElement(0, count: room - output.count)) }
        let written = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in Self.unescape(source, into: target) }
        }
        output.removeLast(output.count - written)
        // Escapes write valid UTF-8; only bytes copied from the line can be invalid.
        if output.withUnsafeBufferPointer({ Self.highBits($0) & 0x80 != 0 && !UTF8Check.isValid($0) }) {
            output = Array(String(decoding: output, as: UTF8.self).utf8)
        }
    }

    /// Writes the unescaped `source` to `target` (room for `source.count` bytes) and returns how
    /// many bytes it wrote (``JSONEscapes``, shared with the tokenizer).
    static func unescape(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        JSONEscapes.unescape(source, into: target)
    }

    /// The bits set in any byte of `bytes` (only 0x80 is looked at).
    static func highBits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 { JSONEscapes.highBits(bytes) }
}
