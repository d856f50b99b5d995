import CopydeskCompare
import CopydeskText
import Testing

/// Weekdays as news copy uses them: the past in a report of what happened, the days ahead in what
/// is to come, and one date whichever way a source writes it.
@Suite struct FactWeekdayTests {
    static func dates(_ articles: [Article]) -> [String: [String]] {
        let report = CoverageComparer().compare(articles)
        var found: [String: [String]] = [:]
        for fact in report.facts where fact.kind == .date {
            for coverage in fact.coverage where !coverage.mentions.isEmpty {
                found[coverage.source, default: []].append(fact.value)
            }
        }
        return found.mapValues { $0.sorted() }
    }

    // 2024-03-06 was a Wednesday.
    static let agency = Article(
        source: "agency.txt", id: "agency", title: "River levels rise", published: "2024-03-06", outlet: "Agency",
        paragraphs: [
            "Heavy rain flooded three districts on Tuesday, the relief ministry said.",
            "Engineers said the water would fall back below the danger mark by Friday.",
            "The ministry will review the embankments next Monday, and it met donors last Wednesday.",
        ])

    @Test func thePastGoesBackTheFutureGoesForward() {
        let found = Self.dates([Self.agency, Self.agency])["agency"] ?? []
        #expect(found.contains("2024-03-05"))  // flooded on Tuesday: the day before
        #expect(found.contains("2024-03-08"))  // would fall by Friday: two days ahead
        #expect(found.contains("2024-03-11"))  // next Monday
        #expect(found.contains("2024-02-28"))  // last Wednesday: a week back, not the day itself
        #expect(!found.contains("2024-03-01"))
    }

    @Test func anUndatedSourcesWeekdayIsTheDateTheOthersGive() {
        let undated = Article(
            source: "paper.txt", id: "paper", title: "Floods", outlet: "Paper",
            paragraphs: ["Heavy rain flooded three districts on Tuesday, officials said."])
        let found = Self.dates([Self.agency, undated])
        #expect(found["paper"] == ["2024-03-05"])
        #expect(found["agency"]?.contains("2024-03-05") == true)
    }

    @Test func aWeekdayTheOthersDateTwiceStaysAWeekday() {
        let twoTuesdays = Article(
            source: "weekly.txt", id: "weekly", title: "Two weeks of rain", published: "2024-03-14", outlet: "Weekly",
            paragraphs: [
                "The first storm struck on March 5, and the second on March 12, both of them on a Tuesday.",
            ])
        let undated = Article(
            source: "paper.txt", id: "paper", title: "Floods", outlet: "Paper",
            paragraphs: ["Heavy rain flooded three districts on Tuesday, officials said."])
        let found = Self.dates([twoTuesdays, undated])
        #expect(found["paper"] == ["Tuesday"])
    }
}
