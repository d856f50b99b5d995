import CopydeskSimilarity
import Testing

@Suite("How a shingle kind is written")
struct ShingleKindSpellingTests {
    @Test(arguments: [
        ("words:5", ShingleKind.words(5)), ("chars:7", .characters(7)), ("w:2", .words(2)),
        ("characters:12", .characters(12)), ("Words:32", .words(32)), ("c:1", .characters(1)),
    ])
    func readsWhatPeopleWrite(text: String, kind: ShingleKind) {
        #expect(ShingleKind(text) == kind)
    }

    @Test(arguments: ["words", "words:0", "words:33", "sentences:3", "words:5:1", ":5", "words:", "words:-1", ""])
    func refusesEverythingElse(text: String) {
        #expect(ShingleKind(text) == nil)
    }

    @Test func writesWhatItReads() {
        for kind in [ShingleKind.words(1), .words(5), .characters(7), .characters(32)] {
            #expect(ShingleKind(kind.description) == kind)
        }
        #expect(ShingleKind.characters(7).description == "chars:7")
    }
}
