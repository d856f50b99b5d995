import CopydeskCompare
import CopydeskText
import Testing

/// Fact-row mistakes that fit no one story: headline-case phrases read as people or
/// organisations, coordinated names read as one, acronyms not matched to their names, figures that
/// rank or describe rather than count. Sentences written for the test in the style of news copy.
@Suite struct FactPhraseTests {
    static let desk = CoverageComparer().compare([
        MarkedArticle(
            id: "wire", published: "2018-10-04",
            [
                "The general, nicknamed “Iron Hawk Pellman” by his troops, met Defense Secretary Alan Pellman's aides.",
                "The company's founder said the Fake News Media had ignored the deal, and aides to House Republican leaders agreed.",
                "Fans of Blue Falcon energy drinks and viewers of the North Shore series were polled, along with Latin American voters.",
                "Congressional Republicans and Presidents Clinton met in Tulsa. Everyone applauded.",
                "Talks between Apple and American Airlines stalled, and a spokeswoman for Apple declined to comment.",
                "The Department of Housing and Urban Development and the Port Authority of New York and New Jersey signed.",
                "The Islamic State group claimed the attack near Mosul, and U.S. officials said ISIS had planned it for weeks.",
                "A 52-year-old pilot flew a three-day route over a 900-seat arena, the third-largest in the U.S.",
                "Two of the mayor's aides and three Hudson River ferry captains were fired in 2016 budget cuts.",
                "He was sworn in as the 14th Amendment scholar's No. 2 aide in Plainfield, N.J.",
                "Nine states signed. President Obama spoke. Quarterly Review Editor Bill Dunaway said little.",
            ]
        ).article,
        MarkedArticle(
            id: "daily", published: "2018-10-04",
            [
                "Islamic State fighters retreated, and Obama said the U.S. would stay.",
                "The Department of Housing and Urban Development said the Port Authority would pay.",
            ]
        ).article,
    ])

    func values(_ kind: CoverageReport.Fact.Kind) -> [String] {
        Self.desk.facts.filter { $0.kind == kind }.map(\.value)
    }

    @Test func aNicknameInQuotationMarksIsNoPerson() {
        #expect(!values(.person).contains { $0.contains("Iron Hawk") })
        #expect(values(.person).contains("Alan Pellman"))
    }

    @Test func headlineCasePhrasesAreNoPeople() {
        let people = values(.person)
        for phrase in ["Blue Falcon", "North Shore", "Latin American", "Congressional Republicans", "Presidents Clinton", "Everyone", "Nine"] {
            #expect(!people.contains(phrase), "\(phrase) read as a person")
        }
    }

    @Test func abuseAndChamberAdjectivesAreNoOrganisations() {
        let bodies = values(.organization)
        #expect(!bodies.contains { $0.contains("Fake News") })
        #expect(!bodies.contains("House Republican"))
    }

    @Test func coordinatedNamesAreSplitOnlyWhenEachStandsAlone() {
        let bodies = values(.organization)
        #expect(bodies.contains("American Airlines"))
        #expect(!bodies.contains { $0.contains("Apple and") })
        #expect(bodies.contains("Department of Housing and Urban Development"))
        #expect(bodies.contains("Port Authority of New York and New Jersey"))
    }

    @Test func anAcronymThatStartsWithANamesInitialsIsThatName() {
        let state = Self.desk.facts.filter { $0.kind == .organization && ($0.value == "Islamic State" || $0.value == "ISIS") }
        #expect(state.count == 1)
        #expect(state.first?.coverage(of: "daily")?.status == .present)
    }

    @Test func gluedInitialsKeepTheirLastFullStop() {
        #expect(values(.place).contains("U.S."))
        #expect(!values(.place).contains("U.S"))
    }

    @Test func figuresThatDescribeOrRankAreNoCounts() {
        let numbers = values(.number)
        #expect(numbers.contains("52-year-old"))
        #expect(numbers.contains("three-day"))
        #expect(!numbers.contains { $0.hasPrefix("900") || $0.hasPrefix("third") || $0.hasPrefix("14th") })
        #expect(!numbers.contains { $0.hasPrefix("2016") || $0.hasPrefix("2 ") })
        #expect(numbers.contains("Two aides"))
        #expect(numbers.contains("three captains"))
    }

    @Test func aGivenNameThatIsAlsoAHeadAfterATitleIsAPerson() {
        #expect(values(.person).contains("Bill Dunaway"))
        #expect(!values(.person).contains { $0.contains("Editor") })
    }

    @Test func aTownBeforeItsStateIsAPlace() {
        #expect(values(.place).contains("Plainfield"))
        #expect(!values(.person).contains("Plainfield"))
    }

    @Test func aBareSurnameIsThePersonAnotherSourceShowedItToBe() {
        let obama = Self.desk.facts.first { $0.kind == .person && $0.value.contains("Obama") }
        #expect(obama?.coverage(of: "wire")?.status == .present)
        #expect(obama?.coverage(of: "daily")?.status == .present)
    }
}
