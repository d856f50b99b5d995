// Stand-ins with the API the similarity engine (issue 3, branch `similarity`) provides, so dedup
// builds and is tested before that branch is merged. Deleted at the merge.

public enum ShingleKind: Sendable, Hashable {
    case words(Int)
    case characters(Int)
    public var size: Int {
        switch self {
        case .words(let n), .characters(let n): max(1, n)
        }
    }
}

public struct TextNormalizer: Sendable {
    public func normalize(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space, !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else {
                space = true
            }
        }
        return out
    }
}

private func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

private func hashBytes(_ bytes: some Sequence<UInt8>, seed: UInt64) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
    for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return mix(h)
}

public struct Shingler: Sendable {
    public var kind: ShingleKind
    public var seed: UInt64
    public init(kind: ShingleKind = .words(5), seed: UInt64 = 0) {
        self.kind = kind
        self.seed = seed
    }

    public func hashes(_ text: String) -> [UInt64] {
        let normalized = TextNormalizer().normalize(text)
        var out: [UInt64] = []
        switch kind {
        case .words(let n):
            let words = normalized.split(separator: " ").map { hashBytes($0.utf8, seed: seed) }
            if words.count < n { return words.isEmpty ? [] : [words.reduce(seed) { mix($0 ^ $1) }] }
            for start in 0...(words.count - n) {
                var h = seed
                for word in words[start..<start + n] { h = mix(h ^ word) }
                out.append(h)
            }
        case .characters(let n):
            let scalars = Array(normalized.unicodeScalars)
            if scalars.count < n { return scalars.isEmpty ? [] : [hashBytes(normalized.utf8, seed: seed)] }
            for start in 0...(scalars.count - n) {
                out.append(hashBytes(String(String.UnicodeScalarView(scalars[start..<start + n])).utf8, seed: seed))
            }
        }
        return SetSimilarity.sortedUnique(out)
    }
}

public struct MinHashSignature: Sendable, Hashable {
    public let values: [UInt32]
    public init(values: [UInt32]) { self.values = values }
    public var count: Int { values.count }
    public func estimate(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var matches = 0
        for index in values.indices where values[index] == other.values[index] { matches += 1 }
        return Double(matches) / Double(values.count)
    }
}

public struct MinHasher: Sendable {
    public let k: Int
    public let seed: UInt64
    public init(k: Int = 128, seed: UInt64 = 0) {
        self.k = k
        self.seed = seed
    }
    public func signature(_ hashes: [UInt64]) -> MinHashSignature {
        var values = [UInt32](repeating: .max, count: k)
        for hash in hashes {
            for index in 0..<k {
                let v = UInt32(truncatingIfNeeded: mix(hash ^ (seed &+ UInt64(index) &* 0x9E37_79B9)) >> 32)
                if v < values[index] { values[index] = v }
            }
        }
        return MinHashSignature(values: values)
    }
}

public struct LSHParameters: Sendable, Hashable {
    public var bands: Int
    public var rows: Int
    public func candidateProbability(at s: Double) -> Double {
        1 - pow1(1 - pow1(s, rows), bands)
    }
    private func pow1(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * x } }
    public static func optimal(threshold: Double, k: Int = 128, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5) -> LSHParameters {
        var best = LSHParameters(bands: 1, rows: 1)
        var bestError = Double.infinity
        for bands in 1...k {
            for rows in 1...max(1, k / bands) {
                let p = LSHParameters(bands: bands, rows: rows)
                var fp = 0.0
                var fn = 0.0
                let steps = 200
                for i in 0..<steps {
                    let s = (Double(i) + 0.5) / Double(steps)
                    if s < threshold { fp += p.candidateProbability(at: s) / Double(steps) }
                    else { fn += (1 - p.candidateProbability(at: s)) / Double(steps) }
                }
                let error = fp * falsePositiveWeight + fn * falseNegativeWeight
                if error < bestError {
                    bestError = error
                    best = p
                }
            }
        }
        return best
    }
    public func bandKeys(of signature: MinHashSignature) -> [UInt64] {
        let usable = min(bands, signature.count / rows)
        return (0..<usable).map { band in
            var h = mix(UInt64(band) ^ 0x4C53_4842)
            for row in 0..<rows { h = mix(h ^ UInt64(signature.values[band * rows + row])) }
            return h
        }
    }
}

public enum SetSimilarity {
    public static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let shared = intersectionCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
    public static func containment(_ a: [UInt64], in b: [UInt64]) -> Double {
        a.isEmpty ? 0 : Double(intersectionCount(a, b)) / Double(a.count)
    }
    public static func sortedUnique(_ hashes: [UInt64]) -> [UInt64] {
        var sorted = hashes.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
