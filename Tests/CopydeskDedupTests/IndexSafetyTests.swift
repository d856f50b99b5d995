@testable import CopydeskDedup
import Foundation
import CopydeskTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The index read where it cannot be written, and written by one `add` at a time.
@Suite("copydesk index: read-only use and concurrent adds")
struct IndexSafetyTests {
    func archive(_ scratch: Scratch, _ name: String, seed: UInt64, stories count: Int) throws -> String {
        var stories = Stories(seed: seed)
        var lines: [String] = []
        for number in 0..<count {
            let story = stories.story(words: 160)
            lines.append(jsonLine(id: "\(name)-\(number)", paragraphs: story))
            // Every third story has a reprint a few lines on, so runs have clusters to build.
            if number % 3 == 0 { lines.append(jsonLine(id: "\(name)-\(number)r", paragraphs: story + ["(AFP)"])) }
        }
        return try scratch.write(name + ".jsonl", lines.joined(separator: "\n"))
    }

    @Test func readingNeverCreatesAnIndex() throws {
        let scratch = try Scratch()
        let path = scratch.path("missing.db")
        #expect(throws: DedupError.self) { try ArchiveIndex(path: path, mode: .reading) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func statsAndQueryWorkOnAnIndexInAReadOnlyFolder() throws {
        let scratch = try Scratch()
        let source = try archive(scratch, "wire", seed: 21, stories: 6)
        let folder = scratch.path("ro")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let db = folder + "/index.db"
        #expect(try CLI.run(["index", "add", "--db", db, "--quiet", source]).status == 0)
        #expect(chmod(db, 0o444) == 0)
        #expect(chmod(folder, 0o555) == 0)
        #expect(chmod(scratch.directory.path, 0o755) == 0)
        defer { chmod(folder, 0o755) }

        // Root writes anywhere: run as nobody then, when the build folder lets nobody in.
        var prefix: [String] = []
        var program: URL? = nil
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return }
            program = URL(fileURLWithPath: "/usr/sbin/runuser")
            prefix = ["-u", "nobody", "--", CLI.executable.path]
            let probe = try CLI.run(prefix, program: program)
            guard !probe.stderr.contains("Permission denied") else { return }
        }
        let stats = try CLI.run(prefix + ["index", "stats", "--db", db], program: program)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("8 documents") || stats.stdout.contains("documents"), "\(stats.stdout)")
        #expect(!stats.stderr.contains("readonly"))
        let query = try CLI.run(
            prefix + ["index", "query", "--db", db, "--format", "jsonl", source], program: program)
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout.split(separator: "\n").count == 8)
        #expect(query.stdout.contains("\"reprint\":true"))
    }

    /// Two `index add` runs started together: the second waits for the first, so the documents
    /// of each run are stored together, in one run's order, never their batches interleaved.
    @Test func concurrentAddsDoNotInterleave() throws {
        let scratch = try Scratch()
        let first = try archive(scratch, "first", seed: 31, stories: 150)
        let second = try archive(scratch, "second", seed: 32, stories: 150)
        let db = scratch.path("index.db")
        // The index exists before both start, as when a nightly add meets a manual one.
        #expect(try CLI.run(["index", "add", "--db", db, "--quiet", "-"], stdin: "").status == 0)
        let logs = [scratch.directory.appendingPathComponent("1.log"), scratch.directory.appendingPathComponent("2.log")]
        let runs = try [first, second].enumerated().map { offset, archive in
            try CLI.start(["index", "add", "--db", db, "--batch-size", "5", archive], stderr: logs[offset])
        }
        for run in runs { run.waitUntilExit() }
        for (run, log) in zip(runs, logs) {
            #expect(run.terminationStatus == 0, "\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
        let index = try ArchiveIndex(path: db, mode: .reading)
        var order: [String] = []
        try index.database.prepare("SELECT id FROM documents ORDER BY rowid").rows { row in
            if let id = row.text(0) { order.append(String(id.prefix(while: { $0 != "-" }))) }
        }
        #expect(order.count == 400)
        // One change of archive along the rows: first's then second's, or the other way.
        let changes = zip(order, order.dropFirst()).filter { $0 != $1 }.count
        #expect(changes == 1, "the runs' batches interleaved \(changes) times")
        let statistics = try index.statistics()
        #expect(statistics.reprints == 100)
    }
}
