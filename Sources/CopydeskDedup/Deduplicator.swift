public import CopydeskSimilarity
internal import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The outcome of a dedup run: every input item, with its cluster or the reason it could not be
/// read.
public struct DedupResult: Sendable {
    /// Every input item, in input order, with its metadata. Its MinHash signatures are released
    /// once pairs are verified (``Catalog/releaseSignatures()``): a run's result does not carry
    /// them.
    public var catalog: Catalog
    /// One per catalog entry; nil for items that could not be read.
    public var assignments: [Assignment?]
    /// Items passed over on purpose (non-HTML WARC records …), by reason.
    public var skipped: [String: Int]
    /// What the run did.
    public var statistics: Statistics

    /// What the run did, for `--verbose` output and the benchmark.
    public struct Statistics: Sendable {
        /// Documents read.
        public var documents = 0
        /// Items that could not be read.
        public var failures = 0
        /// Distinct shingle sets among the documents (identical copies count once).
        public var distinctContents = 0
        /// The Jaccard similarity the LSH banding aims at.
        public var candidateThreshold = 0.0
        /// Bands of the full signature.
        public var bands = 0
        /// Bands of the lead signature (0 when lead candidates are off).
        public var leadBands = 0
        /// Rows per band of the lead signature.
        public var leadRows = 0
        /// Rows per band of the full signature.
        public var rows = 0
        /// Distinct pairs LSH proposed for verification.
        public var candidatePairs = 0
        /// Pairs that passed exact verification.
        public var verifiedEdges = 0
        /// Clusters of two documents or more.
        public var clusters = 0
        /// Bytes of shingle sets in the scratch file.
        public var scratchBytes = 0
        /// Wall-clock seconds by phase (intake, candidates, verification, clustering), and the
        /// CPU seconds of the whole process (user and system, every thread) in each phase as
        /// "intake cpu" and so on: on a shared machine, the figure the neighbours do not move.
        public var seconds: [String: Double] = [:]
    }
}

/// Finds reprinted copy in an archive: intake, LSH candidates, exact verification, clusters.
public struct Deduplicator: Sendable {
    /// The matching settings every phase uses.
    public let options: DedupOptions

    /// A deduplicator with these settings (the defaults are `copydesk dedup`'s).
    public init(options: DedupOptions = DedupOptions()) { self.options = options }

    /// The LSH banding for a candidate threshold: datasketch's criterion, false negatives
    /// weighted up because every candidate is verified exactly anyway.
    public static func lshParameters(threshold: Double, permutations: Int) -> LSHParameters {
        if permutations == 128, let known = knownBandings[threshold] { return known }
        return LSHParameters.optimal(
            threshold: threshold, k: permutations, falsePositiveWeight: 0.3, falseNegativeWeight: 0.7)
    }

    /// ``LSHParameters/optimal(threshold:k:falsePositiveWeight:falseNegativeWeight:)`` at K = 128
    /// with the weights above, for the thresholds dedup tries by default and the usual fixed ones:
    /// the search costs a few million `pow` calls per threshold, more than hashing a small
    /// archive. A test checks every entry against the search.
    static let knownBandings: [Double: LSHParameters] = [
        0.25: LSHParameters(bands: 28, rows: 2), 0.3: LSHParameters(bands: 42, rows: 3),
        0.35: LSHParameters(bands: 36, rows: 3), 0.4: LSHParameters(bands: 32, rows: 4),
        0.45: LSHParameters(bands: 32, rows: 4), 0.5: LSHParameters(bands: 25, rows: 5),
        0.6: LSHParameters(bands: 21, rows: 6), 0.7: LSHParameters(bands: 16, rows: 8),
        0.8: LSHParameters(bands: 11, rows: 11), 0.9: LSHParameters(bands: 6, rows: 20),
    ]

    /// User and system CPU seconds of the process so far, every thread counted.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        // RUSAGE_SELF is 0 on Linux and Darwin; Glibc imports the constant as an enum that
        // getrusage does not take.
        guard getrusage(0, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// - Parameters:
    ///   - inputs: files, folders, archives and `-`, read in order.
    ///   - progress: called during intake with the items and input bytes read so far.
    ///   - phase: called with the name of each stage after intake ("verifying 1234 pairs").
    ///   - warning: called with what a directory walk passed over (a symbolic link loop), as
    ///     source and message.
    public func run(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil,
        phase: ((String) -> Void)? = nil, warning: ((_ source: String, _ message: String) -> Void)? = nil
    ) throws -> DedupResult {
        var statistics = DedupResult.Statistics()
        var clock = Date()
        var cpuClock = Self.processCPUSeconds()
        func lap(_ name: String) {
            statistics.seconds[name] = Date().timeIntervalSince(clock)
            clock = Date()
            let cpu = Self.processCPUSeconds()
            statistics.seconds[name + " cpu"] = cpu - cpuClock
            cpuClock = cpu
        }
        let threads = options.threads > 0 ? options.threads : ProcessInfo.processInfo.activeProcessorCount
        let store = try ShingleStore()
        var catalog = Catalog(permutations: options.permutations)
        let skipped = try Intake(options: options).run(inputs, progress: progress, warning: warning) { items in
            let documents = items.compactMap { item -> [UInt32]? in
                if case .document(_, let shingles, _) = item.content { return shingles }
                return nil
            }
            var locations = try store.append(documents).makeIterator()
            for item in items {
                switch item.content {
                case .document(let fingerprint, _, let length):
                    guard let location = locations.next() else { continue }
                    catalog.appendDocument(
                        id: item.id ?? item.source, source: item.source, title: item.title, outlet: item.outlet,
                        published: item.published, length: length, fingerprint: fingerprint, location: location)
                case .failure(let message):
                    catalog.appendFailure(id: item.id, source: item.source, error: message)
                }
            }
        }
        lap("intake")
        phase?("finding candidate pairs")

        // Identical content: one node per distinct shingle set, led by its earliest copy.
        var leader: [ContentHash: Int] = [:]
        for index in 0..<catalog.count where catalog.entries[index].isDocument {
            statistics.documents += 1
            let hash = catalog.entries[index].contentHash
            if let current = leader[hash] {
                if catalog.precedes(index, current) { leader[hash] = index }
            } else {
                leader[hash] = index
            }
        }
        statistics.failures = catalog.count - statistics.documents
        let nodes = leader.values.sorted()
        statistics.distinctContents = nodes.count

        let threshold =
            options.candidateThreshold
            ?? BandingChoice(options: options).threshold(catalog: catalog, nodes: nodes)
        statistics.candidateThreshold = threshold
        let parameters = Self.lshParameters(threshold: threshold, permutations: options.permutations)
        statistics.bands = parameters.bands
        statistics.rows = parameters.rows
        let documents = nodes.map { Int32($0) }
        var pairs = CandidateSearch(parameters: parameters, largestBucket: options.largestBucket, threads: threads)
            .pairs(in: catalog.table(lead: false), documents: documents)
        if options.leadCandidates {
            let lead = BandingChoice(options: options).leadBanding(catalog: catalog, nodes: nodes)
            statistics.leadBands = lead.bands
            statistics.leadRows = lead.rows
            pairs += CandidateSearch(parameters: lead, largestBucket: options.largestBucket, threads: threads)
                .pairs(in: catalog.table(lead: true), documents: documents)
            var scratch: [UInt64] = []
            RadixSort.sortUnique(&pairs, scratch: &scratch)
        }
        statistics.candidatePairs = pairs.count
        lap("candidates")

        phase?("verifying \(pairs.count) candidate pairs")
        let sets = try store.mapped()
        let adjacency = try Clustering(catalog: catalog, sets: sets, options: options, threads: threads).verify(pairs)
        statistics.verifiedEdges = adjacency.reduce(0) { $0 + $1.count } / 2
        // What clustering no longer needs goes before it starts: the pairs, and the signatures
        // (512 + 128 bytes a document, the largest part of a run's memory; see `DedupResult`).
        pairs = []
        catalog.releaseSignatures()
        lap("verification")
        phase?("clustering")
        let clustered = try Clustering(catalog: catalog, sets: sets, options: options, threads: threads)
            .cluster(nodes: nodes, adjacency: adjacency)
        lap("clustering")

        // Number clusters by their representative's place in the input.
        var number: [Int: Int] = [:]
        for node in nodes where clustered[node]?.representative == node {
            number[node] = number.count + 1
        }
        var assignments = [Assignment?](repeating: nil, count: catalog.count)
        for index in 0..<catalog.count where catalog.entries[index].isDocument {
            guard let node = leader[catalog.entries[index].contentHash], let placed = clustered[node],
                let cluster = number[placed.representative]
            else { continue }
            if index == placed.representative {
                assignments[index] = Assignment(cluster: cluster, representative: index, relation: nil, similarity: 1)
            } else if node == placed.representative {
                assignments[index] = Assignment(
                    cluster: cluster, representative: node, relation: .identical, similarity: 1)
            } else {
                assignments[index] = Assignment(
                    cluster: cluster, representative: placed.representative, relation: placed.verdict?.relation,
                    similarity: placed.verdict?.similarity ?? 1)
            }
        }
        statistics.clusters = number.count
        statistics.scratchBytes = store.byteCount
        return DedupResult(catalog: catalog, assignments: assignments, skipped: skipped, statistics: statistics)
    }
}
