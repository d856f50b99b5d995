public import CopydeskArchive
import CopydeskExtract

/// Reads every entry of an archive and extracts each document's article, as dedup does.
///
/// An archive of n bytes cannot hold more than n entries, so a reader still returning entries
/// after `budget` of them has stopped advancing: that is a finding, not a slow input.
public func drain(_ archive: inout some ArchiveReader, budget: Int) {
    var left = budget
    while let entry = archive.next() {
        left -= 1
        precondition(left >= 0, "the archive reader returned more entries than the input has bytes")
        if case .document(let document) = entry { _ = try? document.article() }
    }
}
