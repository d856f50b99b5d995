import CopydeskArchive
import FuzzSupport

/// libFuzzer entry: any bytes as a JSONL archive; every entry is read and each document's
/// article extracted, as dedup reads an archive.
func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    var archive = JSONLArchive(MemoryByteSource(input), name: "fuzz.jsonl")
    drain(&archive, budget: input.count + 1)
    return 0
}

runFuzzer { data, size in fuzzJSONL(data, size) }
