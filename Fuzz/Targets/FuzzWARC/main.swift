import CopydeskArchive
import FuzzSupport

/// libFuzzer entry: any bytes as a WARC file, gzipped (by its magic number) or not; every record
/// is read and each HTML response extracted, as dedup reads a crawl.
func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    if input.starts(with: [0x1F, 0x8B]) {
        guard let gzip = try? GzipByteSource(MemoryByteSource(input), source: "fuzz.warc.gz") else { return 0 }
        var archive = WARCArchive(gzip, name: "fuzz.warc.gz")
        // Deflate expands at most ~1032:1, so that bounds the records a gzip stream can hold.
        drain(&archive, budget: input.count * 1032 + 1)
    } else {
        var archive = WARCArchive(MemoryByteSource(input), name: "fuzz.warc")
        drain(&archive, budget: input.count + 1)
    }
    return 0
}

runFuzzer { data, size in fuzzWARC(data, size) }
