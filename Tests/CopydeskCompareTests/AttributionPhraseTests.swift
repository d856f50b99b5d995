import CopydeskCompare
import CopydeskText
import Testing

/// Speakers that are no one (a document described by a nationality, a term in capitals in
/// quotation marks) and speakers named in an appositive after a role. Stories written for the test.
@Suite struct AttributionPhraseTests {
    static func speaker(of prefix: String, in paragraphs: [String]) -> String? {
        let report = CoverageComparer().compare([Article(source: "story.txt", id: "story", paragraphs: paragraphs)])
        return report.quotes.first { $0.text.hasPrefix(prefix) }?.speaker
    }

    static let talks = [
        "Trade talks stall",
        "The talks broke down on Friday after Commerce Secretary Jane Holloway left the capital early.",
        "“The other side must bear full responsibility for what follows,” a Chinese statement said.",
        "The Russian statement said the proposal was “a waste of everyone's time and money.”",
        "The Pentagon statement said that “no troops will move this year.”",
        "“We will not bend,” a WHO statement said.",
    ]

    @Test func aNationalityAndADocumentAreNoSpeaker() {
        #expect(Self.speaker(of: "The other side", in: Self.talks) == nil)
        #expect(Self.speaker(of: "a waste", in: Self.talks) == nil)
    }

    @Test func aNamedBodysDocumentStillNamesTheBody() {
        #expect(Self.speaker(of: "no troops", in: Self.talks)?.contains("Pentagon") == true)
        #expect(Self.speaker(of: "We will not bend", in: Self.talks) == "WHO statement")
    }

    static let harbor = [
        "Harbor bill passes",
        "Senator Ralph Dunmore said the bill would “protect the fishing towns.”",
        "The measure, dubbed the “Clean Harbors Act” by its sponsors, passed on Tuesday.",
        "Critics called it a “Trojan Horse” for developers.",
        "The firm’s lawyer, Jane Okafor, argued that “the contract was never valid.”",
        "Okafor’s partner, Tom Reyes, insisted that “nothing improper happened.”",
        "The county’s chief engineer, Dale Whitcomb, contended that “the pier can hold the weight.”",
    ]

    @Test func aTermInCapitalsInQuotationMarksHasNoSpeaker() {
        #expect(Self.speaker(of: "Clean Harbors Act", in: Self.harbor) == nil)
        #expect(Self.speaker(of: "Trojan Horse", in: Self.harbor) == nil)
        // Speech still has its speaker.
        #expect(Self.speaker(of: "protect the fishing", in: Self.harbor) == "Ralph Dunmore")
    }

    @Test func aNameInTheAppositiveAfterARoleIsTheSpeaker() {
        #expect(Self.speaker(of: "the contract", in: Self.harbor) == "Jane Okafor")
        #expect(Self.speaker(of: "nothing improper", in: Self.harbor) == "Tom Reyes")
        #expect(Self.speaker(of: "the pier", in: Self.harbor) == "Dale Whitcomb")
    }
}
