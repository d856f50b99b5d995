import CopydeskSimilarity
import CopydeskTestSupport
import CopydeskText
import Foundation
import Testing

@testable import CopydeskDedup

/// What `index add` keeps in memory to write faster (recent sets, overlaps and members, the
/// content filter, rows known before they are written) must never change what it writes.
@Suite("copydesk index: the writer's memory")
struct IndexWriterMemoryTests {
    /// A newsroom archive in miniature: stories, each followed by reprints that cut, extend or
    /// garble it, and a second telling of some by another outlet.
    private static func archive(stories count: Int, seed: UInt64) -> [String] {
        var stories = Stories(seed: seed)
        var lines: [String] = []
        for number in 0..<count {
            let story = stories.story(words: 260)
            let local = stories.story(words: 50)
            let day = 1 + number % 27
            lines.append(
                jsonLine(
                    id: "wire-\(number)", paragraphs: story, outlet: number % 2 == 0 ? "AFP" : "Reuters",
                    published: "2023-05-\(day < 10 ? "0" : "")\(day)"))
            lines.append(
                jsonLine(
                    id: "paper-\(number)", paragraphs: story + ["(AFP)"], outlet: "The Herald",
                    published: "2023-05-\(day < 10 ? "0" : "")\(day)"))
            if number % 3 == 0 {
                let kept = Array(story.prefix(max(2, story.count / 2))) + local
                lines.append(jsonLine(id: "cut-\(number)", paragraphs: kept, outlet: "The Star"))
            }
            if number % 4 == 1 {
                // Added before the original's other copies are: it is re-placed when they come.
                lines.append(
                    jsonLine(
                        id: "scan-\(number)", paragraphs: story.map { badlyScanned($0, every: 9) },
                        outlet: "The Courier", published: "2023-04-30"))
            }
        }
        return lines
    }

    /// Every row as the index holds it: id → (members of its cluster, relation, similarity).
    private func rows(_ path: String) throws -> [String: (cluster: Set<String>, relation: String?, similarity: Double)]
    {
        let database = try SQLiteDatabase(path: path)
        var clusterOf: [String: Int64] = [:]
        var details: [String: (String?, Double)] = [:]
        var members: [Int64: Set<String>] = [:]
        try database.prepare("SELECT id, cluster, relation, similarity FROM documents").rows { row in
            let id = row.text(0) ?? ""
            clusterOf[id] = row.int(1)
            details[id] = (row.text(2), row.double(3))
            members[row.int(1), default: []].insert(id)
        }
        var result: [String: (cluster: Set<String>, relation: String?, similarity: Double)] = [:]
        for (id, cluster) in clusterOf {
            result[id] = (members[cluster] ?? [], details[id]?.0, details[id]?.1 ?? -1)
        }
        return result
    }

    /// One `add` of the whole archive (the writer's memory warm from the first story to the
    /// last) writes what adds of its thirds write, each starting with nothing in memory but
    /// what it reads from the file.
    @Test func oneAddWritesWhatSeveralAddsWrite() throws {
        let scratch = try Scratch()
        let lines = Self.archive(stories: 30, seed: 77)
        let whole = try scratch.write("whole.jsonl", lines.joined(separator: "\n") + "\n")
        let once = scratch.path("once.db")
        let first = try ArchiveIndex(path: once).add([whole])
        #expect(first.added == lines.count)
        #expect(first.reprints > 30)

        let pieces = scratch.path("pieces.db")
        let third = lines.count / 3
        for (number, part) in [lines[..<third], lines[third..<2 * third], lines[(2 * third)...]].enumerated() {
            let path = try scratch.write("part\(number).jsonl", part.joined(separator: "\n") + "\n")
            _ = try ArchiveIndex(path: pieces).add([path])
        }
        let expected = try rows(once)
        let found = try rows(pieces)
        #expect(found.count == expected.count)
        for (id, row) in expected {
            let other = found[id]
            #expect(other?.cluster == row.cluster, "\(id)")
            #expect(other?.relation == row.relation, "\(id)")
            #expect(other?.similarity == row.similarity, "\(id)")
        }
        // Each cluster row names its size and a representative inside it.
        let database = try SQLiteDatabase(path: once)
        var checked = 0
        try database.prepare(
            "SELECT c.size, (SELECT count(*) FROM documents d WHERE d.cluster = c.id), r.cluster = c.id "
                + "FROM clusters c JOIN documents r ON r.rowid = c.representative"
        ).rows { row in
            #expect(row.int(0) == row.int(1))
            #expect(row.int(2) == 1)
            checked += 1
        }
        #expect(checked == Set(expected.values.map(\.cluster)).count)
    }

    /// The same article twice in one input: the second is already indexed, although the first
    /// is not yet committed (the content filter knows it from memory).
    @Test func aRepeatInTheSameAddIsAlreadyIndexed() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 5)
        let story = stories.story(words: 200)
        let line = jsonLine(id: "wire", paragraphs: story, outlet: "AFP", published: "2023-01-02")
        let other = jsonLine(id: "other", paragraphs: stories.story(words: 200), outlet: "dpa")
        let path = try scratch.write("twice.jsonl", [line, other, line].joined(separator: "\n") + "\n")
        let report = try ArchiveIndex(path: scratch.path("index.db")).add([path])
        #expect(report.added == 2)
        #expect(report.alreadyIndexed == 1)
    }

    @Test func theContentFilterHasNoFalseNegatives() {
        var filter = ContentFilter()
        var generator = SplitMix64(seed: 9)
        var inserted: [Int64] = []
        for _ in 0..<50_000 {
            let hash = Int64(bitPattern: generator.next())
            filter.insert(hash)
            inserted.append(hash)
        }
        #expect(inserted.allSatisfy { filter.mayContain($0) })
        // And it rules most others out: 50,000 of 2²⁵ bits set.
        var passed = 0
        for _ in 0..<10_000 where filter.mayContain(Int64(bitPattern: generator.next())) { passed += 1 }
        #expect(passed < 100)
    }

    @Test func recentSetsForgetTheOldestFirst() {
        var recent = RecentSets(capacity: 3)
        for row in Int64(1)...3 { recent.remember(row, set: [UInt32(row)], signature: nil) }
        recent.remember(2, set: [99], signature: [7])
        // A row held keeps its set (it never changes) and gains the signature.
        #expect(recent[2]?.set == [2])
        #expect(recent[2]?.signature == [7])
        recent.remember(4, set: [4], signature: nil)
        #expect(recent[1] == nil)
        #expect(recent[2]?.set == [2])
        #expect(recent[4]?.set == [4])
        #expect(recent.count == 3)
        recent.remember(5, set: [5], signature: nil)
        #expect(recent[2] == nil)
        #expect(recent[3]?.set == [3])
    }

    @Test func recentOverlapsAreTheOverlapsInEitherOrder() {
        var overlaps = RecentOverlaps(capacity: 2)
        let a: [UInt32] = [1, 2, 3, 4, 5, 6]
        let b: [UInt32] = [2, 4, 6, 8]
        let c: [UInt32] = [1, 8, 9]
        #expect(overlaps.overlap(10, 20, a, b) == SetOverlap(a, b))
        // Counted once: the other order takes the shared count and swaps the sizes.
        #expect(overlaps.overlap(20, 10, b, a) == SetOverlap(b, a))
        overlaps.remember(10, 30, SetOverlap(a, c))
        #expect(overlaps.overlap(30, 10, c, a) == SetOverlap(c, a))
        // A third pair pushes the first out; it is counted again, the same.
        #expect(overlaps.overlap(20, 30, b, c) == SetOverlap(b, c))
        #expect(overlaps.overlap(10, 20, a, b) == SetOverlap(a, b))
        // The same row twice, or a row outside 32 bits, is counted, never cached.
        #expect(overlaps.overlap(10, 10, a, b) == SetOverlap(a, b))
        #expect(overlaps.overlap(-1, 1 << 40, a, c) == SetOverlap(a, c))
    }
}

@Suite("copydesk index: merging band runs")
struct BandRunMergeTests {
    /// The merge as it was first written: at each key, every run's cells of it, oldest run
    /// first, at most `limit` in all.
    private func reference(_ runs: [[(key: UInt32, document: UInt32)]], limit: Int) -> [(UInt32, UInt32)] {
        var byKey: [UInt32: [UInt32]] = [:]
        for run in runs {
            for (key, document) in run where (byKey[key]?.count ?? 0) < limit {
                byKey[key, default: []].append(document)
            }
        }
        return byKey.keys.sorted().flatMap { key in (byKey[key] ?? []).map { (key, $0) } }
    }

    @Test func mergingKeepsEachBucketsFirstDocumentsInRunOrder() {
        var generator = SplitMix64(seed: 31)
        for runCount in 1...5 {
            var runs: [[(key: UInt32, document: UInt32)]] = []
            var document: UInt32 = 1
            for _ in 0..<runCount {
                var cells: [(key: UInt32, document: UInt32)] = []
                // Few keys, so buckets fill past the limit across runs; some keys in one run only.
                for _ in 0..<Int(generator.next() % 400) {
                    cells.append((UInt32(generator.next() % 60), document))
                    document += 1
                }
                cells.sort { ($0.key, $0.document) < ($1.key, $1.document) }
                runs.append(cells)
            }
            let limit = 1 + Int(generator.next() % 9)
            let merged = BandRun.merged(
                runs.map { BandRun(keys: $0.map(\.key), documents: $0.map(\.document)) }, limit: limit)
            var found: [(UInt32, UInt32)] = []
            for key in UInt32(0)..<60 {
                merged.forEach(key) { document in
                    found.append((key, document))
                    return true
                }
            }
            let expected = reference(runs, limit: limit)
            #expect(found.count == expected.count, "\(runCount) runs, limit \(limit)")
            #expect(zip(found, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }, "\(runCount) runs")
            #expect(merged.count == expected.count)
        }
    }
}
