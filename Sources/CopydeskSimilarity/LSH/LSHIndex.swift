/// An in-memory LSH index: documents in, candidate pairs out.
///
/// Each band keeps a dictionary from band key to the documents that produced it; a document's
/// candidates are the documents sharing at least one band key with it. Candidates are only
/// candidates: verify them with ``MinHashSignature/estimate(_:)`` or the exact
/// ``SetSimilarity`` before calling them duplicates.
public struct LSHIndex: Sendable {
    /// The banding every signature is cut into.
    public let parameters: LSHParameters
    private var buckets: [[UInt64: [Int]]]
    /// Signatures inserted so far.
    public private(set) var count = 0

    /// An empty index banded by `parameters`.
    public init(parameters: LSHParameters) {
        self.parameters = parameters
        buckets = Array(repeating: [:], count: parameters.bands)
    }

    /// Adds a document under `id`.
    public mutating func insert(_ id: Int, signature: MinHashSignature) {
        for (band, key) in parameters.bandKeys(of: signature).enumerated() {
            buckets[band][key, default: []].append(id)
        }
        count += 1
    }

    /// The ids of indexed documents sharing a band with `signature`, each once, ascending.
    public func candidates(for signature: MinHashSignature) -> [Int] {
        var found = Set<Int>()
        for (band, key) in parameters.bandKeys(of: signature).enumerated() {
            if let ids = buckets[band][key] { found.formUnion(ids) }
        }
        return found.sorted()
    }

    /// Every pair of distinct indexed documents that share a band, as (smaller id, larger id),
    /// each once, sorted.
    public func candidatePairs() -> [(Int, Int)] {
        var pairs = Set<Pair>()
        for bucket in buckets {
            for ids in bucket.values where ids.count > 1 {
                for i in 0..<ids.count {
                    for j in (i + 1)..<ids.count where ids[i] != ids[j] {
                        pairs.insert(Pair(min(ids[i], ids[j]), max(ids[i], ids[j])))
                    }
                }
            }
        }
        return pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { ($0.a, $0.b) }
    }

    private struct Pair: Hashable {
        var a: Int
        var b: Int
        init(_ a: Int, _ b: Int) {
            self.a = a
            self.b = b
        }
    }
}
