import CopydeskCompare
import CopydeskExtract
import CopydeskIngest
import CopydeskText
import FuzzSupport

/// The bytes split at the first form feed (or in half) into two text files, each read and
/// extracted as `compare` reads a file, then compared — quotes, facts, alignment and all.
func fuzzCompare(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let cut = input.firstIndex(of: 0x0C) ?? input.count / 2
    let halves = [Array(input[..<cut]), Array(input[min(input.count, cut + 1)...])]
    var articles: [Article] = []
    for (n, half) in halves.enumerated() {
        guard let document = try? InputReader().document(from: half, source: "fuzz\(n).txt", id: "s\(n)"),
            let article = try? ArticleExtractor().extract(document)
        else { continue }
        articles.append(article)
    }
    if !articles.isEmpty { _ = CoverageComparer().compare(articles) }
    return 0
}

runFuzzer { data, size in fuzzCompare(data, size) }
