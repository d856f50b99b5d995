import CopydeskDedup
import CopydeskSimilarity
import Foundation
import CopydeskTestSupport
import Testing

/// `text` as a poor scan reads it: every `every`th letter damaged in turn the ways OCR damages
/// newsprint (`m` read as `rn`, `e` as `c`, `l` as `1`, `o` as `0`, a letter doubled).
func badlyScanned(_ text: String, every: Int = 6) -> String {
    var out = ""
    var letters = 0
    for character in text {
        guard character.isLetter else {
            out.append(character)
            continue
        }
        letters += 1
        guard letters % every == 0 else {
            out.append(character)
            continue
        }
        switch character {
        case "m": out += "rn"
        case "e": out += "c"
        case "l": out += "1"
        case "o": out += "0"
        default: out += String(character) + String(character)
        }
    }
    return out
}

@Suite("OCR folding")
struct OCRFoldingTests {
    @Test func confusedLettersFoldAlike() {
        #expect(OCRFolding.fold("rnodern") == OCRFolding.fold("modern"))
        #expect(OCRFolding.fold("modem") == OCRFolding.fold("modern"))
        #expect(OCRFolding.fold("wcre") == OCRFolding.fold("were"))
        #expect(OCRFolding.fold("counci1") == OCRFolding.fold("council"))
        #expect(OCRFolding.fold("0n") == OCRFolding.fold("on"))
        #expect(OCRFolding.fold("ciosed") == OCRFolding.fold("closed"))
        #expect(OCRFolding.fold("harbourr") == OCRFolding.fold("harbour"))
    }

    @Test func numbersAndOtherScriptsAreLeftAlone() {
        #expect(OCRFolding.fold("1462") == "1462")
        #expect(OCRFolding.fold("1462") != OCRFolding.fold("1463"))
        #expect(OCRFolding.fold("café") == "café")
        #expect(OCRFolding.fold("москва") == "москва")
        #expect(OCRFolding.fold("") == "")
    }

    @Test func differentWordsStayDifferent() {
        #expect(OCRFolding.fold("bridge") != OCRFolding.fold("budget"))
        #expect(OCRFolding.fold("strike") != OCRFolding.fold("stroke"))
    }

    @Test func shinglesOfAScanMatchTheTypesetText() {
        var plain = Shingler(kind: .words(2))
        var folding = plain
        folding.foldsOCRConfusions = true
        let text = "The council closed the modern harbour on Monday after the flood."
        let scan = badlyScanned(text, every: 4)
        #expect(scan != text)
        let typeset = Set(folding.hashes(text))
        let read = Set(folding.hashes(scan))
        let plainShared = Set(plain.hashes(text)).intersection(plain.hashes(scan)).count
        #expect(typeset.intersection(read).count > plainShared)
        plain.foldsOCRConfusions = false
        #expect(plain.hashes(text) != folding.hashes(text))
    }
}

/// Reprints that went through several kinds of damage at once: cut to the first paragraphs, a
/// local paragraph inserted, and scanned badly.
@Suite("Damaged reprints")
struct DamagedReprintTests {
    private struct Archive {
        var lines: [String] = []
        var original: [String] = []
        var damaged: [String] = []

        init() {
            var stories = Stories(seed: 1515)
            let agency = stories.story(words: 600)
            let ownTelling = stories.story(words: 450)
            let local = stories.story(words: 60)
            // The first two fifths of the story, a local paragraph after the lead (a fifth of the
            // copy), and a poor scan.
            var cut = Array(agency.prefix(max(2, agency.count * 2 / 5)))
            cut.insert(contentsOf: local, at: 1)
            let damaged = cut.map { badlyScanned($0, every: 7) }
            original = agency
            self.damaged = damaged
            lines = [
                jsonLine(id: "efe-original", paragraphs: agency, outlet: "EFE", published: "2021-01-02"),
                jsonLine(id: "tribune-damaged", paragraphs: damaged, outlet: "The Tribune", published: "2021-01-03"),
                jsonLine(id: "chronicle-own", paragraphs: ownTelling, outlet: "The Chronicle", published: "2021-01-02"),
            ]
        }
    }

    private func run(_ lines: [String]) throws -> [String: (assignment: Assignment, representative: String?)] {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator().run([path])
        var byID: [String: (Assignment, String?)] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            guard let assignment = result.assignments[index] else { continue }
            byID[entry.id ?? ""] = (assignment, result.catalog.entries[assignment.representative].id)
        }
        return byID
    }

    @Test func aCutScannedReprintWithALocalParagraphJoinsItsOriginal() throws {
        let archive = Archive()
        // Folded, most of the damaged copy's shingles are the original's again.
        let fingerprinter = Fingerprinter(options: DedupOptions())
        let original = fingerprinter.fingerprint(archive.original.joined(separator: "\n\n")).shingles
        let damaged = fingerprinter.fingerprint(archive.damaged.joined(separator: "\n\n")).shingles
        let overlap = SetOverlap(damaged, original)
        #expect(overlap.aInB >= DedupOptions().containmentThreshold, "\(overlap)")
        var plain = DedupOptions()
        plain.foldsOCRConfusions = false
        let unfolded = Fingerprinter(options: plain)
        let before = SetOverlap(
            unfolded.fingerprint(archive.damaged.joined(separator: "\n\n")).shingles,
            unfolded.fingerprint(archive.original.joined(separator: "\n\n")).shingles)
        #expect(before.aInB < overlap.aInB, "\(before)")
        let byID = try run(archive.lines)
        let placedOriginal = try #require(byID["efe-original"])
        let placedDamaged = try #require(byID["tribune-damaged"])
        #expect(placedDamaged.assignment.cluster == placedOriginal.assignment.cluster)
        #expect(placedDamaged.representative == "efe-original")
        #expect(byID["chronicle-own"]?.assignment.cluster != placedOriginal.assignment.cluster)
    }
}

/// Which copy stands for a cluster when several were published the same day.
@Suite("The right original")
struct RightOriginalTests {
    @Test func theAgencyCopyIsTheOriginalOfItsDay() throws {
        var stories = Stories(seed: 77)
        let agency = stories.story(words: 450)
        var withLocal = agency
        withLocal.insert(contentsOf: stories.story(words: 90), at: 2)
        let cut = Array(agency.prefix(agency.count / 2))
        // The newspaper's copy is longer (its own paragraphs) and listed first: neither makes it
        // the original.
        let lines = [
            jsonLine(id: "gazette", paragraphs: withLocal, outlet: "The Evening Gazette", published: "2023-06-04"),
            jsonLine(id: "dpa", paragraphs: agency, outlet: "dpa", published: "2023-06-04"),
            jsonLine(id: "record", paragraphs: cut, outlet: "The Morning Record", published: "2023-06-04"),
        ]
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator().run([path])
        var byID: [String: Assignment] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            if let assignment = result.assignments[index] { byID[entry.id ?? ""] = assignment }
        }
        let original = try #require(byID["dpa"])
        #expect(original.relation == nil)
        #expect(result.catalog.entries[original.representative].id == "dpa")
        // Relations are the reprints' side: the gazette's copy contains the original, the
        // record's is contained in it.
        #expect(byID["gazette"]?.cluster == original.cluster)
        #expect(byID["gazette"]?.relation == .contains)
        #expect(byID["record"]?.relation == .contained)
    }

    @Test func anEarlierNewspaperCopyStillComesFirst() throws {
        var stories = Stories(seed: 78)
        let story = stories.story(words: 450)
        let lines = [
            jsonLine(id: "afp", paragraphs: story, outlet: "Agence France-Presse", published: "2023-06-05"),
            jsonLine(id: "post", paragraphs: story + ["(AFP)"], outlet: "The Post", published: "2023-06-04"),
        ]
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator().run([path])
        let first = try #require(result.assignments[0])
        #expect(result.catalog.entries[first.representative].id == "post")
        #expect(result.catalog.isAgencyCopy(0))
        #expect(!result.catalog.isAgencyCopy(1))
    }
}
