import CopydeskCompare
import CopydeskReport
import CopydeskText
import Foundation
import Testing

/// The three renderings of one small comparison: a wire story and a reprint that trims it.
@Suite struct CoverageRendererTests {
    static let wire = Article(
        source: "wire.txt", id: "wire", title: "Floods kill 12 in Bangladesh", published: "2024-03-06", outlet: "Wire",
        credit: "AP",
        paragraphs: [
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.",
            "“The water came at night and we lost everything,” said Rahima Begum, a farmer in Sylhet.",
            "The Water Development Board said levels would fall by Friday.",
        ])
    static let reprint = Article(
        source: "reprint.html", id: "reprint", title: "Floods | kill 12", outlet: "Daily",
        paragraphs: [
            "Flash floods killed at least 12 people in Bangladesh on Tuesday, officials said.",
            "“The water came at night,” said Rahima Begum.",
        ])
    static let report = CoverageComparer().compare([wire, reprint])

    @Test func jsonKeepsTheContractNamesAndEverySourceInEveryMap() throws {
        let text = CoverageJSONRenderer.json(Self.report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // The inventory keys of issue 5, then the editor's answers of issue 14.
        #expect(
            Set(root.keys) == [
                "sources", "quotes", "facts", "sentences", "passages", "summary", "verdict", "omissions", "exclusives",
                "voices", "conflicts", "framing",
            ])
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["wire", "reprint"])
        #expect(Set(sources[0].keys) == ["id", "input", "title", "outlet", "byline", "published", "credit", "words"])
        #expect(sources[0]["byline"] is NSNull)
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first)
        #expect(Set(quote.keys) == ["id", "speaker", "text", "coverage"])
        #expect(quote["speaker"] as? String == "Rahima Begum")
        let coverage = try #require(quote["coverage"] as? [String: [String: Any]])
        #expect(Set(coverage.keys) == ["wire", "reprint"])
        #expect(coverage["reprint"]?["status"] as? String == "partial")
        #expect(Set(coverage["wire"]?.keys ?? [:].keys) == ["status", "text", "start", "end", "speaker"])
        // Each source's own speaker (issue 12); null where a source names no one.
        #expect(coverage["wire"]?["speaker"] as? String == "Rahima Begum")
        let facts = try #require(root["facts"] as? [[String: Any]])
        for fact in facts {
            #expect(Set(fact.keys) == ["id", "kind", "value", "coverage"])
            let map = try #require(fact["coverage"] as? [String: [String: Any]])
            #expect(Set(map.keys) == ["wire", "reprint"])
            #expect(
                map.values.allSatisfy { ($0["status"] as? String).map { ["present", "absent"].contains($0) } ?? false })
        }
        let board = try #require(facts.first { $0["value"] as? String == "Water Development Board" })
        let absent = try #require((board["coverage"] as? [String: [String: Any]])?["reprint"])
        #expect(absent["status"] as? String == "absent")
        #expect((absent["mentions"] as? [Any])?.isEmpty == true)
        let sentences = try #require(root["sentences"] as? [[String: Any]])
        #expect(Set(sentences[0].keys) == ["source", "index", "text", "start", "end", "class", "counterparts"])
        #expect(sentences[0]["class"] as? String == "verbatim")
        let counterpart = try #require((sentences[0]["counterparts"] as? [[String: Any]])?.first)
        #expect(counterpart["source"] as? String == "reprint")
        #expect(counterpart["similarity"] as? Double == 1)
        // Why it matched: the words both print, as the sentence prints them.
        let matched = try #require(counterpart["matched_words"] as? [String])
        #expect(!matched.isEmpty && matched.allSatisfy { (sentences[0]["text"] as? String ?? "").contains($0) })
        let passages = try #require(root["passages"] as? [[String: Any]])
        #expect(Set(try #require(passages.first).keys) == ["sources", "text"])
        let summary = try #require(root["summary"] as? [String: [String: Any]])
        #expect(Set(summary.keys) == ["wire", "reprint"])
        let shared = try #require(summary["reprint"]?["shared_with"] as? [String: Double])
        #expect(Set(shared.keys) == ["wire"])
        #expect((summary["reprint"]?["unique"] as? Double).map { abs($0 + (shared["wire"] ?? 0) - 1) < 0.0001 } == true)
    }

    @Test func terminalOutputReadsWithoutColourAndPaintsWithIt() {
        // The quote matrix and the formulas are part of the full listing (issue 14: --details).
        let plain = CoverageTerminalRenderer(colour: false, details: true).render(Self.report)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("= verbatim"))
        #expect(plain.contains("~ partial"))
        #expect(plain.contains("Rahima Begum: “The water came at night and we lost everything”"))
        #expect(plain.contains("Copied words: shared with T = words of S inside passages S shares with T"))
        let painted = CoverageTerminalRenderer(colour: true, details: true).render(Self.report)
        #expect(painted.contains("\u{1B}[32m= verbatim"))
    }

    @Test func markdownTablesEscapePipes() {
        let markdown = CoverageMarkdownRenderer.markdown(Self.report)
        #expect(markdown.hasPrefix("# Coverage of 2 sources"))
        #expect(markdown.contains("| `reprint` | Floods \\| kill 12 | Daily |"))
        #expect(
            markdown.contains(
                "| q1 | Rahima Begum | “The water came at night and we lost everything” | verbatim | partial |"))
        #expect(markdown.contains("## Sentences of `wire`"))
        #expect(markdown.contains("| 3 | unique | The Water Development Board said levels would fall by Friday. |  |"))
    }
}

/// One JSON contract for an article: what `extract` prints is what `Article`'s `Codable` reads
/// and writes.
@Suite struct ArticleJSONContractTests {
    static let article = Article(
        source: "pages/observer.html", id: "observer", title: "Xi visits Kazakhstan", byline: "Staff Reporter",
        published: "2022-09-15", outlet: "The Daily Observer", url: "https://example.org/xi", credit: "AFP",
        dateline: "NUR-SULTAN, Sept 14", language: "en",
        paragraphs: ["NUR-SULTAN, Sept 14 (AFP) — Xi arrived on Wednesday.", "He met Tokayev."],
        warnings: ["charset declared latin-1, read as UTF-8"])

    @Test func whatExtractPrintsDecodesIntoTheSameArticle() throws {
        let line = ArticleRenderer.json(Self.article)
        #expect(try JSONDecoder().decode(Article.self, from: Data(line.utf8)) == Self.article)
    }

    @Test func theEncoderWritesTheRenderersKeysInItsOrder() throws {
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.article)) as? [String: Any]
        let rendered =
            try JSONSerialization.jsonObject(with: Data(ArticleRenderer.json(Self.article).utf8)) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == Set(rendered?.keys.map { $0 } ?? []))
        #expect(Set(rendered?.keys.map { $0 } ?? []) == Set(Article.CodingKeys.allCases.map(\.stringValue)))
        #expect(encoded?["word_count"] as? Int == Self.article.wordCount)
        // The renderer writes the keys in CodingKeys' order.
        let line = ArticleRenderer.json(Self.article)
        let positions = Article.CodingKeys.allCases.compactMap { line.range(of: "\"\($0.stringValue)\":")?.lowerBound }
        #expect(positions.count == Article.CodingKeys.allCases.count)
        #expect(positions == positions.sorted())
    }

    @Test func unknownFieldsAreNullAndAHandWrittenLineNeedsOnlySourceIdAndText() throws {
        let sparse = Article(source: "-", id: "stdin", paragraphs: ["One."])
        let encoded = String(decoding: try JSONEncoder().encode(sparse), as: UTF8.self)
        #expect(encoded.contains("\"title\":null"))
        let hand = #"{"source": "a.txt", "id": "a", "text": "First paragraph.\n\nSecond one."}"#
        let decoded = try JSONDecoder().decode(Article.self, from: Data(hand.utf8))
        #expect(decoded.paragraphs == ["First paragraph.", "Second one."])
        #expect(decoded.title == nil && decoded.warnings.isEmpty)
    }
}
