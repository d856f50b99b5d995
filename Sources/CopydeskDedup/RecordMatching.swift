/// Dedup's verification and clustering over ``SignatureRecord``s: the reduce steps of a
/// distributed run, computed by exactly the code `copydesk dedup` runs.
///
/// Clustering looks only along verified edges, so its result inside one connected component of
/// verified edges depends only on that component: clustering the components one by one (or any
/// union of whole components at once) gives dedup's clusters.
public enum RecordMatching {
    /// Where one document ended up, by ordinals.
    public struct Placement: Sendable, Hashable {
        /// The record's ordinal: its place in the input.
        public var ordinal: Int
        /// The ordinal of its cluster's representative (its own for a representative).
        public var representative: Int
        /// nil for a representative.
        public var relation: Relation?
        /// Similarity to the representative under its relation (1 for a representative).
        public var similarity: Double
    }

    /// Whether the pair passes dedup's verification (the MinHash pre-check, then the exact overlap
    /// of the shingle sets), and so is an edge.
    public static func verified(_ a: SignatureRecord, _ b: SignatureRecord, options: DedupOptions) throws -> Bool {
        guard try plausible(a, b, options: options) else { return false }
        // Dedup verifies a pair with the earlier entry first.
        let (x, y) = a.ordinal <= b.ordinal ? (a, b) : (b, a)
        guard let setX = x.shingleValues, let setY = y.shingleValues
        else { throw DedupError("record \(x.ordinal) or \(y.ordinal) has no shingles") }
        return Verdict(SetOverlap(setX, setY), options: options) != nil
    }

    /// Whether the pair passes dedup's MinHash pre-check, the first half of
    /// ``verified(_:_:options:)``: it reads only the signatures and shingle counts, so a cluster
    /// engine can drop most candidate pairs before it moves any shingle set. Every verified pair
    /// is plausible.
    public static func plausible(_ a: SignatureRecord, _ b: SignatureRecord, options: DedupOptions) throws -> Bool {
        let (x, y) = a.ordinal <= b.ordinal ? (a, b) : (b, a)
        guard let sx = x.signatureValues, let sy = y.signatureValues, let cx = x.shingleCount,
            let cy = y.shingleCount
        else { throw DedupError("record \(x.ordinal) or \(y.ordinal) has no signature") }
        return sx.withUnsafeBufferPointer { bx in
            sy.withUnsafeBufferPointer { by in
                Verdict.mayPass(bx, by, countA: cx, countB: cy, options: options)
            }
        }
    }

    /// Clusters documents (one per distinct content) whose ``SignatureRecord/neighbours`` are
    /// their verified edges, as dedup clusters them: the same precedence order, representatives
    /// and relations.
    /// - Parameters:
    ///   - records: whole connected components; neighbours outside them are ignored.
    ///   - options: dedup's options, the same as for the records' verification.
    public static func cluster(_ records: [SignatureRecord], options: DedupOptions) throws -> [Placement] {
        // Entry order is input order, which breaks precedence ties as dedup does.
        let sorted = records.filter(\.isDocument).sorted { $0.ordinal < $1.ordinal }
        let store = try ShingleStore()
        var catalog = Catalog(permutations: options.permutations)
        var local: [Int: Int32] = [:]
        let decoded = try sorted.map { record in
            guard let fingerprint = record.fingerprint, let shingles = record.shingleValues,
                let length = record.length
            else { throw DedupError("record \(record.ordinal) has no signature or shingles") }
            if let problem = catalog.problem(length: length, fingerprint: fingerprint) {
                throw DedupError("record \(record.ordinal) has \(problem)")
            }
            return (fingerprint, shingles, length)
        }
        // One write for all the sets, as dedup's intake writes a chunk's.
        let locations = try store.append(decoded.map(\.1))
        guard locations.count == sorted.count else { throw DedupError("cannot store the shingles of the records") }
        for (index, record) in sorted.enumerated() {
            let (fingerprint, _, length) = decoded[index]
            local[record.ordinal] = Int32(catalog.count)
            catalog.appendDocument(
                id: record.id ?? record.source, source: record.source, title: record.title, outlet: record.outlet,
                published: record.published, length: length, fingerprint: fingerprint, location: locations[index])
        }
        let adjacency = sorted.map { record in (record.neighbours ?? []).compactMap { local[$0] }.sorted() }
        let clustering = Clustering(catalog: catalog, sets: try store.mapped(), options: options, threads: 1)
        let placed = try clustering.cluster(nodes: Array(sorted.indices), adjacency: adjacency)
        return sorted.indices.compactMap { index in
            guard let (representative, verdict) = placed[index] else { return nil }
            return Placement(
                ordinal: sorted[index].ordinal, representative: sorted[representative].ordinal,
                relation: representative == index ? nil : verdict?.relation,
                similarity: representative == index ? 1 : verdict?.similarity ?? 1)
        }
    }
}
