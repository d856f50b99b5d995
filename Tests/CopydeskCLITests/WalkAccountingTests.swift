import Foundation
import CopydeskTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every item under a directory is read or named, by every command that walks directories: the
/// archive commands (`dedup`, `signatures`, `index add`) walk as `extract` does.
@Suite struct WalkAccountingTests {
    /// A wire story and an outlet's reprint of it, as HTML pages of our own.
    static func page(_ place: String) -> String {
        InputFixtures.page(
            title: "Ferry service to \(place) resumes",
            body: """
                <h1>Ferry service to \(place) resumes after storm repairs</h1>
                <p>The ferry to \(place) sailed again on Tuesday morning, three weeks after a winter storm \
                damaged the pier and forced the operator to cancel every crossing.</p>
                <p>Engineers replaced two pylons and the landing ramp, the harbour authority said in a \
                statement, and the timetable returns to six crossings a day from next week.</p>
                <p>Passengers queued from dawn, many of them commuters who had spent the closure on a \
                replacement bus that added an hour to each journey.</p>
                """)
    }

    /// A folder with a page, a linked page, a linked folder, a broken link, a FIFO and a link
    /// loop; the linked targets live outside it.
    func tree(_ scratch: Scratch) throws -> String {
        try scratch.write("targets/linked.html", Self.page("Harbour Island"))
        try scratch.write("targets/folder/inside.html", Self.page("North Point"))
        try scratch.write("walk/regular.html", Self.page("Ferry Cove"))
        try scratch.link("walk/linked-page.html", to: scratch.path("targets/linked.html"))
        try scratch.link("walk/linked-folder", to: scratch.path("targets/folder"))
        try scratch.link("walk/broken.html", to: scratch.path("nowhere/gone.html"))
        try scratch.link("walk/loop", to: scratch.path("walk"))
        #expect(mkfifo(scratch.path("walk/pipe.html"), 0o644) == 0)
        return scratch.path("walk")
    }

    func rows(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func dedupAccountsForLinksBrokenLinksAndFIFOs() throws {
        let scratch = try Scratch()
        let folder = try tree(scratch)
        let result = try CLI.run(["dedup", "--format", "jsonl", folder])
        let rows = rows(result.stdout)
        let sources = rows.compactMap { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } }
        #expect(
            Set(sources) == ["broken.html", "inside.html", "linked-page.html", "pipe.html", "regular.html"],
            "\(result.stdout)")
        let errors = rows.filter { $0["error"] != nil }.compactMap { $0["error"] as? String }
        #expect(errors.count == 2)
        #expect(errors.contains { $0.contains("broken symbolic link") })
        #expect(errors.contains { $0.contains("not a regular file") })
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.html: broken symbolic link"))
        #expect(result.stderr.contains("copydesk: warning: \(folder)/loop: symbolic link loop"))
    }

    @Test func signaturesAndIndexAddAccountForTheSameItems() throws {
        let scratch = try Scratch()
        let folder = try tree(scratch)
        let signatures = try CLI.run(["signatures", folder])
        #expect(rows(signatures.stdout).count == 5, "\(signatures.stdout.prefix(400))")
        #expect(signatures.status == 1)
        let add = try CLI.run(["index", "add", "--db", scratch.path("index.db"), folder])
        #expect(add.stderr.contains("3 added"), "\(add.stderr)")
        #expect(add.stderr.contains("pipe.html: not a regular file"))
        #expect(add.stderr.contains("broken.html: broken symbolic link"))
        #expect(add.status == 1)
    }

    @Test func aFolderThatCannotBeListedIsAnError() throws {
        // Root reads any folder: nothing to test there.
        guard geteuid() != 0 else { return }
        let scratch = try Scratch()
        try scratch.write("walk/regular.html", Self.page("Ferry Cove"))
        try scratch.write("walk/locked/inner.html", Self.page("Harbour Island"))
        #expect(chmod(scratch.path("walk/locked"), 0o000) == 0)
        let result = try CLI.run(["dedup", "--format", "jsonl", scratch.path("walk")])
        let errors = rows(result.stdout).compactMap { $0["error"] as? String }
        #expect(errors == ["cannot read directory: permission denied"])
    }

    /// A name of Latin-1 bytes, as an old archive copied from Windows leaves them.
    @Test func namesThatAreNotUTF8AreRead() throws {
        let scratch = try Scratch()
        try scratch.write("walk/plain.html", Self.page("Ferry Cove"))
        let name: [UInt8] = Array("walk/caf".utf8) + [0xE9] + Array(".html".utf8)
        let path = Array((scratch.path + "/").utf8) + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.map { open($0, O_WRONLY | O_CREAT, 0o644) } ?? -1
            }
        }
        #expect(descriptor >= 0)
        let bytes = Array(Self.page("Harbour Island").utf8)
        #expect(bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
        close(descriptor)

        for command in [["extract", "--format", "jsonl"], ["dedup", "--format", "jsonl"], ["signatures"]] {
            let result = try CLI.run(command + [scratch.path("walk")])
            let rows = rows(result.stdout)
            #expect(rows.count == 2, "\(command): \(result.stderr)")
            #expect(rows.allSatisfy { $0["error"] == nil }, "\(command): \(result.stdout.prefix(300))")
            #expect(rows.contains { ($0["source"] as? String)?.hasSuffix("caf\u{FFFD}.html") == true })
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    /// 2,100 folders deep: a path of 4,200 bytes, longer than PATH_MAX (4,096).
    @Test func pathsLongerThanPathMaxAreRead() throws {
        let scratch = try Scratch()
        try scratch.write("deep/shallow.html", Self.page("Ferry Cove"))
        var folder = open(scratch.path("deep"), O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0)
        for _ in 0..<2100 {
            #expect(mkdirat(folder, "d", 0o755) == 0)
            let next = openat(folder, "d", O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
        }
        let file = openat(folder, "deep.html", O_WRONLY | O_CREAT, 0o644)
        let bytes = Array(Self.page("Harbour Island").utf8)
        #expect(bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) } == bytes.count)
        close(file)
        close(folder)

        for command in [["extract", "--format", "jsonl"], ["dedup", "--format", "jsonl"]] {
            let result = try CLI.run(command + [scratch.path("deep")])
            let rows = rows(result.stdout)
            #expect(rows.count == 2, "\(command): \(result.stderr.prefix(300))")
            #expect(rows.allSatisfy { $0["error"] == nil })
            #expect(rows.contains { ($0["source"] as? String)?.hasSuffix("/d/d/deep.html") == true })
        }
        // Too deep for FileManager to remove; rm walks it by descriptors.
        let remove = Process()
        remove.executableURL = URL(fileURLWithPath: "/bin/rm")
        remove.arguments = ["-rf", scratch.path("deep/d")]
        try remove.run()
        remove.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: scratch.path("deep/d")))
    }
}
