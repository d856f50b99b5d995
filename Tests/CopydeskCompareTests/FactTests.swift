import CopydeskCompare
import CopydeskText
import Testing

@Suite struct FactTests {
    static let report = QuoteTests.budget

    func fact(_ kind: CoverageReport.Fact.Kind, _ value: String) -> CoverageReport.Fact? {
        Self.report.facts.first { $0.kind == kind && $0.value == value }
    }

    func texts(_ fact: CoverageReport.Fact?, _ source: String) -> [String] {
        fact?.coverage(of: source)?.mentions.map(\.text) ?? []
    }

    @Test func aSurnameAloneIsTheFullNameFromAnotherSource() {
        let lopez = fact(.person, "Maria Lopez")
        #expect(texts(lopez, "wire") == ["Maria Lopez"])
        #expect(texts(lopez, "daily") == ["Lopez"])
        #expect(texts(lopez, "weekly") == ["Maria Lopez"])
        #expect(lopez?.coverage(of: "blog")?.status == .absent)
    }

    @Test func anAcronymAndItsExpansionAreOneOrganisation() {
        let imf = fact(.organization, "International Monetary Fund")
        #expect(texts(imf, "wire") == ["International Monetary Fund", "IMF"])
        #expect(texts(imf, "daily") == ["IMF"])
        #expect(texts(imf, "weekly") == ["IMF"])
        #expect(texts(imf, "blog") == ["International Monetary Fund"])
    }

    @Test func percentagesMatchHoweverTheyArePrinted() {
        let growth = Self.report.facts.first { $0.kind == .number && $0.value.hasPrefix("3.5") }
        #expect(texts(growth, "wire") == ["3.5 percent"])
        #expect(texts(growth, "weekly") == ["3.5%"])
        #expect(growth?.coverage(of: "daily")?.status == .absent)
    }

    @Test func mondayMarchFourthAndYesterdayAreOneDate() {
        let day = fact(.date, "2024-03-04")
        #expect(texts(day, "wire") == ["Monday"])
        #expect(texts(day, "daily") == ["March 4"])
        #expect(texts(day, "weekly") == ["yesterday"])
        #expect(day?.coverage(of: "blog")?.status == .absent)
        #expect(texts(fact(.date, "2024"), "weekly") == ["this year"])
    }

    @Test func placesComeFromTheGazetteerAndFromDatelines() {
        #expect(texts(fact(.place, "Madrid"), "wire") == ["MADRID"])
        #expect(texts(fact(.place, "Madrid"), "blog") == ["Madrid"])
        #expect(texts(fact(.place, "Spain"), "blog") == ["Spain"])
    }

    @Test func numbersInWordsAndFiguresMeet() {
        let flood = AlignmentTests.report
        let dead = flood.facts.first {
            $0.kind == .number && $0.coverage(of: "rewrite")?.mentions.first?.text == "Twelve people"
        }
        #expect(dead?.coverage(of: "wire")?.mentions.first?.text == "12 people")
        let days = flood.facts.first { $0.kind == .number && $0.value == "three days" }
        #expect(days?.coverage.allSatisfy { $0.status == .present } == true)
    }

    @Test func peopleAreTitledOrNamedInFullAndMeasuredAcrossTheStory() {
        let measles = QuoteTests.measles
        let tedros = measles.facts.first { $0.kind == .person && $0.value == "Tedros Adhanom Ghebreyesus" }
        #expect(tedros?.coverage(of: "measles")?.mentions.map(\.text) == ["Tedros Adhanom Ghebreyesus", "Tedros"])
        let who = measles.facts.first { $0.kind == .organization && $0.value == "World Health Organization" }
        #expect(who?.coverage(of: "brief")?.mentions.map(\.text) == ["WHO"])
        #expect(
            measles.facts.first { $0.kind == .number && $0.value == "14 countries" }?.coverage.allSatisfy {
                $0.status == .present
            } == true)
    }
}
