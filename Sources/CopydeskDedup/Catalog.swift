/// Everything dedup remembers about the documents of a run, in input order, in flat arrays: a
/// few dozen bytes of metadata plus the signature per document. Shingle sets live in the
/// ``ShingleStore``.
public struct Catalog: Sendable {
    /// One input item: a document that was read, or one that could not be.
    public struct Entry: Sendable {
        /// The id the input gave (a JSONL `id`, a file's name); nil when none could be read.
        public var id: String?
        /// The input as the user named it (a path, a path inside an archive, a URL).
        public var source: String
        /// The headline, when the item carried one.
        public var title: String?
        /// Index into ``Catalog/outlets``; outlets repeat, so each is stored once.
        public var outlet: Int32
        /// The publication date as the item gave it (ISO 8601), when it did.
        public var published: String?
        /// UTF-8 bytes of the article text.
        public var length: Int
        /// Shingles in the document's set (0 for errors).
        public var shingleCount: Int
        /// Where the shingle set lives in the run's ``ShingleStore``.
        public var location: ShingleStore.Location
        /// Equal for identical content (see ``ContentHash``).
        public var contentHash: ContentHash
        /// Why the item could not be read; nil for a document.
        public var error: String?

        /// True for a document, false for an item that could not be read.
        public var isDocument: Bool { error == nil }
    }

    /// K, the length of every signature in ``signatures``.
    public let permutations: Int
    /// Every input item, in input order: entry *i* is the *i*-th item read.
    public private(set) var entries: [Entry] = []
    /// Signatures of the documents, `permutations` values each, entry after entry (errors have
    /// none): one allocation for the whole run instead of one per document.
    public private(set) var signatures: [UInt32] = []
    /// Where each entry's signature starts in ``signatures``; -1 for errors.
    public private(set) var signatureStart: [Int] = []
    /// Lead signatures (see ``Fingerprint/lead``), ``leadWidth`` values per document, in the
    /// same order as ``signatures``.
    public private(set) var leads: [UInt32] = []
    /// Values per lead signature (``Fingerprinter/leadPermutations``).
    public let leadWidth = Fingerprinter.leadPermutations
    /// Every outlet seen, once each; entries point into it.
    public private(set) var outlets: [String] = []
    private var outletIndex: [String: Int32] = [:]
    /// For each of ``outlets``: whether it is a wire agency (``WireAgency``).
    private var outletIsAgency: [Bool] = []

    /// An empty catalog for signatures of `permutations` values.
    public init(permutations: Int) { self.permutations = permutations }

    /// Entries so far, documents and failures.
    public var count: Int { entries.count }

    /// What is wrong with a document's numbers, or nil when they are in range. Records read back
    /// from JSON (`copydesk cluster`) carry them from outside: a negative length or a signature of
    /// the wrong width would otherwise reach arithmetic and slicing that assume sane values.
    public func problem(length: Int, fingerprint: Fingerprint) -> String? {
        if length < 0 { return "a negative length (\(length))" }
        if fingerprint.shingleCount < 0 { return "a negative shingle count (\(fingerprint.shingleCount))" }
        if fingerprint.signature.count != permutations {
            return "a signature of \(fingerprint.signature.count) values, not \(permutations)"
        }
        if fingerprint.lead.count != leadWidth {
            return "a lead signature of \(fingerprint.lead.count) values, not \(leadWidth)"
        }
        return nil
    }

    /// Records a document: its metadata, signatures and where its shingle set was stored.
    public mutating func appendDocument(
        id: String, source: String, title: String?, outlet: String?, published: String?, length: Int,
        fingerprint: Fingerprint, location: ShingleStore.Location
    ) {
        signatureStart.append(signatures.count)
        signatures += fingerprint.signature
        leads += fingerprint.lead
        entries.append(
            Entry(
                id: id, source: source, title: title, outlet: intern(outlet), published: published, length: length,
                shingleCount: fingerprint.shingleCount, location: location, contentHash: fingerprint.contentHash,
                error: nil))
    }

    /// Records an item that could not be read, with the reason: it keeps its place and gets a row.
    public mutating func appendFailure(id: String?, source: String, error: String) {
        signatureStart.append(-1)
        entries.append(
            Entry(
                id: id, source: source, title: nil, outlet: -1, published: nil, length: 0, shingleCount: 0,
                location: ShingleStore.Location(offset: 0, count: 0), contentHash: ContentHash(high: 0, low: 0),
                error: error))
    }

    private mutating func intern(_ outlet: String?) -> Int32 {
        guard let outlet else { return -1 }
        if let index = outletIndex[outlet] { return index }
        let index = Int32(outlets.count)
        outlets.append(outlet)
        outletIsAgency.append(WireAgency.isAgency(outlet))
        outletIndex[outlet] = index
        return index
    }

    /// Whether the entry is a wire agency's own copy: its outlet is an agency.
    public func isAgencyCopy(_ entry: Int) -> Bool {
        let index = Int(entries[entry].outlet)
        return index >= 0 && index < outletIsAgency.count && outletIsAgency[index]
    }

    /// The outlet of entry `entry`, when it gave one.
    public func outlet(of entry: Int) -> String? {
        let index = entries[entry].outlet
        return index >= 0 ? outlets[Int(index)] : nil
    }

    /// The signature of a document entry; empty for a failure, or once the signatures are
    /// released.
    public func signature(of entry: Int) -> ArraySlice<UInt32> {
        let start = signatureStart[entry]
        guard start >= 0, start + permutations <= signatures.count else { return [] }
        return signatures[start..<start + permutations]
    }

    /// Drops every full and lead signature (a dedup run does once candidate pairs are verified:
    /// at a million documents they are 640 MB that clustering never reads). ``signatures`` and
    /// ``leads`` are empty afterwards and ``signature(of:)`` gives empty slices.
    public mutating func releaseSignatures() {
        signatures = []
        leads = []
    }

    /// Where entry's lead signature starts in ``leads``.
    public func leadStart(of entry: Int) -> Int { signatureStart[entry] / permutations * leadWidth }

    /// The full signatures or the lead signatures, as a table candidate search can band.
    func table(lead: Bool) -> SignatureTable {
        lead
            ? SignatureTable(
                values: leads, width: leadWidth,
                starts: signatureStart.map { $0 < 0 ? -1 : $0 / permutations * leadWidth })
            : SignatureTable(values: signatures, width: permutations, starts: signatureStart)
    }

    /// `nodes` sorted by ``precedes(_:_:)``, without comparing strings a million times: the
    /// distinct publication dates are ranked once, then nodes are sorted by integer keys.
    func inPrecedenceOrder(_ nodes: [Int]) -> [Int] {
        var dates = Set<String>()
        for node in nodes { if let published = entries[node].published { dates.insert(published) } }
        var rank: [String: Int32] = [:]
        for (index, date) in dates.sorted().enumerated() { rank[date] = Int32(index) }
        struct Key: Comparable {
            var date: Int32
            var agency: Bool
            var length: Int
            var node: Int
            /// Longest first without negating the length, which traps on Int.min.
            static func < (a: Key, b: Key) -> Bool {
                if a.date != b.date { return a.date < b.date }
                if a.agency != b.agency { return a.agency }
                if a.length != b.length { return a.length > b.length }
                return a.node < b.node
            }
        }
        var keys = nodes.map { node in
            Key(
                date: entries[node].published.flatMap { rank[$0] } ?? .max, agency: isAgencyCopy(node),
                length: entries[node].length, node: node)
        }
        keys.sort()
        return keys.map(\.node)
    }

    /// Whether `a` has precedence over `b` as a cluster's representative: the earliest
    /// published first (undated last), then a wire agency's own copy (a paper's reprint of the
    /// same day may be longer by a paragraph of its own), then the longest, then the first read.
    public func precedes(_ a: Int, _ b: Int) -> Bool {
        let x = entries[a]
        let y = entries[b]
        switch (x.published, y.published) {
        case (let p?, let q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let (agencyA, agencyB) = (isAgencyCopy(a), isAgencyCopy(b))
        if agencyA != agencyB { return agencyA }
        if x.length != y.length { return x.length > y.length }
        return a < b
    }
}

/// Signatures of one kind, `width` values per document, and where each entry's begin.
struct SignatureTable {
    let values: [UInt32]
    let width: Int
    let starts: [Int]
}
