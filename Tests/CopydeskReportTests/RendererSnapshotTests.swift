import CopydeskCompare
import CopydeskReport
import CopydeskSimilarity
import CopydeskText
import Foundation
import SnapshotTesting
import Testing

/// Golden files of the text renderers, in `__Snapshots__/RendererSnapshotTests/`: every line a
/// user reads is pinned, so a change to a renderer (or to what the comparison finds) shows up as a
/// diff in review. A change that is meant is recorded again with
/// `SNAPSHOT_TESTING_RECORD=all swift test --filter RendererSnapshotTests`, and the new files
/// committed beside it.
@Suite("Renderer golden files")
struct RendererSnapshotTests {
    /// Three tellings of one story: the agency's copy, a paper that trims it and adds a local
    /// line, and a summary that re-reports it in its own words.
    static let articles = [
        CoverageRendererTests.wire,
        CoverageRendererTests.reprint,
        Article(
            source: "digest.html", id: "digest", title: "Deadly floods in Sylhet", byline: "Staff Reporter",
            published: "2024-03-07", outlet: "Morning Digest",
            paragraphs: [
                "At least 12 people died when flash floods struck Bangladesh on Tuesday, according to officials.",
                "The Water Development Board said levels would fall by Friday.",
                "Relief groups in Dhaka said they had sent boats and dry food to the worst-hit villages.",
            ]),
    ]
    static let report = CoverageComparer().compare(articles)

    @Test func terminalPlain() {
        assertSnapshot(of: CoverageTerminalRenderer(colour: false, width: 80).render(Self.report), as: .lines)
    }

    @Test func terminalNarrowWithDetails() {
        assertSnapshot(
            of: CoverageTerminalRenderer(colour: false, width: 50, details: true).render(Self.report), as: .lines)
    }

    @Test func terminalColour() {
        // The escapes themselves, shown as text, so the file stays readable.
        let painted = CoverageTerminalRenderer(colour: true, width: 80).render(Self.report)
        assertSnapshot(of: painted.replacingOccurrences(of: "\u{1B}", with: "␛"), as: .lines)
    }

    @Test func markdown() {
        assertSnapshot(of: CoverageMarkdownRenderer.markdown(Self.report), as: .lines)
    }

    @Test func json() {
        assertSnapshot(of: CoverageJSONRenderer.json(Self.report), as: .lines)
    }

    @Test func similarity() {
        let report = SimilarityReport(
            a: "wire", b: "reprint", textA: CoverageRendererTests.wire.text, textB: CoverageRendererTests.reprint.text,
            shingler: Shingler(kind: .words(3), seed: 0), hasher: MinHasher(k: 64, seed: 0, algorithm: .onePermutation))
        assertSnapshot(of: SimilarityRenderer.text(report), as: .lines, named: "text")
        assertSnapshot(of: SimilarityRenderer.json(report, pretty: true), as: .lines, named: "json")
    }
}
