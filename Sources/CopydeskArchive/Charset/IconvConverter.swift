#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes the legacy charsets that are not worth a table of our own (GBK, Shift_JIS, KOI8-R,
/// ISO-8859-x…) through the C library's iconv.
enum IconvConverter {
    struct Result {
        var text: String
        /// Byte sequences the charset does not define, each replaced by U+FFFD as browsers do.
        var replaced: Int
    }

    /// Decodes `bytes` from the iconv charset `name`; `nil` when this C library has no such
    /// converter.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from name: String) -> Result? {
        let descriptor = iconv_open("UTF-8", name)
        // iconv_open reports failure as (iconv_t)-1, not NULL.
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var replaced = 0
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        guard let base = bytes.baseAddress else { return Result(text: "", replaced: 0) }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = bytes.count
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

        while inLeft > 0 {
            let (status, code, produced) = buffer.withUnsafeMutableBufferPointer { out -> (Int, Int32, Int) in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = out.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, status == -1 ? errno : 0, out.count - outLeft)
            }
            output.append(contentsOf: buffer[0..<produced])
            if status != -1 { continue }
            switch code {
            case E2BIG:
                continue  // output buffer full: go round again
            case EILSEQ, EINVAL:
                // An undefined sequence (EILSEQ) or one cut off by the end of input (EINVAL):
                // replace one byte and carry on, so one bad byte costs one character.
                output.append(contentsOf: replacement)
                replaced += 1
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
                // Reset the shift state of stateful charsets (ISO-2022-JP) after the damage.
                _ = iconv(descriptor, nil, nil, nil, nil)
            default:
                return nil
            }
        }
        // Flush what a stateful converter still holds.
        let tail = buffer.withUnsafeMutableBufferPointer { out -> Int in
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var outLeft = out.count
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            return out.count - outLeft
        }
        output.append(contentsOf: buffer[0..<tail])
        return Result(text: String(decoding: output, as: UTF8.self), replaced: replaced)
    }
}
