import CopydeskCompare
import CopydeskText
import Testing

/// One test per kind of fact-row mistake seen on real American political coverage, each on
/// sentences written for the test in the style of that coverage.
@Suite struct FactErrorTests {
    static let capitol = CoverageComparer().compare([
        MarkedArticle(
            id: "wire", published: "2016-09-29",
            [
                "WASHINGTON — Sen. Ted Cruz (R-Texas) and Sen. Harry Reid, D-Nev., clashed on Wednesday over a bill on the 9/11 attacks.",
                "Fifteen of the 19 Sept. 11 hijackers were Saudi citizens, the report said.",
                "Senate Majority Leader Mitch McConnell and Reid met with Chad Griffin, who leads a rights group.",
                "Robert L. Fenwick, the panel's lawyer, said the Obama administration had opposed the measure.",
                "New York City Mayor Michael Bloomberg, 74, gave $5 million to the campaign.",
            ]
        ).article,
        MarkedArticle(
            id: "daily", published: "2016-09-29",
            [
                "Michael R. Bloomberg said the Obama administration was wrong to oppose the bill.",
                "Mike Bloomberg, who ran the city for 12 years, called Cruz a friend.",
            ]
        ).article,
        MarkedArticle(
            id: "blog", published: "2016-09-29",
            [
                "Michael Bloomberg wrote that Bloomberg's foundation would keep giving.",
                "The Obama administration did not comment. Fenwick declined to comment.",
            ]
        ).article,
    ])

    func facts(_ kind: CoverageReport.Fact.Kind) -> [CoverageReport.Fact] {
        Self.capitol.facts.filter { $0.kind == kind }
    }

    func status(_ fact: CoverageReport.Fact?) -> [CoverageReport.Fact.Status] {
        ["wire", "daily", "blog"].map { fact?.coverage(of: $0)?.status ?? .absent }
    }

    @Test func partyLabelsAreNoPeople() {
        #expect(!Self.capitol.facts.contains { $0.value.contains("R-") || $0.value.contains("D-") })
        #expect(facts(.person).contains { $0.value == "Ted Cruz" })
        #expect(!facts(.place).contains { $0.value == "Texas" })
    }

    @Test func slashedDatesAreNoNumbers() {
        #expect(!facts(.number).contains { $0.value == "9" || $0.value == "11" || $0.value.hasPrefix("9/") })
        #expect(facts(.date).contains { $0.value == "--09-11" })
    }

    @Test func aCountBeforeAMonthAndDayIsNoDate() {
        #expect(!facts(.date).contains { $0.value.hasSuffix("-09-19") })
        let hijackers = facts(.number).first { $0.value.hasPrefix("19") }
        #expect(hijackers?.value.hasSuffix("hijackers") == true)
    }

    @Test func aFirstNameThatIsACountryStaysAName() {
        #expect(facts(.person).contains { $0.value == "Chad Griffin" })
        #expect(!facts(.place).contains { $0.value == "Chad" })
    }

    @Test func aTitledPersonAndAnotherAreNoOrganisation() {
        #expect(!facts(.organization).contains { $0.value.contains("McConnell") })
        #expect(facts(.person).contains { $0.value == "Mitch McConnell" })
        #expect(facts(.person).contains { $0.value == "Harry Reid" })
    }

    @Test func namesGoOnAfterMiddleInitials() {
        let fenwick = facts(.person).first { $0.value == "Robert L. Fenwick" }
        #expect(fenwick != nil)
        #expect(status(fenwick) == [.present, .absent, .present])
        #expect(!facts(.person).contains { $0.value == "Robert L" || $0.value == "Robert" })
    }

    @Test func aliasesOfOnePersonAreOneRow() {
        let bloombergs = facts(.person).filter { $0.value.contains("Bloomberg") }
        #expect(bloombergs.count == 1)
        #expect(status(bloombergs.first) == [.present, .present, .present])
        let printed = Set(bloombergs.first?.coverage.flatMap { $0.mentions.map(\.text) } ?? [])
        #expect(printed.isSuperset(of: ["Michael Bloomberg", "Michael R. Bloomberg", "Mike Bloomberg"]))
    }

    @Test func anAdministrationIsAnOrganisation() {
        let administration = facts(.organization).first { $0.value == "Obama administration" }
        #expect(status(administration) == [.present, .present, .present])
    }

    @Test func figuresThatCountNothingAreNoRows() {
        #expect(!facts(.number).contains { $0.value == "74" })
        #expect(facts(.number).contains { $0.value == "$5 million" })
        #expect(facts(.number).contains { $0.value == "12 years" })
    }

    @Test func groupsAndPhrasesInCapitalsAreNoPeople() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "Sources told reporters that Republicans would hold the seat.",
                    "The Space Force plan drew fire; critics said the space force idea was a stunt.",
                ]
            ).article,
            MarkedArticle(id: "b", ["Officials said Republicans would hold the seat."]).article,
        ])
        #expect(!story.facts.contains { $0.kind == .person })
    }

    @Test func numbersCountNounsNotVerbsOrPrepositions() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "The two talked for an hour. Police said 23 in all were hurt, and seven to eight more fled.",
                    "Prosecutors filed five federal charges over the 48-page report.",
                ]
            ).article,
            MarkedArticle(id: "b", ["Five federal charges were filed."]).article,
        ])
        let numbers = story.facts.filter { $0.kind == .number }.map(\.value)
        #expect(!numbers.contains { $0.hasPrefix("two") || $0.hasPrefix("23") || $0.hasPrefix("seven") })
        let charges = story.facts.first { $0.kind == .number && $0.value == "five federal charges" }
        #expect(charges?.coverage.allSatisfy { $0.status == .present } == true)
        #expect(numbers.contains("48-page"))
    }

    @Test func headlinesBrandsRegionsAndDatelinesAreNamedForWhatTheyAre() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "Bloomberg Tells Voters To Look Elsewhere",
                    "DANVILLE, Ky. — Michael Bloomberg told HuffPost that South Florida mattered.",
                    "Unlike Trump, he said, he would not campaign in Midtown Manhattan.",
                ]
            ).article,
            MarkedArticle(id: "b", ["Donald Trump and Bloomberg spoke in Florida."]).article,
        ])
        let people = story.facts.filter { $0.kind == .person }.map(\.value)
        #expect(Set(people) == ["Michael Bloomberg", "Donald Trump"])
        #expect(story.facts.contains { $0.kind == .organization && $0.value == "HuffPost" })
        let places = story.facts.filter { $0.kind == .place }.map(\.value)
        #expect(places.contains("South Florida") && places.contains("Midtown Manhattan"))
        #expect(places.contains("DANVILLE"))
    }

    @Test func initialsThatAreAlsoWordsAndShortFormsStillMeet() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "His lawyer, Gregory A. Vega, wrote to The New York Times before Wednesday's hearing.",
                    "The Obama-Romney race tightened; their sons, 16 and 13 respectively, stayed home for Thanksgiving.",
                ]
            ).article,
            MarkedArticle(
                id: "b", published: "2018-08-23",
                ["Mr. Vega told The Times on Wednesday that Barack Obama and Mitt Romney had called."]
            ).article,
        ])
        let vega = story.facts.filter { $0.kind == .person && $0.value.hasSuffix("Vega") }
        #expect(vega.map(\.value) == ["Gregory A. Vega"])
        #expect(vega.first?.coverage.allSatisfy { $0.status == .present } == true)
        let times = story.facts.first { $0.kind == .organization && $0.value == "New York Times" }
        #expect(times?.coverage.allSatisfy { $0.status == .present } == true)
        #expect(!story.facts.contains { $0.value.contains("-Romney") || $0.value.contains("Thanksgiving") })
        #expect(!story.facts.contains { $0.kind == .number && $0.value.hasPrefix("13") })
        // The undated source's "Wednesday's hearing" is the Wednesday the dated one gives.
        let wednesday = story.facts.first { $0.kind == .date && $0.value == "2018-08-22" }
        #expect(wednesday?.coverage.allSatisfy { $0.status == .present } == true)
    }

    @Test func contractionsCapitalsAndMisspellingsAreHandled() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "BERKELEY HEIGHTS, N.J. — “I’ve never said that,” Vincente Fox wrote. “I’d do it RIGHT.”",
                    "Felipe Calderón, who led Global Policy Management, backed two pro-Trump accounts.",
                ]
            ).article,
            MarkedArticle(id: "b", ["Vicente Fox and Felipe Calderon met in Mexico to set things right."]).article,
        ])
        let people = story.facts.filter { $0.kind == .person }
        #expect(people.count == 2)
        #expect(people.allSatisfy { $0.coverage.allSatisfy { $0.status == .present } })
        #expect(!story.facts.contains { $0.value.hasPrefix("I’") || $0.value == "RIGHT" || $0.value.hasPrefix("two") })
        #expect(story.facts.contains { $0.kind == .place && $0.value == "BERKELEY HEIGHTS" })
        #expect(story.facts.contains { $0.kind == .place && $0.value.hasPrefix("N.J") })
    }

    @Test func abbreviatedPlacesEventsBillsAndCompoundNouns() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "UPDATE: The St. Louis Post-Dispatch and the Des Moines Register reported on Senate Bill 1062, or SB1062.",
                    "Eight newspaper articles mentioned the Super Bowl; two working mothers spoke.",
                ]
            ).article,
            MarkedArticle(id: "b", ["The St. Louis Post-Dispatch ran eight articles."]).article,
        ])
        let organizations = story.facts.filter { $0.kind == .organization }.map(\.value)
        #expect(organizations.contains("St. Louis Post-Dispatch"))
        #expect(organizations.contains("Des Moines Register"))
        #expect(!organizations.contains { $0.hasPrefix("Louis") || $0.hasPrefix("SB") || $0 == "UPDATE" })
        let other = story.facts.filter { $0.kind == .other }.map(\.value)
        #expect(other.contains("Senate Bill") && other.contains("Super Bowl"))
        #expect(!story.facts.contains { $0.kind == .person })
        let articles = story.facts.first { $0.kind == .number && $0.value.hasPrefix("Eight") }
        #expect(articles?.coverage.allSatisfy { $0.status == .present } == true)
        #expect(story.facts.contains { $0.kind == .number && $0.value == "two working mothers" })
    }

    @Test func aShortOrganisationNameMeetsTheOneLongerNameItEnds() {
        let story = CoverageComparer().compare([
            MarkedArticle(id: "a", ["The Senate Judiciary Committee met as a Republican Senate waited."]).article,
            MarkedArticle(id: "b", ["The Judiciary Committee met on Tuesday."]).article,
        ])
        let committee = story.facts.first { $0.kind == .organization && $0.value == "Senate Judiciary Committee" }
        #expect(committee?.coverage.allSatisfy { $0.status == .present } == true)
        #expect(!story.facts.contains { $0.value == "Republican Senate" })
    }

    @Test func aPersonOfAStateAndJoinedAcronymsAreApart() {
        let story = CoverageComparer().compare([
            MarkedArticle(
                id: "a",
                [
                    "House Speaker John Boehner of Ohio said the DOJ and FBI were FIRED up.",
                    "He gave Democrats a one-in-three chance; Representatives Jim Jordan and Tom Price disagreed.",
                ]
            ).article,
            MarkedArticle(id: "b", ["John Boehner and Jim Jordan spoke in Ohio to the FBI."]).article,
        ])
        let people = story.facts.filter { $0.kind == .person }.map(\.value)
        #expect(Set(people) == ["John Boehner", "Jim Jordan", "Tom Price"])
        let organizations = story.facts.filter { $0.kind == .organization }.map(\.value)
        #expect(Set(organizations) == ["DOJ", "FBI"])
        #expect(story.facts.first { $0.value == "Ohio" }?.coverage.allSatisfy { $0.status == .present } == true)
        #expect(!story.facts.contains { $0.kind == .number })
    }

    @Test func aDoubleSurnameAloneIsTheFullName() {
        let story = CoverageComparer().compare([
            MarkedArticle(id: "a", ["President Enrique Peña Nieto met Donald Trump in Mexico City."]).article,
            MarkedArticle(id: "b", ["Peña Nieto said the talks with Trump were frank, President Peña added."]).article,
        ])
        let people = story.facts.filter { $0.kind == .person }
        #expect(people.map(\.value).sorted() == ["Donald Trump", "Enrique Peña Nieto"])
        #expect(people.allSatisfy { $0.coverage.allSatisfy { $0.status == .present } })
        let printed = people.first { $0.value.hasSuffix("Nieto") }?.coverage(of: "b")?.mentions.map(\.text)
        #expect(printed == ["Peña Nieto", "Peña"])
    }

    @Test func anAcronymMeetsTheNameItsInitialsSpell() {
        let story = CoverageComparer().compare([
            MarkedArticle(id: "a", ["Speakers at the Conservative Political Action Conference cheered."]).article,
            MarkedArticle(id: "b", ["Speakers at CPAC cheered on Friday."]).article,
        ])
        let conference = story.facts.first { $0.kind == .organization && $0.value.hasPrefix("Conservative") }
        #expect(conference?.coverage.allSatisfy { $0.status == .present } == true)
    }
}

/// Digits next to scripts written without spaces once trapped the number finder (the tokens of
/// such scripts overlap, so the gap between two of them was a reversed range).
@Suite struct FactScriptTests {
    @Test func aDigitBeforeJapaneseDoesNotTrap() {
        let story = CoverageComparer().compare([
            MarkedArticle(id: "ja", ["男性は3人です。東京で2024年5月3日に会見した。"]).article,
            MarkedArticle(id: "en", ["Three men spoke in Tokyo on Friday."]).article,
        ])
        #expect(story.sources.count == 2)
    }

    /// Generated text mixing Latin words, digits, Chinese, Japanese, Thai and punctuation, run
    /// through the whole comparison (and so every fact finder): it must never trap.
    @Test(arguments: 0..<40) func mixedScriptsWithDigitsNeverTrap(seed: Int) {
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let pieces = [
            "3", "19", "9/11", "2,000", "$5", "42%", "男性は", "人です", "東京", "二〇二四", "ราคา", "บาท", "五",
            "Sen.", "R-Texas", "(D-Nev.)", "Robert L.", "Chad", "Sept.", "11", "the", "of", "and", "people",
            "President", "Obama", "administration", "“", "”", ".", ",", "-", "/", " ", "  ", "\n", "年", "月",
            "日", "Ⅻ", "١٢", "٣", "𝟓", "e\u{301}", "🇺🇸",
        ]
        func text() -> String {
            var parts: [String] = []
            for _ in 0..<(5 + next(40)) {
                parts.append(pieces[next(pieces.count)])
                if next(3) == 0 { parts.append(" ") }
            }
            return parts.joined()
        }
        let story = CoverageComparer().compare([
            MarkedArticle(id: "a", [text(), text()]).article,
            MarkedArticle(id: "b", [text()]).article,
        ])
        #expect(story.sources.count == 2)
        for fact in story.facts {
            for entry in fact.coverage {
                for mention in entry.mentions { #expect(mention.start <= mention.end) }
            }
        }
    }
}
