import Foundation
import Testing

@testable import CopydeskDedup

@Suite("index format")
struct IndexFormatTests {
    /// An index written before the shingle hash changed (format 2) is refused with a message that
    /// names both formats and says what to do, not read with hashes that would match nothing.
    @Test func anIndexOfAnEarlierFormatIsRefusedClearly() throws {
        let scratch = try Scratch()
        let path = scratch.path("old.sqlite")
        do {
            let index = try ArchiveIndex(path: path)
            try index.database.execute("UPDATE meta SET value = '2' WHERE key = 'version'")
        }
        do {
            _ = try ArchiveIndex(path: path)
            Issue.record("an index of format 2 was opened")
        } catch let error as DedupError {
            #expect(error.message.contains("an index of format 2"))
            #expect(error.message.contains("reads format \(IndexSchema.version) only"))
            #expect(error.message.contains("copydesk index add"))
        }
        // The current format opens.
        let fresh = scratch.path("new.sqlite")
        _ = try ArchiveIndex(path: fresh)
        _ = try ArchiveIndex(path: fresh)
    }
}
