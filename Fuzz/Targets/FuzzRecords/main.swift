import CopydeskDedup
import FuzzSupport

/// libFuzzer entry: the bytes as signature records (one JSON line each, as `cluster` and
/// `verify` read them), verified pairwise and clustered with dedup's default options.
func fuzzRecords(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    let records = text.split(separator: "\n").prefix(64).compactMap { try? SignatureRecordCoding.record($0) }
    let options = DedupOptions()
    if records.count >= 2 { _ = try? RecordMatching.verified(records[0], records[1], options: options) }
    _ = try? RecordMatching.cluster(records, options: options)
    return 0
}

runFuzzer { data, size in fuzzRecords(data, size) }
