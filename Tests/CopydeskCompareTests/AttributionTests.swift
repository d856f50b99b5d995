import CopydeskCompare
import CopydeskText
import Testing

/// Speakers by the grammar of attribution, one kind of sentence per test. Every story here is
/// written for the test; marks (⟦ ⟧) sit on the quotation whose speaker is checked.
@Suite struct AttributionTests {
    static func article(_ id: String, _ paragraphs: [String]) -> Article {
        Article(source: "\(id).txt", id: id, paragraphs: paragraphs)
    }

    /// The quote of `report` whose text starts with `prefix`.
    static func quote(_ report: CoverageReport, _ prefix: String) -> CoverageReport.Quote? {
        report.quotes.first { $0.text.hasPrefix(prefix) }
    }

    static func speaker(of prefix: String, in paragraphs: [String]) -> String? {
        let report = CoverageComparer().compare([article("story", paragraphs)])
        return quote(report, prefix)?.speaker
    }

    // MARK: Crashes (issue 12: `Attribution.resolve`, lines 153 and 167)

    @Test(arguments: [
        "In March, Lopez claimed that she had “the full power to call a special session,” according to Reuters. She called it “the quick fix” while saying she would rather wait.",
        "The merger was \"finished\" according to company insiders.",
        "“Fine,” according to",
        "according to “",
        "He said, according to",
    ])
    func accordingToAfterAQuotationNeverTraps(text: String) {
        let report = CoverageComparer().compare([Self.article("a", [text]), Self.article("b", ["Nothing here."])])
        #expect(report.sources.count == 2)
    }

    @Test func theVerbBeforeOutranksAccordingToAfter() throws {
        let report = CoverageComparer().compare([
            Self.article(
                "a",
                [
                    "In March, Lopez claimed that she had “the full power to call a special session,” according to Reuters. She called it “the quick fix” while saying she would rather wait."
                ])
        ])
        #expect(Self.quote(report, "the full power")?.speaker == "Lopez")
        #expect(Self.quote(report, "the quick fix")?.speaker == "Lopez")
    }

    @Test func aSpeakerThatCannotBeResolvedIsNone() {
        let report = CoverageComparer().compare([
            Self.article("a", ["The merger was \"finished\" according to company insiders."])
        ])
        #expect(report.quotes.count == 1)
        #expect(report.quotes.first?.speaker == nil)
    }

    // MARK: Pronouns

    @Test func aPronounGoesToAPersonNotTheMuseumNamedLast() {
        let speaker = Self.speaker(
            of: "I was wrong",
            in: [
                "Helen Marsh, the curator who resigned on Monday, had defended the loan for weeks.",
                "Her statement was read aloud at the Riverside Maritime Museum on Tuesday.",
                "“I was wrong and I am sorry,” she said.",
            ])
        #expect(speaker == "Helen Marsh")
    }

    @Test func heGoesToTheMostRecentManNotTheWomanBetween() {
        let speaker = Self.speaker(
            of: "We will appeal",
            in: [
                "Attorney General Robert Vance filed the motion on Friday.",
                "Judge Karen Ortiz set a hearing for next month.",
                "“We will appeal every step of the way,” he said.",
            ])
        #expect(speaker == "Robert Vance")
    }

    @Test func aPronounPrefersTheSubjectToANameInsideTheSentence() {
        let speaker = Self.speaker(
            of: "Nobody will pay",
            in: [
                "Felix Moreno, who ran the port authority until 2019, has also rejected Dale Hunt's plan.",
                "“Nobody will pay for such a useless fence,” he said on Sunday.",
            ])
        #expect(speaker == "Felix Moreno")
    }

    // MARK: Names

    @Test func aBareSurnameIsTheSameSurnamePersonIntroducedMostRecently() {
        let paragraphs = [
            "Laura Whitfield, a city council member, announced her campaign in March.",
            "Her brother-in-law, former Rep. Mark Whitfield Jr., pleaded guilty on Thursday.",
            "“I let my family down,” Whitfield said outside the courthouse.",
        ]
        #expect(Self.speaker(of: "I let my family down", in: paragraphs) == "Mark Whitfield Jr")
    }

    @Test func aHeadlineEndingInAnInitialismGivesNoGarbledSpeaker() {
        let report = CoverageComparer().compare([
            Self.article(
                "story",
                [
                    "Voters should pick a “steady, sober leader,” former Mayor Anna Bell said on Wednesday.",
                    "Bell spoke for twenty minutes.",
                ])
        ])
        #expect(Self.quote(report, "steady")?.speaker == "Anna Bell")
        for quote in report.quotes {
            #expect(quote.speaker.map { !$0.contains("Tells") } ?? true)
        }
    }

    @Test(arguments: [
        ("“⟦We will not settle⟧,” said Tuesday in Ohio the company's lawyer.", nil as String?),
        ("“⟦We will not settle⟧,” Ohio said.", nil),
        ("“⟦We will not settle⟧,” said state Attorney General Nora Pike.", "Nora Pike"),
        ("“⟦We will not settle⟧,” Maine Gov. Paul Brandt said.", "Paul Brandt"),
        ("“⟦We will not settle⟧,” the White House said.", "White House"),
        ("“⟦We will not settle⟧,” Rep. Ana Ruiz (D-N.M.) said.", "Ana Ruiz"),
        ("“⟦We will not settle⟧,” said Donald J. Pratt.", "Donald J. Pratt"),
    ])
    func titlesPlacesAndDaysAreNoPartOfASpeakersName(marked: String, expected: String?) {
        let report = CoverageComparer().compare([MarkedArticle(id: "story", [marked]).article])
        #expect(report.quotes.first?.speaker == expected)
    }

    @Test func aNameUsedAsAModifierIsNotTheSpeaker() {
        let paragraphs = ["Governor Ellen Shaw unveiled the plan.", "A Shaw campaign aide said the plan was “fully paid for.”"]
        #expect(Self.speaker(of: "fully paid for", in: paragraphs) == nil)
    }

    @Test func theSubjectBeforeItsAppositivesSpeaks() {
        let paragraphs = [
            "Evan Marsh, the founder of Friends of Parks, a volunteer group, said the cuts were “a disgrace.”"
        ]
        #expect(Self.speaker(of: "a disgrace", in: paragraphs) == "Evan Marsh")
    }

    @Test func aShowsTitleAtASentencesEndTakesNoSpeakerFromTheNextSentence() {
        let paragraphs = ["Pat Lowry appeared on NBC's “Meet the Voters.” Gale Stone was on another network."]
        #expect(Self.speaker(of: "Meet the Voters", in: paragraphs) != "Gale Stone")
    }

    @Test func aLoneAdverbBeforeTheSubjectIsSkipped() {
        let paragraphs = [
            "Rep. Sam Ortega (R-Idaho) confronted the reporter, Dan Wolfe, on the steps.",
            "Then, the congressman, standing close to Mr. Wolfe, said he was a coward and added: “Never again.”",
        ]
        #expect(Self.speaker(of: "Never again", in: paragraphs) == "Sam Ortega")
    }

    // MARK: Descriptions

    @Test func aDescriptionResolvesToThePersonDescribedThatWay() {
        let paragraphs = [
            "Rep. Dale Hollis (R-Ohio) agreed to repay the settlement, his office said.",
            "Mayor Tina Coles had called on him to resign.",
            "“I did not know how to run an office,” the three-term congressman said in May.",
        ]
        #expect(Self.speaker(of: "I did not know", in: paragraphs) == "Dale Hollis")
    }

    @Test func theGovernorIsTheManTheTextCalledGovernor() {
        let paragraphs = [
            "Gov. Chris Danner met the union leaders in Trenton on Monday.",
            "Their spokeswoman, Maria Quint, said talks would continue.",
            "“Nobody is walking away from this table,” the governor replied.",
        ]
        #expect(Self.speaker(of: "Nobody is walking away", in: paragraphs) == "Chris Danner")
    }

    // MARK: Shapes of attribution

    @Test(arguments: [
        ("Senator Paul Greer told reporters: “⟦We have the votes⟧.”", "Paul Greer"),
        ("“⟦We have the votes⟧,” said Senator Paul Greer.", "Paul Greer"),
        ("“⟦We have the votes⟧,” Paul Greer, the majority whip, said.", "Paul Greer"),
        ("Paul Greer said that the caucus had “⟦the votes it needs⟧.”", "Paul Greer"),
        ("Paul Greer defended the bill, saying “⟦we have the votes⟧.”", "Paul Greer"),
        ("“⟦We have the votes⟧,” according to Paul Greer.", "Paul Greer"),
        ("“⟦We have the votes⟧.” — Paul Greer", "Paul Greer"),
        ("After Dana Roe spoke, Paul Greer shot back: “⟦We have the votes⟧.”", "Paul Greer"),
    ])
    func cueBeforeAfterColonDash(marked: String, expected: String) {
        let story = MarkedArticle(id: "story", [marked])
        let report = CoverageComparer().compare([story.article])
        #expect(report.quotes.count == 1)
        #expect(report.quotes.first?.speaker == expected)
    }

    @Test func anInterruptedQuotationIsOneQuotationWithOneSpeaker() throws {
        let report = CoverageComparer().compare([
            Self.article(
                "story",
                [
                    "Nora Kim won the seat by 400 votes.",
                    "“It was never about me,” she said in her statement. “It was about the valley.”",
                ])
        ])
        #expect(report.quotes.count == 1)
        let quote = try #require(report.quotes.first)
        #expect(quote.text == "It was never about me It was about the valley.")
        #expect(quote.speaker == "Nora Kim")
    }

    @Test func aQuotationOverSeveralParagraphsIsOneQuotation() throws {
        let report = CoverageComparer().compare([
            Self.article(
                "story",
                [
                    "Leo Brandt said the plant would close in June.",
                    "“We tried everything to keep it open.",
                    "“In the end the numbers did not add up,” he said.",
                ])
        ])
        #expect(report.quotes.count == 1)
        #expect(report.quotes.first?.speaker == "Leo Brandt")
    }

    @Test func aQuotationStandingAloneAfterALongOneContinuesItsSpeaker() {
        let paragraphs = [
            "Rosa Delgado posted twice on Sunday.",
            "“The council never asked us.",
            "Not once in three years,” Delgado wrote.",
            "“Shameful!”",
        ]
        #expect(Self.speaker(of: "Shameful", in: paragraphs) == "Rosa Delgado")
    }

    @Test func aParticipleTakesTheSubjectOfTheClauseItHangsFrom() {
        let paragraphs = [
            "Mayor Tom Reilly met Councilwoman Ada Price on Monday.",
            "It came after Reilly sharply criticized Price on Friday, accusing the council of having “wasted a month.”",
        ]
        #expect(Self.speaker(of: "wasted a month", in: paragraphs) == "Tom Reilly")
    }

    @Test func aQuotationAfterAParagraphEndingInAColonIsThatClausesSubject() {
        let paragraphs = [
            "Dana Roe answered the charges in a written statement on Friday:",
            "“I have never met the man and I have never taken a cent from him.”",
        ]
        #expect(Self.speaker(of: "I have never met", in: paragraphs) == "Dana Roe")
    }

    @Test func aListOfQuotedFragmentsIsOneQuotation() {
        let report = CoverageComparer().compare([
            Self.article("story", ["Ivy Stone wrote that the players should “grow up,” “show up” and “shut up.”"])
        ])
        #expect(report.quotes.count == 1)
        #expect(report.quotes.first?.speaker == "Ivy Stone")
    }

    // MARK: Several sources

    static let wire = article(
        "wire",
        [
            "Sen. Omar Reyes on Tuesday blocked the spending bill.",
            "“This bill spends money we do not have,” Reyes said.",
        ])
    static let paper = article(
        "paper",
        [
            "The bill stalled in the Senate after a single objection.",
            "“This bill spends money we do not have,” Mr. Reyes told reporters.",
        ])
    static let blog = article(
        "blog",
        [
            "Lena Brooks, who wrote the bill, was furious.",
            "“This bill spends money we do not have,” she said, mocking the senator's words.",
        ])

    @Test func eachSourceKeepsItsOwnSpeakerAndTheQuoteTakesTheVote() throws {
        let report = CoverageComparer().compare([Self.wire, Self.paper, Self.blog])
        let quote = try #require(Self.quote(report, "This bill spends"))
        #expect(quote.coverage(of: "wire")?.speaker == "Omar Reyes")
        #expect(quote.coverage(of: "paper")?.speaker == "Omar Reyes")
        #expect(quote.coverage(of: "blog")?.speaker == "Lena Brooks")
        #expect(quote.speaker == "Omar Reyes")
    }

    @Test func speakersDoNotDependOnTheOrderOfTheSources() {
        let orders = [[Self.wire, Self.paper, Self.blog], [Self.blog, Self.paper, Self.wire], [Self.paper, Self.blog, Self.wire]]
        let speakers = orders.map { articles in
            CoverageComparer().compare(articles).quotes.map { "\($0.text) | \($0.speaker ?? "-")" }.sorted()
        }
        #expect(speakers[0] == speakers[1])
        #expect(speakers[0] == speakers[2])
    }

    // MARK: Bodies and documents the text does not name

    @Test func anUnnamedBodyOrADocumentIsNoSpeaker() {
        let paragraphs = [
            "Harbor Foods opened its tenth store in Tacoma on Monday, run by chief executive Dana Ruiz.",
            "At the same time, the company claims its lower prices have saved shoppers “tens of millions of dollars” this year.",
            "As the report states: “The harbor trade matters more here than anywhere else on the coast.”",
            "The Justice Department said the inquiry was “closed for now.”",
        ]
        #expect(Self.speaker(of: "tens of millions", in: paragraphs) == nil)
        #expect(Self.speaker(of: "The harbor trade", in: paragraphs) == nil)
        #expect(Self.speaker(of: "closed for now", in: paragraphs) == "Justice Department")
    }

    @Test(arguments: [
        "During a meeting with Ruiz, Okafor said, “The port deal has moved faster than anyone expected” over the past year.",
        "On Monday, Okafor said, “The port deal has moved faster than anyone expected” over the past year.",
    ])
    func aNameAfterACommaIsNotJoinedToTheWordBefore(sentence: String) {
        let paragraphs = ["Port chief Dana Ruiz met trade minister Ngozi Okafor in Lagos.", sentence]
        #expect(Self.speaker(of: "The port deal", in: paragraphs) == "Ngozi Okafor")
    }

    @Test func aDescriptionThenANameBetweenCommasGivesTheName() {
        let paragraphs = [
            "Talks at the Keller Mills plant broke down on Friday.",
            "“The offer we made is fair,” the company’s chief executive, Lena Brandt, said in a statement.",
        ]
        #expect(Self.speaker(of: "The offer we made", in: paragraphs) == "Lena Brandt")
    }

    @Test func theListenerOfToldIsNotTheSpeakerOfTheNextPronoun() {
        let paragraphs = [
            "Union leader Marta Quist told River Radio that the workers had no alternative. “We will stay out as long as it takes,” she said."
        ]
        #expect(Self.speaker(of: "We will stay out", in: paragraphs) == "Marta Quist")
    }
}
