/// Compact storage of a shingle set (sorted, duplicate-free 32-bit hashes) in the index.
///
/// The gaps between successive hashes of a set of n values spread over 2³² are close to
/// geometric with mean 2³²/n, for which Golomb–Rice coding is near optimal: each gap is written
/// as a quotient in unary and k low bits, k chosen per set to minimise the total. A 350-shingle
/// article takes ~25 bits per shingle instead of 32 (LEB128 varints would take 32 for these
/// gaps, which mostly need 21–28 bits); decoding is a few nanoseconds per value.
///
/// Layout: the count as a LEB128 varint, k as one byte, then the bit stream, least significant
/// bit first, padded to a whole byte.
enum ShingleSetCodec {
    static func encode(_ set: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        var count = set.count
        repeat {
            bytes.append(UInt8(count & 0x7F) | (count > 0x7F ? 0x80 : 0))
            count >>= 7
        } while count > 0
        guard !set.isEmpty else { return bytes }
        let k = bestParameter(set)
        bytes.append(UInt8(k))
        bytes.reserveCapacity(bytes.count + (set.count * (k + 2) + 7) / 8)
        var writer = BitWriter(bytes: bytes)
        var previous: Int64 = -1
        let mask = k == 0 ? 0 : (UInt64(1) << UInt64(k)) - 1
        for value in set {
            let gap = UInt64(Int64(value) - previous - 1)
            previous = Int64(value)
            var quotient = gap >> UInt64(k)
            while quotient >= 32 {
                writer.put(0xFFFF_FFFF, bits: 32)
                quotient -= 32
            }
            // `quotient` ones, then a zero.
            writer.put((UInt64(1) << quotient) - 1, bits: Int(quotient) + 1)
            if k > 0 { writer.put(gap & mask, bits: k) }
        }
        bytes = writer.finish()
        return bytes
    }

    /// The set `encode` wrote, or nil when `bytes` are not such a set (a damaged row).
    ///
    /// All state is local to one closure: no captured variables, so no exclusivity checks in
    /// the loop (this runs for every candidate of every look-up).
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt32]? {
        var position = 0
        var count = 0
        var shift = 0
        while true {
            guard position < bytes.count, shift < 35 else { return nil }
            let byte = bytes[position]
            position += 1
            count |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 { break }
        }
        if count == 0 { return [] }
        guard position < bytes.count, count <= (bytes.count - position) * 8 else { return nil }
        let k = Int(bytes[position])
        guard k <= 32 else { return nil }
        let start = position + 1
        let set = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            let end = bytes.count
            let mask: UInt64 = k == 0 ? 0 : (UInt64(1) << UInt64(k)) - 1
            let limit = UInt64(UInt32.max) >> UInt64(k)
            var position = start
            var bits: UInt64 = 0
            var available = 0
            var previous: Int64 = -1
            for index in 0..<count {
                var quotient: UInt64 = 0
                while true {
                    while available <= 56, position < end {
                        bits |= UInt64(bytes[position]) << UInt64(available)
                        position += 1
                        available += 8
                    }
                    if available == 0 { return }
                    let ones = (~bits).trailingZeroBitCount
                    if ones < available {
                        quotient += UInt64(ones)
                        bits >>= UInt64(ones + 1)
                        available -= ones + 1
                        break
                    }
                    quotient += UInt64(available)
                    bits = 0
                    available = 0
                }
                if available < k {
                    while available <= 56, position < end {
                        bits |= UInt64(bytes[position]) << UInt64(available)
                        position += 1
                        available += 8
                    }
                    if available < k { return }
                }
                let low = bits & mask
                bits >>= UInt64(k)
                available -= k
                if quotient > limit { return }
                let value = previous + 1 + Int64(quotient << UInt64(k) | low)
                if value > Int64(UInt32.max) { return }
                buffer[index] = UInt32(truncatingIfNeeded: value)
                previous = value
                initialized = index + 1
            }
        }
        return set.count == count ? set : nil
    }

    /// The Rice parameter that makes the encoding of `set` shortest: the bit count is
    /// Σ (gap >> k) + n (k + 1), tried around log₂ of the mean gap.
    static func bestParameter(_ set: [UInt32]) -> Int {
        guard let last = set.last else { return 0 }
        let mean = (Double(last) + 1) / Double(set.count)
        let estimate = floorLog2(mean * 0.69)
        var best = (k: 0, bits: Int.max)
        for k in max(0, estimate - 2)...min(32, estimate + 2) {
            var bits = set.count * (k + 1)
            var previous: Int64 = -1
            for value in set {
                bits += Int(UInt64(Int64(value) - previous - 1) >> UInt64(k))
                previous = Int64(value)
            }
            if bits < best.bits { best = (k, bits) }
        }
        return best.k
    }

    private static func floorLog2(_ x: Double) -> Int {
        var value = x
        var result = 0
        while value >= 2 {
            value /= 2
            result += 1
        }
        return result
    }
}

/// Appends bits to bytes, least significant first.
private struct BitWriter {
    var bytes: [UInt8]
    var accumulator: UInt64 = 0
    var filled = 0

    /// `bits` ≤ 32, and `filled` < 8 on entry, so nothing is lost off the top.
    mutating func put(_ value: UInt64, bits: Int) {
        accumulator |= value << UInt64(filled)
        filled += bits
        while filled >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            filled -= 8
        }
    }

    mutating func finish() -> [UInt8] {
        if filled > 0 { bytes.append(UInt8(truncatingIfNeeded: accumulator)) }
        filled = 0
        return bytes
    }
}
