public import CopydeskSimilarity
internal import Foundation

/// Everything dedup needs to know about one input item, as one JSON line: the map step of a
/// distributed run (`copydesk signatures`), so a cluster engine never reads the text again and
/// never reimplements the hashing.
///
/// Documents carry their metadata, text length, MinHash and lead signatures, their shingle set
/// (what exact verification reads) and their LSH band keys; items that could not be read carry
/// `id`, `source` and `error` only. Binary values are base64 of little-endian 32-bit words.
public struct SignatureRecord: Sendable, Hashable, Codable {
    /// The item's place in the input, from 0: what dedup's entry index is.
    public var ordinal: Int
    /// The id the input gave, when it gave one.
    public var id: String?
    /// The input as the user named it.
    public var source: String
    /// The headline, when found.
    public var title: String?
    /// The outlet, when found.
    public var outlet: String?
    /// True when the outlet is a wire agency (AFP, dpa, EFE …): among copies of one day, the
    /// agency's own is the original. Absent otherwise, so a cluster engine need not know the list.
    public var agency: Bool?
    /// The publication date, when found.
    public var published: String?
    /// UTF-8 bytes of the article text.
    public var length: Int?
    /// Shingles in the document's set.
    public var shingleCount: Int?
    /// 32 hexadecimal digits; equal for identical content.
    public var contentHash: String?
    /// The MinHash signature, base64.
    public var signature: String?
    /// The lead signature, base64.
    public var lead: String?
    /// The sorted shingle set, base64 (what exact verification reads).
    public var shingles: String?
    /// Band keys of the full signature (16 hexadecimal digits each).
    public var bands: [String]?
    /// Band keys of the lead signature.
    public var leadBands: [String]?
    /// Ordinals of the verified neighbours, for `copydesk cluster`.
    public var neighbours: [Int]?
    /// Why the item could not be read; nil for a document.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case ordinal, id, source, title, outlet, agency, published, length, signature, lead, shingles, bands,
            neighbours, error
        case shingleCount = "shingle_count"
        case contentHash = "content_hash"
        case leadBands = "lead_bands"
    }

    /// True for a document, false for an item that could not be read.
    public var isDocument: Bool { error == nil }

    /// A record for a document that could not be read.
    public init(ordinal: Int, id: String?, source: String, error: String) {
        self.ordinal = ordinal
        self.id = id
        self.source = source
        self.error = error
    }

    /// A record for a fingerprinted document; band keys are added by ``withBandKeys(_:)``.
    public init(
        ordinal: Int, id: String, source: String, title: String?, outlet: String?, published: String?, length: Int,
        fingerprint: Fingerprint, shingles: [UInt32]
    ) {
        self.ordinal = ordinal
        self.id = id
        self.source = source
        self.title = title
        self.outlet = outlet
        self.agency = WireAgency.isAgency(outlet) ? true : nil
        self.published = published
        self.length = length
        self.shingleCount = fingerprint.shingleCount
        self.contentHash = Self.hex(fingerprint.contentHash.high) + Self.hex(fingerprint.contentHash.low)
        self.signature = Self.encode(fingerprint.signature)
        self.lead = Self.encode(fingerprint.lead)
        self.shingles = Self.encode(shingles)
    }

    /// The fingerprint the record carries; nil for an unreadable item or a malformed record.
    public var fingerprint: Fingerprint? {
        guard let signature = signatureValues, let lead = leadValues, let shingleCount, let hash = contentHashValue
        else { return nil }
        return Fingerprint(signature: signature, lead: lead, shingleCount: shingleCount, contentHash: hash)
    }

    /// ``signature`` decoded; nil when absent or malformed.
    public var signatureValues: [UInt32]? { signature.flatMap(Self.decode) }
    /// ``lead`` decoded; nil when absent or malformed.
    public var leadValues: [UInt32]? { lead.flatMap(Self.decode) }
    /// ``shingles`` decoded; nil when absent or malformed.
    public var shingleValues: [UInt32]? { shingles.flatMap(Self.decode) }

    var contentHashValue: ContentHash? {
        guard let text = contentHash, text.utf8.count == 32,
            let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16)
        else { return nil }
        return ContentHash(high: high, low: low)
    }

    /// The record with the band keys of `banding` (replacing any it had); unchanged for errors.
    public func withBandKeys(_ banding: RecordBanding) -> SignatureRecord {
        guard let signature = signatureValues, let leadSignature = leadValues else { return self }
        return withBandKeys(banding, signature: signature, lead: leadSignature)
    }

    /// ``withBandKeys(_:)`` from the signatures themselves, for a caller that has them (no
    /// base64 round trip).
    func withBandKeys(_ banding: RecordBanding, signature: [UInt32], lead leadSignature: [UInt32]) -> SignatureRecord {
        var record = self
        record.bands = BandKey.all(signature, bands: banding.full.bands, rows: banding.full.rows).map(Self.hex)
        record.leadBands =
            banding.lead.map { BandKey.all(leadSignature, bands: $0.bands, rows: $0.rows).map(Self.hex) } ?? []
        return record
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Base64 of the values as little-endian 32-bit words (``MinHashSignature/bytes``).
    static func encode(_ values: [UInt32]) -> String {
        Data(MinHashSignature(values: values).bytes).base64EncodedString()
    }

    static func decode(_ text: String) -> [UInt32]? {
        Data(base64Encoded: text).flatMap { MinHashSignature(bytes: [UInt8]($0))?.values }
    }
}

/// The LSH bandings band keys are computed for: the full signature's, and the lead signature's
/// (nil when lead candidates are off).
public struct RecordBanding: Sendable, Hashable {
    /// The full signature's banding.
    public var full: LSHParameters
    /// The lead signature's banding; nil when lead candidates are off.
    public var lead: LSHParameters?

    /// A banding from its two parts.
    public init(full: LSHParameters, lead: LSHParameters?) {
        self.full = full
        self.lead = lead
    }

    /// The banding dedup uses for `options`: the given candidate threshold, or else the loosest of
    /// the ladder, which is dedup's choice whenever all pairs of the archive fit the candidate
    /// budget; the lead banding with `leadRows` rows per band (the loosest, 2, by default).
    public init(options: DedupOptions, leadRows: Int = BandingChoice.leadRowsLadder[0]) {
        let threshold = options.candidateThreshold ?? options.candidateThresholdLadder.sorted().first ?? 0.5
        full = Deduplicator.lshParameters(threshold: threshold, permutations: options.permutations)
        lead =
            options.leadCandidates
            ? LSHParameters(bands: Fingerprinter.leadPermutations / leadRows, rows: leadRows) : nil
    }
}

/// Reading and writing records as JSON lines.
public enum SignatureRecordCoding {
    /// One JSON line for `record`, keys sorted.
    public static func line(_ record: SignatureRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// The record in one JSON line; a `bad-record` ``DedupError`` when it is not one.
    public static func record(_ line: some StringProtocol) throws -> SignatureRecord {
        do {
            return try JSONDecoder().decode(SignatureRecord.self, from: Data(line.utf8))
        } catch {
            throw DedupError(.badRecord, "not a signature record: \(line.prefix(80))")
        }
    }
}
