import CopydeskExtract
import Testing

@Suite struct MetadataWireCreditTests {
    @Test(arguments: [
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Associated Press", "AP"),
        ("The Associated Press", "AP"), ("reuters", "Reuters"), ("Reuters staff", "Reuters"), ("dpa", "dpa"),
    ])
    func namesAgencies(mention: String, expected: String) {
        #expect(WireCredit.agency(named: mention) == expected)
    }

    @Test(arguments: ["ap", "Pa", "Apple", "Getty Images", "Staff Correspondent", ""])
    func ordinaryWordsAreNoAgency(mention: String) {
        #expect(WireCredit.agency(named: mention) == nil)
    }

    /// (last paragraph as printed, credit, last paragraph as kept)
    @Test(arguments: [
        (
            "proved itself an important and constructive force\".\u{00A0} \u{00A0}\u{00A0} -AFP", "AFP",
            "proved itself an important and constructive force\"."
        ),
        ("The talks resume on Friday. - AFP", "AFP", "The talks resume on Friday."),
        ("The talks resume on Friday. — AFP", "AFP", "The talks resume on Friday."),
        ("The talks resume on Friday.-Reuters/AFP", "Reuters, AFP", "The talks resume on Friday."),
        ("The talks resume on Friday. (With inputs from agencies)", "agencies", "The talks resume on Friday."),
        ("The talks resume on Friday. — with AFP", "AFP", "The talks resume on Friday."),
        ("The talks resume on Friday. (AFP, Reuters)", "AFP, Reuters", "The talks resume on Friday."),
    ])
    func readsSignOffs(last: String, credit: String, kept: String) {
        let result = WireCredit.detect(in: ["First paragraph.", last], byline: nil)
        #expect(result.credit == credit)
        #expect(result.paragraphs == ["First paragraph.", kept])
    }

    @Test func aSignOffOnItsOwnLineIsRemoved() {
        let result = WireCredit.detect(in: ["First paragraph.", "Last paragraph.", "-AFP"], byline: nil)
        #expect(result.credit == "AFP")
        #expect(result.paragraphs == ["First paragraph.", "Last paragraph."])
    }

    @Test(arguments: [
        ("WASHINGTON (AP) — President Joe Biden said on Thursday…", "AP"),
        ("LONDON, Sept 15 (Reuters) - British inflation eased…", "Reuters"),
        ("BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping…", "Xinhua"),
        ("Dhaka, Sept 14 (UNB) - The government on Wednesday…", "UNB"),
    ])
    func readsOpeningCredits(first: String, credit: String) {
        let result = WireCredit.detect(in: [first, "More text."], byline: nil)
        #expect(result.credit == credit)
        #expect(result.paragraphs == [first, "More text."])
    }

    @Test(arguments: [
        ("By Jane Doe, Reuters", "Reuters"), ("Associated Press", "AP"), ("By Jane Doe | AP", "AP"),
        ("By Jane Doe and John Roe, Agence France-Presse", "AFP"), ("AFP", "AFP"), ("By Reuters Staff", "Reuters"),
    ])
    func readsBylines(byline: String, credit: String) {
        #expect(WireCredit.detect(in: ["Text."], byline: byline).credit == credit)
    }

    @Test(arguments: [
        "Photo: AFP", "AFP/Getty", "AFP via Getty Images", "REUTERS/Carlos Barria", "(AP Photo/Evan Vucci)",
        "IMAGE SOURCE: CHINESE FOREIGN MINISTRY",
    ])
    func photoCreditsAreNotCopyCredits(credit: String) {
        #expect(WireCredit.isPhotoCredit(credit))
        #expect(WireCredit.detect(in: ["Text."], byline: credit).credit == nil)
        #expect(WireCredit.detect(in: ["The talks resume on Friday. \(credit)"], byline: nil).credit == nil)
    }

    @Test(arguments: [
        "Ties with AP-backed groups grew.",
        "NATO said it would respond.",
        "The minister said: \"We will sign.\"",
        "Relations with Kazakhstan-Russia grew.",
        "He spoke to AFP on Friday.",
    ])
    func ordinaryParagraphsCarryNoCredit(paragraph: String) {
        let result = WireCredit.detect(in: [paragraph], byline: "By Staff Correspondent")
        #expect(result.credit == nil)
        #expect(result.paragraphs == [paragraph])
    }
}
