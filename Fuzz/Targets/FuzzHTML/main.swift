import CopydeskExtract
import CopydeskIngest
import FuzzSupport

/// Any bytes as a page named `.html`: decoded as a browser would (BOM, `<meta charset>`,
/// windows-1252 fallback), then through HTML article extraction. A refusal (`IngestError`) is an
/// answer; only a trap, a hang or runaway memory is a finding.
func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let reader = InputReader()
    guard let document = try? reader.document(from: bytes(data, size), source: "fuzz.html", id: "fuzz", isHTMLByName: true)
    else { return 0 }
    _ = try? ArticleExtractor().extract(document)
    return 0
}

runFuzzer { data, size in fuzzHTML(data, size) }
