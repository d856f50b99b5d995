import CopydeskExtract
import CopydeskIngest
import FuzzSupport

/// Any bytes as a file named `.txt`: sniffed (a text file may turn out to be HTML), decoded, and
/// extracted as a plain-text page dump.
func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let reader = InputReader()
    guard let document = try? reader.document(from: bytes(data, size), source: "fuzz.txt", id: "fuzz") else { return 0 }
    _ = try? ArticleExtractor().extract(document)
    return 0
}

runFuzzer { data, size in fuzzText(data, size) }
