import CopydeskExtract
import CopydeskText
import Foundation
import Testing

/// The two seed dumps kept in `Samples/seed-story/`, extracted as a user would.
@Suite struct PlainTextSamplesTests {
    static let samples = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Samples/seed-story")

    func extract(_ name: String) throws -> Article {
        let url = Self.samples.appending(path: name)
        let content = try String(contentsOf: url, encoding: .utf8)
        return try PageDumpExtractor().extract(
            Document(
                source: "Samples/seed-story/\(name)", id: url.deletingPathExtension().lastPathComponent,
                content: content, kind: .text))
    }

    @Test func observerCarryingAFP() throws {
        let article = try extract("observer-afp.txt")
        #expect(article.title == "Xi vows backing for Kazakhstan in first trip since pandemic")
        #expect(article.published == "2022-09-15")
        #expect(article.dateline == "NUR-SULTAN, Sept 14")
        #expect(article.credit == "AFP")
        #expect(article.outlet == "Observer")
        #expect(article.byline == nil)
        #expect(article.language == "en")
        #expect(article.paragraphs.count == 11)
        #expect(
            article.paragraphs.first
                == "NUR-SULTAN, Sept 14: China's President Xi Jinping was in ex-Soviet Kazakhstan Wednesday on his first trip abroad since the early days of the coronavirus pandemic, ahead of a meeting with Russian leader Vladimir Putin."
        )
        #expect(
            article.paragraphs.last
                == "Xi wrote ahead of the visit that the group had \"set a fine example of a new type of international relations featuring mutual respect, fairness, justice and win-win cooperation, and proved itself an important and constructive force\"."
        )
        for furniture in [
            "photo : AFP", "Advance Search", "You Might Also Like", "Previous", "Count : 195", "Globe Printers", "-AFP",
        ] {
            #expect(!article.text.contains(furniture), "\(furniture) leaked into the story")
        }
    }

    @Test func thinkTankSummary() throws {
        let article = try extract("thinktank-summary.txt")
        #expect(article.title == "SUMMARY: Chinese President Xi Jinping’s Visit to Kazakhstan")
        #expect(article.published == "2022-09-15")
        #expect(article.dateline == nil)
        #expect(article.credit == nil)
        #expect(article.outlet == nil)
        #expect(article.paragraphs.count == 17)
        #expect(
            article.paragraphs.first
                == "Chinese President Xi Jinping kicked off his three-day Central Asian tour on Wednesday. His first stop was in Kazakhstan, where he met with President Kassym-Jomart Tokayev. Xi also travelled to Uzbekistan today to attend a summit of the Shanghai Cooperation Organization (SCO) and later meet with his Russian counterpart Vladimir Putin. Xi’s trip is his first foreign visit since the onset of the COVID-19 pandemic. His last overseas trip was to Myanmar in January 2020."
        )
        #expect(
            article.paragraphs.last
                == "“The two sides have firmly supported each other on issues concerning each other’s core interests and cooperated closely on international and multilateral occasions,” Yang noted."
        )
        // The section headings stay, in place, as paragraphs of their own.
        #expect(article.paragraphs[1] == "Kazakhstan")
        #expect(article.paragraphs[9] == "Uzbekistan")
        #expect(article.paragraphs[14] == "Russia")
        // The caption, the image credit, the markup and the standfirst printed above the story are gone.
        for furniture in ["(R)", "IMAGE SOURCE", "gtag", "SUMMARY:", "September 15, 2022"] {
            #expect(!article.text.contains(furniture), "\(furniture) leaked into the story")
        }
        #expect(article.paragraphs.filter { $0.contains("Xi also travelled to Uzbekistan today") }.count == 1)
    }
}
