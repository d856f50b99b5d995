/// What `index add` did.
public struct IndexAddReport: Sendable {
    /// Documents written to the index.
    public var added = 0
    /// Of those, documents that joined a cluster already there or formed in this run: reprints.
    public var reprints = 0
    /// Documents whose id and content were indexed already: nothing to do.
    public var alreadyIndexed = 0
    /// Items that could not be read, one line each.
    public var failures: [(source: String, id: String?, message: String)] = []
    /// Items passed over on purpose (non-HTML WARC records …), by reason.
    public var skipped: [String: Int] = [:]
}

/// One indexed document that an input matches.
public struct IndexMatch: Sendable {
    /// The indexed document's id.
    public var id: String
    /// Where it was read from when it was added.
    public var source: String
    /// Its headline, when it had one.
    public var title: String?
    /// Its outlet, when it had one.
    public var outlet: String?
    /// Its publication date, when it had one.
    public var published: String?
    /// When it entered the index.
    public var added: String
    /// The index's cluster number of the document.
    public var cluster: Int
    /// How the input relates to this document: `near_duplicate`, `contained` (the input is a
    /// truncated copy of it), `contains` (the input extends it), `identical`.
    public var relation: Relation
    /// Exact Jaccard similarity, or containment for `contained` and `contains`.
    public var similarity: Double
}

/// The answer to `index query` for one input.
public struct IndexAnswer: Sendable {
    /// The input's id, when it had one.
    public var id: String?
    /// The input as the user named it.
    public var source: String
    /// Why the input could not be read; nil otherwise.
    public var error: String?
    /// Indexed documents the input is a verified reprint of (or that are reprints of it), most
    /// similar first.
    public var matches: [IndexMatch] = []
    /// The earliest published document of the best match's cluster: where the copy was first seen.
    public var firstSeen: IndexMatch?
    /// How long the look-up took: candidates, verification, metadata (reading and
    /// fingerprinting the input not included).
    public var seconds: Double = 0

    /// True when the input matched an indexed document.
    public var isReprint: Bool { !matches.isEmpty }
}

/// `index stats`.
public struct IndexStatistics: Sendable {
    /// Documents in the index.
    public var documents = 0
    /// Clusters, single documents included.
    public var clusters = 0
    /// Clusters of two documents or more.
    public var clustersWithReprints = 0
    /// Documents in a cluster with an earlier representative.
    public var reprints = 0
    /// The largest clusters, largest first, with their representatives.
    public var largest: [(cluster: Int, size: Int, representative: String, published: String?)] = []
    /// The matching settings the index was made with (shingles, K, banding, thresholds).
    public var settings: [String: String] = [:]
    /// Size of the index file and its write-ahead log.
    public var fileBytes = 0
}
