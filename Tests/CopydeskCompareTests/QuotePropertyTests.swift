import CopydeskCompare
import CopydeskSimilarity
import CopydeskText
import Testing

/// Generated news-like text with quotations of every shape — nested, unclosed, interrupted, at a
/// paragraph's end, curly and straight, with and without verbs of saying, with stray marks and
/// random Unicode — must always give a report whose quote offsets lie inside their sources.
@Suite struct QuotePropertyTests {
    static let pieces: [String] = [
        "“", "”", "\"", "‘", "’", "'", ",", ".", ":", ";", " — ", " -- ", "(", ")", "[", "]", "…", "...", "?", "!",
        " said", " says", " told reporters", " added", " according to", " saying", " wrote", " asked",
        " he", " she", " He", " She", " the governor", " the former congressman", " a spokesman",
        " Mr.", " Sen.", " Gov.", " Rep.", " Jr.", " R-Texas", " (D-Calif.)", " U.S.", " Jackson", " Ann Lee",
        " Jesse Jackson Jr.", " Sandra Jackson", " Harbor Museum", " Paris", " White House", " CNN",
        " we will", " not", " the bill", " in January", " on Twitter", " that", " it", " and", " 3", " 2024",
        " 男性は3人です", " ภาษาไทย", " é", " \u{301}", " 🇺🇸", " \u{200D}", " \u{FEFF}", " \u{0}", " \t", "\n",
        "\n\n", " ", "Smith", " Smith's", " O’Neill", " de la Cruz", " ’s",
    ]

    static func generate(_ random: inout SplitMix64) -> [String] {
        let paragraphs = Int(random.next() % 5) + 1
        return (0..<paragraphs).map { _ in
            let length = Int(random.next() % 40)
            return (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func compareNeverTrapsOnGeneratedQuotations() {
        var random = SplitMix64(seed: 12)
        for round in 0..<400 {
            let a = Article(source: "a.txt", id: "a", paragraphs: Self.generate(&random))
            let b = Article(source: "b.txt", id: "b", paragraphs: Self.generate(&random))
            let report = CoverageComparer().compare([a, b])
            for quote in report.quotes {
                for entry in quote.coverage {
                    guard let span = entry.span else { continue }
                    let count = (entry.source == "a" ? a : b).text.unicodeScalars.count
                    #expect(0 <= span.start && span.start <= span.end && span.end <= count, "round \(round)")
                }
            }
        }
    }

    /// One article compared with itself: every quotation is verbatim in both, with one speaker.
    @Test func anArticleAgainstItselfCarriesEveryQuotationVerbatim() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let paragraphs = Self.generate(&random)
            let a = Article(source: "a.txt", id: "a", paragraphs: paragraphs)
            let b = Article(source: "b.txt", id: "b", paragraphs: paragraphs)
            let report = CoverageComparer().compare([a, b])
            for quote in report.quotes {
                #expect(quote.coverage(of: "b")?.status == .verbatim)
                #expect(quote.coverage(of: "a")?.speaker == quote.coverage(of: "b")?.speaker)
            }
        }
    }
}
