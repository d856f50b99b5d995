import Foundation
import CopydeskTestSupport
import Testing

@Suite struct SimilarityCommandTests {
    /// Two files in a fresh folder: a wire story and a reprint that cuts its last paragraph.
    func fixtures() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-similarity-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let wire = """
            NUR-SULTAN, Sept 14 (AFP) - China's President Xi Jinping on Wednesday promised to back \
            Kazakhstan's independence and territorial integrity, on his first trip abroad since the pandemic.

            The visit comes as Russia's war in Ukraine rattles former Soviet republics in Central Asia.
            """
        let reprint = """
            China’s President Xi Jinping on Wednesday promised to back Kazakhstan’s independence and \
            territorial integrity, on his first trip abroad since the pandemic.
            """
        try wire.write(to: folder.appendingPathComponent("afp.txt"), atomically: true, encoding: .utf8)
        try reprint.write(to: folder.appendingPathComponent("observer.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func jsonReportsContainmentOfATruncatedReprint() throws {
        let folder = try fixtures()
        let result = try CLI.run(["similarity", "afp.txt", "observer.txt", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["a"] as? String == "afp")
        #expect(object?["b"] as? String == "observer")
        let containment = object?["containment"] as? [String: Double]
        #expect(containment?["b_in_a"] == 1)
        #expect((containment?["a_in_b"] ?? 1) < 1)
        let passages = object?["shared_passages"] as? [[String: Any]]
        #expect(passages?.count == 1)
        #expect((passages?.first?["text"] as? String)?.hasPrefix("China's President") == true)
        #expect(
            Set(object?.keys.map { $0 } ?? []) == ["a", "b", "jaccard", "estimate", "containment", "shared_passages"])
    }

    @Test func characterShinglesAndKAreAccepted() throws {
        let folder = try fixtures()
        let result = try CLI.run(["similarity", "afp.txt", "observer.txt", "--shingles", "chars:9", "--k", "64"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("character 9-grams"))
        #expect(result.stdout.contains("K = 64"))
        #expect(result.stderr.isEmpty)
    }

    @Test func theOldSpellingStillWorksAndSaysTheNewOne() throws {
        let folder = try fixtures()
        let result = try CLI.run(
            ["similarity", "afp.txt", "observer.txt", "--shingle", "characters", "--size", "9"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("character 9-grams"))
        #expect(result.stderr == "copydesk: --shingle and --size are now written --shingles chars:9 (as in dedup)\n")
        let both = try CLI.run(["similarity", "afp.txt", "observer.txt", "--shingles", "words:3", "--size", "4"], in: folder)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--shingles says it all"))
    }

    @Test func aMissingInputIsOneClearLine() throws {
        let folder = try fixtures()
        let result = try CLI.run(["similarity", "afp.txt", "missing.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "copydesk: missing.txt: no such file or directory\n")
    }
}
