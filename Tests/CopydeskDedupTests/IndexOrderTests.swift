import Foundation
import CopydeskTestSupport
import Testing

@testable import CopydeskDedup

/// The index and `dedup` give the same clusters on the same documents, whatever order the
/// documents were added to the index in.
@Suite("copydesk index: one answer, batch or incremental")
struct IndexOrderTests {
    /// Two agency stories and their reprints, some of which match only through the original
    /// (two papers that cut the story and each inserted a paragraph of their own), another
    /// outlet's own telling, and an unrelated story.
    private static func archive() -> [String] {
        var stories = Stories(seed: 2024)
        let first = stories.story(words: 500)
        let second = stories.story(words: 450)
        let ownTelling = stories.story(words: 400)
        let unrelated = stories.story(words: 380)
        func cut(_ story: [String], keeping share: Int, inserting local: [String]) -> [String] {
            var kept = Array(story.prefix(max(2, story.count * share / 10)))
            kept.insert(contentsOf: local, at: 1)
            return kept
        }
        let localA = stories.story(words: 70)
        let localB = stories.story(words: 70)
        return [
            jsonLine(id: "afp", paragraphs: first, outlet: "AFP", published: "2022-03-01"),
            jsonLine(id: "star-cut", paragraphs: cut(first, keeping: 5, inserting: localA), outlet: "The Star",
                published: "2022-03-02"),
            jsonLine(id: "post-cut", paragraphs: cut(first, keeping: 6, inserting: localB), outlet: "The Post",
                published: "2022-03-02"),
            jsonLine(id: "herald-scan", paragraphs: first.map { badlyScanned($0, every: 8) }, outlet: "The Herald",
                published: "2022-03-03"),
            jsonLine(id: "courier-extended", paragraphs: first + localA, outlet: "The Courier", published: "2022-03-01"),
            jsonLine(id: "dpa", paragraphs: second, outlet: "dpa", published: "2022-03-05"),
            jsonLine(id: "times-reprint", paragraphs: second + ["(dpa)"], outlet: "The Times", published: "2022-03-05"),
            jsonLine(id: "mirror-cut", paragraphs: Array(second.prefix(second.count / 2)), outlet: "The Mirror",
                published: "2022-03-06"),
            jsonLine(id: "chronicle-own", paragraphs: ownTelling, outlet: "The Chronicle", published: "2022-03-01"),
            jsonLine(id: "gazette-unrelated", paragraphs: unrelated, outlet: "The Gazette", published: "2022-03-02"),
        ]
    }

    /// Document ids grouped by cluster, as a set of sets (cluster numbers differ between runs).
    private typealias Partition = Set<Set<String>>

    private func dedupPartition(_ lines: [String], scratch: Scratch) throws -> Partition {
        let path = try scratch.write("dedup.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator().run([path])
        var groups: [Int: Set<String>] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            guard let assignment = result.assignments[index] else { continue }
            groups[assignment.cluster, default: []].insert(entry.id ?? "")
        }
        return Set(groups.values)
    }

    private func indexPartition(_ lines: [String], scratch: Scratch, name: String) throws -> Partition {
        let path = try scratch.write("\(name).jsonl", lines.joined(separator: "\n") + "\n")
        let db = scratch.path("\(name).db")
        let index = try ArchiveIndex(path: db)
        _ = try index.add([path])
        let database = try SQLiteDatabase(path: db)
        var groups: [Int64: Set<String>] = [:]
        try database.prepare("SELECT id, cluster FROM documents").rows { row in
            groups[row.int(1), default: []].insert(row.text(0) ?? "")
        }
        // Every cluster row names a representative in it, with the cluster's size.
        var sizes: [Int64: Int] = [:]
        try database.prepare("SELECT id, size FROM clusters").rows { sizes[$0.int(0)] = Int($0.int(1)) }
        #expect(sizes.count == groups.count)
        for (cluster, members) in groups { #expect(sizes[cluster] == members.count) }
        return Set(groups.values)
    }

    @Test func theIndexClustersAsDedupDoesInAnyOrder() throws {
        let scratch = try Scratch()
        let lines = Self.archive()
        let expected = try dedupPartition(lines, scratch: scratch)
        // The story's five copies are one cluster, the other telling and the unrelated story alone.
        #expect(expected.contains(["afp", "star-cut", "post-cut", "herald-scan", "courier-extended"]))
        #expect(expected.contains(["dpa", "times-reprint", "mirror-cut"]))
        #expect(expected.contains(["chronicle-own"]))
        // Reprints first and the originals last; and an interleaving.
        let orders = [
            lines, Array(lines.reversed()),
            [7, 2, 9, 1, 5, 3, 0, 8, 4, 6].map { lines[$0] },
        ]
        for (number, order) in orders.enumerated() {
            let found = try indexPartition(order, scratch: scratch, name: "order\(number)")
            #expect(found == expected, "order \(number)")
        }
    }

    @Test func theOriginalAddedLastBecomesTheRepresentative() throws {
        let scratch = try Scratch()
        let lines = Array(Self.archive().reversed())
        let path = try scratch.write("late.jsonl", lines.joined(separator: "\n") + "\n")
        let db = scratch.path("late.db")
        _ = try ArchiveIndex(path: db).add([path])
        let database = try SQLiteDatabase(path: db)
        var representative: [String] = []
        try database.prepare(
            """
            SELECT d.id FROM clusters c JOIN documents d ON d.rowid = c.representative
            WHERE c.id = (SELECT cluster FROM documents WHERE id = 'star-cut')
            """
        ).rows { representative.append($0.text(0) ?? "") }
        #expect(representative == ["afp"])
        var relation: [String] = []
        try database.prepare("SELECT relation FROM documents WHERE id = 'courier-extended'").rows {
            relation.append($0.text(0) ?? "")
        }
        #expect(relation == ["contains"])
    }
}
