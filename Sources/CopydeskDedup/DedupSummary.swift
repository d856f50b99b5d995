/// The figures a newsroom reads first after a dedup run.
public struct DedupSummary: Sendable {
    /// One cluster of reprints, for the list of the largest.
    public struct Cluster: Sendable {
        /// The cluster's number, as in the result's assignments.
        public var number: Int
        /// Documents in the cluster, its representative included.
        public var size: Int
        /// The catalog entry index of its representative.
        public var representative: Int
        /// How many members relate to the representative in each way.
        public var relations: [Relation: Int]
    }

    /// One outlet that reprints, with how much of what it published is reprinted copy.
    public struct Outlet: Sendable {
        /// The outlet's name as the archive or page gave it.
        public var name: String
        /// Documents of the outlet that are reprints of another document.
        public var reprints: Int
        /// Documents of the outlet in the run.
        public var documents: Int
    }

    /// Documents read.
    public var documents = 0
    /// Input items that could not be read.
    public var failures = 0
    /// Clusters of two documents or more.
    public var clusters = 0
    /// Documents that are reprints of a cluster's representative.
    public var duplicates = 0
    /// Documents found nowhere else.
    public var unique = 0
    /// The largest clusters, largest first (then by number).
    public var largest: [Cluster] = []
    /// The outlets with the most reprints, most first (then by name).
    public var outlets: [Outlet] = []

    /// The summary of `result`, listing at most `top` clusters and `top` outlets.
    public init(_ result: DedupResult, top: Int = 10) {
        var sizes: [Int: Int] = [:]
        var relations: [Int: [Relation: Int]] = [:]
        var representatives: [Int: Int] = [:]
        var outletCounts: [String: (reprints: Int, documents: Int)] = [:]
        for (index, assignment) in result.assignments.enumerated() {
            guard let assignment else {
                failures += 1
                continue
            }
            documents += 1
            sizes[assignment.cluster, default: 0] += 1
            representatives[assignment.cluster] = assignment.representative
            let outlet = result.catalog.outlet(of: index)
            if let relation = assignment.relation {
                duplicates += 1
                relations[assignment.cluster, default: [:]][relation, default: 0] += 1
                if let outlet { outletCounts[outlet, default: (0, 0)].reprints += 1 }
            }
            if let outlet { outletCounts[outlet, default: (0, 0)].documents += 1 }
        }
        clusters = sizes.values.filter { $0 > 1 }.count
        unique = sizes.values.filter { $0 == 1 }.count
        largest = sizes.filter { $0.value > 1 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(top)
            .map {
                Cluster(
                    number: $0.key, size: $0.value, representative: representatives[$0.key] ?? 0,
                    relations: relations[$0.key] ?? [:])
            }
        outlets = outletCounts.filter { $0.value.reprints > 0 }
            .map { Outlet(name: $0.key, reprints: $0.value.reprints, documents: $0.value.documents) }
            .sorted { $0.reprints != $1.reprints ? $0.reprints > $1.reprints : $0.name < $1.name }
            .prefix(top).map { $0 }
    }
}
