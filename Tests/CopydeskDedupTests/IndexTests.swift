import CopydeskDedup
import Foundation
import CopydeskTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("copydesk index")
struct IndexTests {
    @Test func addQueryStatsAndReAdd() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 3)
        let a = stories.story()
        let b = stories.story()
        let fresh = stories.story()
        let archive = try scratch.write(
            "archive.jsonl",
            [
                jsonLine(id: "wire", paragraphs: a, outlet: "AFP", published: "2022-09-14"),
                jsonLine(id: "paper", paragraphs: a + ["(AFP)"], outlet: "The Herald", published: "2022-09-15"),
                jsonLine(id: "other", paragraphs: b, outlet: "Reuters", published: "2022-09-13"),
            ].joined(separator: "\n"))
        let questions = try scratch.write(
            "questions.jsonl",
            [
                jsonLine(id: "cut", paragraphs: Array(a.prefix(a.count / 2)), outlet: "The Star"),
                jsonLine(id: "new", paragraphs: fresh),
                "{broken",
            ].joined(separator: "\n"))
        let db = scratch.path("index.db")

        let added = try CLI.run(["index", "add", "--db", db, archive])
        #expect(added.status == 0)
        #expect(added.stderr.contains("3 added (1 reprints of indexed copy), 0 already indexed"))
        let again = try CLI.run(["index", "add", "--db", db, archive])
        #expect(again.stderr.contains("0 added (0 reprints of indexed copy), 3 already indexed"))

        let query = try CLI.run(["index", "query", "--db", db, "--format", "jsonl", questions])
        let rows = query.stdout.split(separator: "\n").compactMap(parseJSON)
        #expect(rows.count == 3)
        #expect(rows[0]["reprint"] as? Bool == true)
        let matches = rows[0]["matches"] as? [[String: Any]] ?? []
        #expect(Set(matches.compactMap { $0["id"] as? String }) == ["wire", "paper"])
        #expect(matches.first?["relation"] as? String == "contained")
        #expect((rows[0]["first_seen"] as? [String: Any])?["id"] as? String == "wire")
        #expect(rows[1]["reprint"] as? Bool == false)
        #expect(rows[2]["error"] != nil)
        #expect(query.status == 1)

        let stats = try ArchiveIndex(path: db).statistics()
        #expect(stats.documents == 3)
        #expect(stats.clusters == 2)
        #expect(stats.reprints == 1)
        #expect(stats.largest.first?.representative == "wire")
    }

    @Test func anEarlierCopyBecomesTheRepresentative() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 5)
        let a = stories.story()
        let db = scratch.path("index.db")
        let index = try ArchiveIndex(path: db)
        let late = try scratch.write("late.jsonl", jsonLine(id: "late", paragraphs: a, published: "2022-09-20"))
        let early = try scratch.write(
            "early.jsonl", jsonLine(id: "early", paragraphs: Array(a.prefix(a.count - 1)), published: "2022-09-01"))
        _ = try index.add([late])
        let report = try index.add([early])
        #expect(report.reprints == 1)
        #expect(try index.statistics().largest.first?.representative == "early")
    }

    /// SIGKILL in the middle of `add` leaves an index that opens, answers queries, and completes
    /// when `add` runs again.
    @Test func surviveSIGKILLInTheMiddleOfAdd() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 11)
        var lines: [String] = []
        for index in 0..<1500 { lines.append(jsonLine(id: "doc-\(index)", paragraphs: stories.story(words: 150))) }
        let archive = try scratch.write("archive.jsonl", lines.joined(separator: "\n"))
        let db = scratch.path("index.db")

        let log = scratch.directory.appendingPathComponent("add.log")
        let process = try CLI.start(
            ["index", "add", "--db", db, "--batch-size", "50", "--quiet", archive], stderr: log)
        // Kill as soon as some batches are committed, well before the end.
        var committed = 0
        let deadline = Date().addingTimeInterval(60)
        while committed < 100, process.isRunning, Date() < deadline {
            usleep(20_000)
            if FileManager.default.fileExists(atPath: db + "-wal") {
                committed = (try? ArchiveIndex(path: db).statistics().documents) ?? 0
            }
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(killedMidway, "add ended before it could be killed: \(said)")

        let partial = try ArchiveIndex(path: db).statistics().documents
        #expect(partial > 0)
        #expect(partial < 1500)
        #expect(partial % 50 == 0, "only whole batches are committed")
        let query = try CLI.run(["index", "query", "--db", db, "--format", "jsonl", "-"], stdin: lines[0])
        #expect(query.status == 0)
        #expect(query.stdout.contains("\"reprint\":true"))

        let rerun = try CLI.run(["index", "add", "--db", db, archive])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("\(1500 - partial) added"))
        #expect(rerun.stderr.contains("\(partial) already indexed"))
        #expect(try ArchiveIndex(path: db).statistics().documents == 1500)

        // The interrupted and completed index clusters as one built in a single run does.
        let whole = scratch.path("whole.db")
        #expect(try CLI.run(["index", "add", "--db", whole, "--quiet", archive]).status == 0)
        let recovered = try ArchiveIndex(path: db).statistics()
        let reference = try ArchiveIndex(path: whole).statistics()
        #expect(recovered.clusters == reference.clusters)
        #expect(recovered.reprints == reference.reprints)
        #expect(recovered.largest.map(\.size) == reference.largest.map(\.size))
    }
}
