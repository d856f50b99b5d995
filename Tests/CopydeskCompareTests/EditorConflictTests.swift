import CopydeskText
import Testing

@testable import CopydeskCompare

/// Conflicts that must not be reported: a wrong conflict misleads an editor more than a
/// missed one. Reports are built by hand so each test holds exactly one condition.
@Suite struct EditorConflictTests {
    /// Two sources of one sentence each, with number facts (text, key) found in them.
    static func report(
        _ a: String, _ b: String, match: CoverageReport.Match? = .edited, similarity: Double = 0.9,
        numbers: [(source: String, text: String, key: String)]
    ) -> CoverageReport {
        let texts = ["a": a, "b": b]
        func sentence(_ id: String, other: String) -> CoverageReport.AlignedSentence {
            let counterparts = match.map {
                [CoverageReport.Counterpart(source: other, index: 0, similarity: similarity, match: $0)]
            }
            return .init(
                source: id, index: 0, text: texts[id] ?? "", start: 0, end: (texts[id] ?? "").unicodeScalars.count,
                match: match ?? .unique, counterparts: counterparts ?? [])
        }
        var facts: [CoverageReport.Fact] = []
        for number in numbers {
            let text = texts[number.source] ?? ""
            guard let range = text.firstRange(of: number.text) else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let span = CoverageReport.Span(
                text: number.text, start: start, end: start + number.text.unicodeScalars.count)
            if let at = facts.firstIndex(where: { $0.id == number.key }) {
                for c in facts[at].coverage.indices where facts[at].coverage[c].source == number.source {
                    facts[at].coverage[c].mentions.append(span)
                }
            } else {
                facts.append(
                    .init(
                        id: number.key, kind: .number, value: number.text,
                        coverage: ["a", "b"].map { .init(source: $0, mentions: $0 == number.source ? [span] : []) }))
            }
        }
        let sources = ["a", "b"].map {
            CoverageReport.Source(
                id: $0, input: "\($0).txt", title: nil, outlet: nil, byline: nil, published: nil, credit: nil, words: 20
            )
        }
        return CoverageReport(
            sources: sources, quotes: [], facts: facts,
            sentences: [sentence("a", other: "b"), sentence("b", other: "a")],
            passages: [], summary: [])
    }

    static let a = "Flooding forced 12 families from their homes in the valley on Sunday night."
    static let b = "Flooding forced 14 families from their homes in the valley on Sunday night."

    func conflicts(_ report: CoverageReport) -> [EditorAnswers.Conflict] { EditorDesk.answers(for: report).conflicts }

    @Test func theSameCountedThingWithAnotherNumberIsAConflict() throws {
        let report = Self.report(
            Self.a, Self.b, numbers: [("a", "12 families", "12|famili"), ("b", "14 families", "14|famili")])
        let conflict = try #require(conflicts(report).first)
        #expect(conflict.kind == .number)
        #expect(conflict.unit == "families")
        #expect(conflict.sides.map(\.value) == ["12 families", "14 families"])
        #expect(conflict.sides.map(\.sentence) == [Self.a, Self.b])
    }

    @Test func differentUnitsAreNoConflict() {
        let b = "Flooding forced 14 homes to be evacuated in the valley on Sunday night."
        let report = Self.report(Self.a, b, numbers: [("a", "12 families", "12|famili"), ("b", "14 homes", "14|home")])
        #expect(conflicts(report).isEmpty)
    }

    @Test func unalignedSentencesAreNoConflict() {
        let report = Self.report(
            Self.a, Self.b, match: nil, numbers: [("a", "12 families", "12|famili"), ("b", "14 families", "14|famili")])
        #expect(conflicts(report).isEmpty)
    }

    @Test func aLooselyRelatedPairIsNoConflict() {
        let report = Self.report(
            Self.a, Self.b, match: .paraphrase, similarity: 0.4,
            numbers: [("a", "12 families", "12|famili"), ("b", "14 families", "14|famili")])
        #expect(conflicts(report).isEmpty)
    }

    @Test func aSentenceGivingBothValuesIsNoConflict() {
        let b = "Flooding forced 14 families from their homes, up from 12 families on Sunday night."
        let report = Self.report(
            Self.a, b,
            numbers: [
                ("a", "12 families", "12|famili"), ("b", "14 families", "14|famili"), ("b", "12 families", "12|famili"),
            ])
        #expect(conflicts(report).isEmpty)
    }

    @Test(arguments: [
        ("The court ruled 5-4 on Friday.", ["5–4"]),
        ("Lawmakers voted 8–1 to approve it.", ["8–1"]),
        ("A 2-year-old boy was rescued.", []),
        ("The COVID-19 rules ended.", []),
        ("It happened on 9-11-2001.", []),
        ("Turnout was 1200-300 on paper.", []),
    ])
    func talliesAreTwoSmallNumbersJoinedByADash(text: String, expected: [String]) {
        #expect(ConflictFinder.tallies(in: text) == expected)
    }
}
