import CopydeskCompare
import CopydeskText
import Testing

@Suite struct QuoteTests {
    /// An interrupted quotation in one source is one statement with the pieces other sources
    /// carried alone, whichever order the pieces come in.
    @Test(arguments: [["wire", "reprint", "radio"], ["radio", "reprint", "wire"], ["reprint", "radio", "wire"]])
    func piecesOfAnInterruptedQuotationJoinItsStatement(order: [String]) throws {
        let texts = [
            "wire": "“We never asked for this fight, but the board left us nowhere to go,” said Ines Kobler, head of the nurses’ union. “Our members will not work double shifts without a contract.”",
            "reprint": "“We never asked for this fight, but the board left us nowhere to go,” said Ines Kobler, who leads the union.",
            "radio": "Kobler said on Tuesday: “Our members will not work double shifts without a contract.”",
        ]
        let articles = order.map { id in Article(source: "\(id).txt", id: id, paragraphs: [texts[id] ?? ""]) }
        let report = CoverageComparer().compare(articles)
        let statement = try #require(report.quotes.first { $0.coverage(of: "wire")?.span?.text.contains("double shifts") == true })
        // Each is carried, as part of the statement or the whole of it (statuses are against the
        // first printing in the order given), and no piece is left as a statement of its own.
        for id in order { #expect([.verbatim, .partial].contains(statement.coverage(of: id)?.status)) }
        #expect(report.quotes.count == 1)
    }

    static let measles = CoverageComparer().compare([Stories.measles.article, Stories.measlesBrief.article])

    func quote(at offset: Int) -> CoverageReport.Quote? {
        Self.measles.quotes.first { $0.coverage(of: "measles")?.span?.start == offset }
    }

    @Test func findsEveryMarkedQuotationAndNothingElse() {
        let found = Self.measles.quotes.compactMap { $0.coverage(of: "measles")?.span }.map { $0.start..<$0.end }
        // Marks 0 and 1 are one quotation interrupted by its attribution ("“…,” said Dr Tedros
        // …. “…”"): one quote from the start of the first to the end of the second.
        let spans = Stories.measles.spans
        #expect(found == [spans[0].lowerBound..<spans[1].upperBound] + spans[2...])
        // The multi-paragraph quotation is one quote whose text joins both paragraphs.
        let long = quote(at: Stories.measles.spans[4].lowerBound)
        #expect(
            long?.text
                == "This is not a problem of science. It is a problem of will. Every country has the tools it needs, and every child deserves them."
        )
        // A nested quotation stays inside its quote; a title in single quotes is none.
        #expect(quote(at: Stories.measles.spans[5].lowerBound)?.text.contains("‘Is it safe?’") == true)
        #expect(!Self.measles.quotes.contains { $0.text.contains("Shot of Hope") })
    }

    @Test(arguments: [
        (0, "Tedros Adhanom Ghebreyesus"),  // "…," said Dr Tedros Adhanom Ghebreyesus, the WHO chief.
        (2, "Tedros Adhanom Ghebreyesus"),  // He called the figures … "collective failure"
        (3, "WHO statement"),  // a WHO statement said
        (4, "Tedros Adhanom Ghebreyesus"),  // Tedros added: "…
        (5, "Anna Kowalska"),  // Health Minister Anna Kowalska told reporters in Warsaw: "…"
        (6, "Anna Kowalska"),  // The minister said earlier that …
        (7, "Anna Kowalska"),  // According to Kowalska, "…"
    ])
    func speakers(mark: Int, speaker: String) {
        #expect(quote(at: Stories.measles.spans[mark].lowerBound)?.speaker == speaker)
    }

    static let budget = CoverageComparer().compare([
        Stories.budgetWire.article, Stories.budgetDaily.article, Stories.budgetWeekly.article,
        Stories.budgetBlog.article,
    ])

    @Test func eachOutletCarriesThePledgeItsOwnWay() throws {
        let pledge = try #require(Self.budget.quotes.first { $0.text.hasPrefix("We will not raise taxes") })
        #expect(pledge.speaker == "Maria Lopez")
        #expect(pledge.coverage.map(\.source) == ["wire", "daily", "weekly", "blog"])
        let wire = try #require(pledge.coverage(of: "wire")?.span)
        #expect(wire.start..<wire.end == Stories.budgetWire.spans[0])
        #expect(pledge.coverage(of: "daily")?.status == .partial)
        let daily = try #require(pledge.coverage(of: "daily")?.span)
        #expect(daily.start..<daily.end == Stories.budgetDaily.spans[0])
        #expect(pledge.coverage(of: "weekly")?.status == .paraphrase)
        let weekly = try #require(pledge.coverage(of: "weekly")?.span)
        #expect(weekly.start..<weekly.end == Stories.budgetWeekly.spans[0])
        #expect(pledge.coverage(of: "blog")?.status == .absent)
        #expect(pledge.coverage(of: "blog")?.span == nil)
        #expect(Self.budget.quotes.count == 1)
    }

    @Test func indirectSpeechAndBritishQuotesInTheFloodRewrite() throws {
        let report = AlignmentTests.report
        let quote = try #require(report.quotes.first { $0.text == "The water came at night and we lost everything" })
        #expect(quote.speaker == "Rahima Begum")
        #expect(quote.coverage(of: "reprint")?.status == .verbatim)
        #expect(quote.coverage(of: "rewrite")?.status == .paraphrase)
        let indirect = try #require(quote.coverage(of: "rewrite")?.span)
        #expect(indirect.start..<indirect.end == Stories.floodRewrite.spans[0])
        let british = try #require(report.quotes.first { $0.text == "never seen anything like it" })
        #expect(british.speaker == "Rahima Begum")
        #expect(british.coverage(of: "wire")?.status == .absent)
    }
}
