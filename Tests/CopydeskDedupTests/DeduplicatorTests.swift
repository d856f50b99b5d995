import CopydeskDedup
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import Foundation
import CopydeskTestSupport
import Testing

/// The archive the dedup tests run on: one agency story and its reprints, another outlet's
/// own telling of the same event, an unrelated story, a roundup that glues two stories together,
/// and lines that cannot be read.
private struct Archive {
    var lines: [String] = []
    let agency: [String]
    let other: [String]
    let unrelated: [String]

    init() {
        var stories = Stories(seed: 42)
        agency = stories.story()
        other = stories.story()
        unrelated = stories.story()
        let truncated = Array(agency.prefix(agency.count * 2 / 5))
        let extended = agency + stories.story(words: 120)
        var local = agency
        local.insert("In Riga, the city council said the local market would stay open on Sunday for residents.", at: 2)
        let dated = ["DHAKA, Sept 14 (AFP) - " + agency[0]] + agency.dropFirst() + ["(AFP)"]
        lines = [
            jsonLine(id: "afp-original", paragraphs: agency, outlet: "AFP", published: "2022-09-14"),
            jsonLine(
                id: "observer-truncated", paragraphs: truncated, outlet: "The Daily Observer", published: "2022-09-15"),
            jsonLine(id: "herald-extended", paragraphs: extended, outlet: "The Herald", published: "2022-09-15"),
            jsonLine(id: "gazette-local", paragraphs: local, outlet: "The Gazette", published: "2022-09-16"),
            "{\"id\": \"broken\", \"text\": ",
            jsonLine(id: "courier-dateline", paragraphs: dated, outlet: "The Courier", published: "2022-09-15"),
            jsonLine(
                id: "star-scanned", paragraphs: agency.map { scanned($0) }, outlet: "The Star", published: "2022-09-20"),
            jsonLine(
                id: "post-same", paragraphs: agency.map { $0.uppercased() }, outlet: "The Post", published: "2022-09-14"
            ),
            jsonLine(id: "other-unrelated", paragraphs: unrelated, outlet: "The Times", published: "2022-09-10"),
            // A weekly roundup that reprints both the agency story and the unrelated one in full.
            jsonLine(id: "roundup", paragraphs: agency + unrelated, outlet: "The Digest", published: "2022-09-21"),
            jsonLine(id: "own-telling", paragraphs: other, outlet: "The Chronicle", published: "2022-09-14"),
            "{\"id\": \"no-text\"}",
        ]
    }
}

@Suite("Dedup")
struct DeduplicatorTests {
    private func run(_ options: DedupOptions = DedupOptions()) throws -> (
        DedupResult, [String: Assignment], [String: String]
    ) {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Archive().lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator(options: options).run([path])
        var byID: [String: Assignment] = [:]
        var errors: [String: String] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            if let assignment = result.assignments[index] { byID[entry.id ?? ""] = assignment }
            if let error = entry.error { errors[entry.id ?? entry.source] = error }
        }
        return (result, byID, errors)
    }

    @Test func reprintsClusterAroundTheEarliestOriginal() throws {
        let (result, byID, _) = try run()
        let original = try #require(byID["afp-original"])
        #expect(original.relation == nil)
        let members = [
            "observer-truncated", "herald-extended", "gazette-local", "courier-dateline", "star-scanned", "post-same",
        ]
        for id in members {
            #expect(byID[id]?.cluster == original.cluster, "\(id) should be in the original's cluster")
        }
        #expect(byID["observer-truncated"]?.relation == .contained)
        #expect(byID["herald-extended"]?.relation == .contains)
        #expect(byID["post-same"]?.relation == .identical)
        #expect(byID["gazette-local"]?.relation == .nearDuplicate)
        // OCR folding reads the scan's `c` for `e` and `1` for `l` as the letters they stand for.
        #expect(byID["star-scanned"]?.relation == .identical)
        // Every member names the representative, and it is the AFP original (earliest, then longest).
        let representative = result.catalog.entries[original.representative]
        #expect(representative.id == "afp-original")
    }

    @Test func otherTellingsAndRoundupsDoNotJoin() throws {
        let (_, byID, _) = try run()
        let agency = try #require(byID["afp-original"]).cluster
        #expect(byID["own-telling"]?.cluster != agency)
        #expect(byID["other-unrelated"]?.cluster != agency)
        // The roundup holds both stories: it joins one cluster, and must not glue the two together.
        let roundup = try #require(byID["roundup"])
        #expect(roundup.relation == .contains)
        #expect(byID["other-unrelated"]?.cluster != agency)
        #expect(byID["other-unrelated"]?.relation == nil)
    }

    @Test func everyInputIsAccountedFor() throws {
        let (result, byID, errors) = try run()
        #expect(result.catalog.count == Archive().lines.count)
        #expect(byID.count + errors.count == Archive().lines.count)
        #expect(errors.keys.contains("no-text"))
        #expect(errors.values.contains { $0.contains("malformed JSON") })
    }

    @Test func thresholdsAreHonoured() throws {
        var strict = DedupOptions()
        strict.jaccardThreshold = 0.99
        strict.containmentThreshold = 0.99
        // Without OCR folding the scan differs from the original (with it, it reads the same).
        strict.foldsOCRConfusions = false
        let (_, byID, _) = try run(strict)
        #expect(byID["observer-truncated"]?.cluster == byID["afp-original"]?.cluster)
        #expect(byID["post-same"]?.cluster == byID["afp-original"]?.cluster)
        #expect(byID["star-scanned"]?.cluster != byID["afp-original"]?.cluster)
    }
}

@Suite("Dedup chaining")
struct ChainingTests {
    /// A roundup printed before either story it reprints is the earliest document of both
    /// stories: it may take one of them, never both.
    @Test func anEarlyRoundupDoesNotGlueTwoStories() throws {
        var stories = Stories(seed: 1234)
        let a = stories.story()
        let u = stories.story()
        let lines = [
            jsonLine(id: "roundup", paragraphs: u + a, published: "2022-09-01"),
            jsonLine(id: "u", paragraphs: u, published: "2022-09-10"),
            jsonLine(id: "u-copy", paragraphs: u + ["(Reuters)"], published: "2022-09-11"),
            jsonLine(id: "a", paragraphs: a, published: "2022-09-14"),
            jsonLine(id: "a-cut", paragraphs: Array(a.prefix(a.count / 2)), published: "2022-09-15"),
        ]
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", lines.joined(separator: "\n"))
        let result = try Deduplicator().run([path])
        var cluster: [String: Int] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            cluster[entry.id ?? ""] = result.assignments[index]?.cluster
        }
        #expect(cluster["u"] == cluster["u-copy"])
        #expect(cluster["a"] == cluster["a-cut"])
        #expect(cluster["a"] != cluster["u"])
    }
}
