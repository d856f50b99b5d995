import CopydeskExtract
import Testing

@Suite struct MetadataPublishedDateTests {
    @Test(arguments: [
        // What the seed pages print.
        ("Thursday, 15 September, 2022 at 12:00 AM", "2022-09-15"),
        ("Published : Thursday, 15 September, 2022 at 12:00 AM \u{00B7} Count : 195", "2022-09-15"),
        ("Thursday, 15 September, 2022, 12:05 PM", "2022-09-15"),
        ("September 15, 2022", "2022-09-15"),
        // Other ways of writing the same day.
        ("Sept. 15, 2022", "2022-09-15"),
        ("Sep 15 2022", "2022-09-15"),
        ("15th September 2022", "2022-09-15"),
        ("the 15th of September, 2022", "2022-09-15"),
        ("Thu 15-Sep-2022", "2022-09-15"),
        ("September 15th, 2022", "2022-09-15"),
        ("Updated: Sept. 15, 2022 - 10:12", "2022-09-15"),
        // ISO: the time stays when the zone is stated, goes when it is not.
        ("2022-09-15", "2022-09-15"),
        ("2022-09-15T08:00:00+06:00", "2022-09-15T08:00:00+06:00"),
        ("2022-09-15T02:00:00Z", "2022-09-15T02:00:00Z"),
        ("2022-09-15T02:00:00.000Z", "2022-09-15T02:00:00Z"),
        ("2022-09-15T08:00:00+0600", "2022-09-15T08:00:00+06:00"),
        ("2022-09-15T08:00:00", "2022-09-15"),
        ("2022/09/15", "2022-09-15"),
        // Clock times become date-times only with a zone.
        ("September 15, 2022 8:30 AM EDT", "2022-09-15T08:30:00-04:00"),
        ("15 Sep 2022, 10:15 p.m. GMT", "2022-09-15T22:15:00Z"),
        ("15 September 2022 12:00 AM (UTC+6)", "2022-09-15T00:00:00+06:00"),
        ("15 September 2022 09:30 GMT+05:30", "2022-09-15T09:30:00+05:30"),
        ("12:05 PM EDT, Thursday, September 15, 2022", "2022-09-15T12:05:00-04:00"),
        ("15 September 2022 12:00 BST", "2022-09-15"),
        // Numeric dates that prove their order.
        ("15/09/2022", "2022-09-15"),
        ("09/15/2022", "2022-09-15"),
        ("15.09.2022", "2022-09-15"),
        ("05.09.2022", "2022-09-05"),
        ("09/09/2022", "2022-09-09"),
        // Other languages' month names.
        ("Publié le 15 septembre 2022 à 08h30", "2022-09-15"),
        ("15 de septiembre de 2022", "2022-09-15"),
        ("15. September 2022", "2022-09-15"),
        ("15 settembre 2022", "2022-09-15"),
        ("15 de setembro de 2022", "2022-09-15"),
    ])
    func readsDates(text: String, expected: String) {
        #expect(PublishedDate.iso8601(from: text) == expected)
    }

    @Test(arguments: [
        "Updated: 3 hours ago",
        "Yesterday",
        "September 2022",
        "NUR-SULTAN, Sept 14",
        "Count : 195",
        "31 September 2022",
        "2022-02-29",
        "29 February 1899",
        "05/09/2022",
        "Season 2022-23",
        "",
    ])
    func refusesWhatIsNoDate(text: String) {
        #expect(PublishedDate.iso8601(from: text) == nil)
    }

    @Test func ambiguousNumericDatesFollowTheOrderHint() {
        #expect(PublishedDate.iso8601(from: "05/09/2022", order: .dayFirst) == "2022-09-05")
        #expect(PublishedDate.iso8601(from: "05/09/2022", order: .monthFirst) == "2022-05-09")
        // A number above 12 beats the hint.
        #expect(PublishedDate.iso8601(from: "25/09/2022", order: .monthFirst) == "2022-09-25")
    }

    @Test func pagesProveTheirNumericOrder() {
        #expect(PublishedDate.numericOrder(provenBy: "Posted 25/08/2022 · Updated 05/09/2022") == .dayFirst)
        #expect(PublishedDate.numericOrder(provenBy: "08/25/2022") == .monthFirst)
        #expect(PublishedDate.numericOrder(provenBy: "05/09/2022") == nil)
    }

    @Test func leapDaysAreRealDates() {
        #expect(PublishedDate.iso8601(from: "29 February 2024") == "2024-02-29")
        #expect(PublishedDate.iso8601(from: "29 February 2023") == nil)
    }
}
