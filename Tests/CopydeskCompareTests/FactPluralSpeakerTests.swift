import CopydeskCompare
import CopydeskText
import Testing

/// A plural noun for a kind of people opening a sentence before "said" ("Skippers said …") is
/// capitalised only because it starts the sentence: it names no one. A surname that looks like a
/// plural ("Sanders said …") is still the person the story named in full. Sentences written for the
/// test in the style of harbour and campaign copy.
@Suite struct FactPluralSpeakerTests {
    static let desk = CoverageComparer().compare([
        MarkedArticle(
            id: "coast", published: "2019-03-02",
            [
                "The cod quota for the bay was cut by a third on Friday.",
                "Skippers said the cut would tie up half the fleet by summer.",
                "Fishermen said prices at the Portland auction had already fallen.",
                "Economists warned that the harbour towns would lose jobs. Retirees said they would stay.",
                "Senator Bernie Sanders visited the docks, and Rep. Maxine Waters sent a letter.",
                "Sanders said the quota was set without the fleet. Waters said she would hold a hearing.",
            ]
        ).article,
        MarkedArticle(
            id: "herald", published: "2019-03-02",
            ["Sanders told skippers in Portland that the cut was unfair."]
        ).article,
    ])

    var people: [String] { Self.desk.facts.filter { $0.kind == .person }.map(\.value) }

    @Test func aSentenceOpeningPluralNounIsNoPerson() {
        for word in ["Skippers", "Fishermen", "Economists", "Retirees"] {
            #expect(!people.contains { $0.contains(word) }, "\(word) read as a person")
        }
    }

    @Test func aSurnameThatLooksPluralIsStillThePersonNamedInFull() {
        #expect(people.contains { $0.contains("Bernie Sanders") })
        #expect(people.contains { $0.contains("Maxine Waters") })
        #expect(!people.contains("Sanders"))
        #expect(!people.contains("Waters"))
        let sanders = Self.desk.facts.first { $0.kind == .person && $0.value.contains("Sanders") }
        #expect(sanders?.coverage(of: "herald")?.status == .present)
    }
}
