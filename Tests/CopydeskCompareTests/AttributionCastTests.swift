import CopydeskCompare
import CopydeskText
import Testing

/// Who a source's own text makes the speaker when a body's name looks like a person's ("the Marsh
/// Administration", "the Rural Action Conference") or a capitalised word follows "said" after the
/// subject ("Marsh said Wensday …", a typo of a weekday). Stories written for the test.
@Suite struct AttributionCastTests {
    static func speaker(of prefix: String, in paragraphs: [String]) -> String? {
        AttributionPhraseTests.speaker(of: prefix, in: paragraphs)
    }

    @Test func aBodyNamedAfterAPersonIsNotThatPerson() {
        let story = [
            "Rules for lenders",
            "The Marsh Administration issued new rules for lenders on Friday.",
            "President Marsh said on Saturday that “too many families are being squeezed.”",
        ]
        #expect(Self.speaker(of: "too many families", in: story) == "Marsh")
    }

    @Test func aPronounDoesNotStandForABody() {
        let story = [
            "Ortiz at the conference",
            "Senator Dale Ortiz arrived late on Thursday.",
            "The Rural Action Conference cheered him anyway. “We cannot just be a little better than them,” he said.",
        ]
        #expect(Self.speaker(of: "We cannot just", in: story) == "Dale Ortiz")
    }

    @Test func aCapitalisedWordAfterSaidIsNoSpeakerWhenTheSubjectCameFirst() {
        let story = [
            "Marsh holds firm",
            "Governor Ellen Marsh said Wensday she would veto the bill because it “punishes the farmers who feed us.”",
            "Marsh said Thursdya she keeps her opposition to it -- the same position she has held since she “first ran for office.”",
        ]
        #expect(Self.speaker(of: "punishes the farmers", in: story) == "Ellen Marsh")
        #expect(Self.speaker(of: "first ran for office", in: story) == "Ellen Marsh")
    }

    @Test func aNameAfterSaidIsStillTheSpeakerAfterAQuotation() {
        let story = [
            "Marsh holds firm",
            "“We will not sign it,” said Okonkwo, the governor's chief of staff.",
        ]
        #expect(Self.speaker(of: "We will not sign", in: story) == "Okonkwo")
    }

    @Test func aPlaceInTheSpeakersOwnPhraseIsNotTheSpeaker() {
        let story = [
            "Summit in doubt",
            "“The summit must wait,” Senator Dana Pruitt of New Mexico, the party's leader, said, adding that the president should cancel the meeting “until the talks show real progress.”",
        ]
        #expect(Self.speaker(of: "The summit must wait", in: story) == "Dana Pruitt")
        #expect(Self.speaker(of: "until the talks", in: story) == "Dana Pruitt")
    }

    @Test func theSubjectBeforeSaidSpeaksForALaterQuotedPhrase() {
        let story = [
            "Marsh holds firm",
            "Following Governor Alan Reed's remarks in a radio interview backing the dam, his likely rival Ellen Marsh said Wednedsay she maintains her opposition to it -- the same position she has held since she “started running for office.”",
        ]
        #expect(Self.speaker(of: "started running", in: story) == "Ellen Marsh")
        let his = [
            "Marsh holds firm",
            "Following Governor Alan Reed's remarks in a radio interview backing the dam, his likely rival Tom Marsh said Wednedsay he maintains his opposition to it -- the same position he's had since he \"started running for office\"",
            "\"I have the same view on the dam that I had when I was mayor,\" he told reporters.",
        ]
        #expect(Self.speaker(of: "started running", in: his) == "Tom Marsh")
        #expect(Self.speaker(of: "I have the same view", in: his) == "Tom Marsh")
    }

    @Test func aDocumentThatContinuesSpeaksForWhoeverIssuedIt() {
        let story = [
            "Mayor on the flood",
            "\"The river crested overnight and the levees held,\" Mayor Ann Cole said in a statement released by her office.",
            "\"We will not be complacent. Crews will stay on the banks all week,\" the statement continued.",
        ]
        #expect(Self.speaker(of: "We will not be complacent", in: story) == "Ann Cole")
    }

    @Test func anExclamationBeforeTheAttributionOfAnInterruptedQuotationKeepsItsSpeaker() {
        let story = [
            "Ruiz and the valley",
            "Former governor Carlos Ruiz answered on Twitter.",
            "“Stop lying!” Mr. Ruiz wrote. “The valley is not yours to sell, show some respect.”",
        ]
        #expect(Self.speaker(of: "Stop lying", in: story) == "Carlos Ruiz")
    }

    @Test func aRelativeClausesVerbSpeaksForTheNameBeforeWho() {
        let story = [
            "Ortega and the senator",
            "Even before the senator landed in Lima on Monday, she found herself in a Twitter feud with former Peruvian President Luis Ortega – who went on a tear declaring the senator “not welcome” in the country.",
            "“Who pays for the bridge? Not the county,” said Ortega, who added that “the budget is a fantasy.”",
        ]
        #expect(Self.speaker(of: "not welcome", in: story) == "Luis Ortega")
        #expect(Self.speaker(of: "the budget is a fantasy", in: story) == "Luis Ortega")
    }

    @Test func aStateAndAPartyDescribeThePersonTheyStandFor() {
        let story = [
            "Lopez votes no",
            "Senator Maria Lopez voted against the bill on Tuesday after a long debate.",
            "\"It is a gift to the banks,\" the Nevada Democrat said.",
        ]
        #expect(Self.speaker(of: "It is a gift", in: story) == "Maria Lopez")
    }

    @Test func aStateInTheDescriptionPicksTheLawmakerFromThatState() {
        let story = [
            "Lopez keeps her post",
            "House Minority Leader Maria Lopez (D-Calif.) kept her post on Wednesday.",
            "“You can't blame her for the map,” Rep. Hank Dorsey (D-Ga.) told reporters.",
            "The California Democrat spoke briefly to reporters after the vote, saying she felt “exhilarated” at the result.",
        ]
        #expect(Self.speaker(of: "exhilarated", in: story) == "Maria Lopez")
    }

    @Test func aDescriptionBeforeTheNameInCommasIsThatPersonsRole() {
        let story = [
            "Aide resigns",
            "A young congressional aide resigned Monday after her post about the senator's sons spread online.",
            "On Friday, the aide, Clara Nyberg, 29, who has thousands of followers, wrote an open letter to Tom and Sam Whitfield on her page, saying they should “try showing a little respect” at public events.",
        ]
        #expect(Self.speaker(of: "try showing", in: story) == "Clara Nyberg")
    }
}
