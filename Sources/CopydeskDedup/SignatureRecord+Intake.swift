extension SignatureRecord {
    /// Reads `inputs` as dedup does (same intake, same fingerprints, on all cores) and hands the
    /// records back in input order, a batch at a time, each with the band keys of `banding`.
    /// - Returns: items skipped on purpose (WARC records that are not HTML responses), by reason.
    public static func read(
        _ inputs: [String], options: DedupOptions, banding: RecordBanding,
        warning: ((_ source: String, _ message: String) -> Void)? = nil,
        consume: ([SignatureRecord]) throws -> Void
    ) throws -> [String: Int] {
        var ordinal = 0
        return try Intake(options: options).run(inputs, warning: warning) { items in
            var records: [SignatureRecord] = []
            records.reserveCapacity(items.count)
            for item in items {
                switch item.content {
                case .document(let fingerprint, let shingles, let length):
                    records.append(
                        SignatureRecord(
                            ordinal: ordinal, id: item.id ?? item.source, source: item.source, title: item.title,
                            outlet: item.outlet, published: item.published, length: length, fingerprint: fingerprint,
                            shingles: shingles
                        ).withBandKeys(banding, signature: fingerprint.signature, lead: fingerprint.lead))
                case .failure(let message):
                    records.append(SignatureRecord(ordinal: ordinal, id: item.id, source: item.source, error: message))
                }
                ordinal += 1
            }
            try consume(records)
        }
    }
}
