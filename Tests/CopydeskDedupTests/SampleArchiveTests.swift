import Foundation
import CopydeskTestSupport
import Testing

@testable import CopydeskDedup

/// The small wire archive in `Samples/archive/`, as a newcomer runs it: its truth file, the
/// agencies' copies as representatives, and the index agreeing with dedup in any order.
@Suite("Sample archive")
struct SampleArchiveTests {
    static let directory = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Samples/archive")

    private func truth() throws -> [String: String] {
        let text = try String(contentsOf: Self.directory.appending(path: "wire-archive.truth.tsv"), encoding: .utf8)
        var clusters: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count == 2 { clusters[String(fields[0])] = String(fields[1]) }
        }
        return clusters
    }

    /// Ids grouped by cluster.
    private func partition(_ clusterOf: [String: String]) -> Set<Set<String>> {
        Set(Dictionary(grouping: clusterOf.keys, by: { clusterOf[$0] ?? "" }).values.map(Set.init))
    }

    @Test func dedupFindsTheTruthWithTheAgenciesAsOriginals() throws {
        let path = Self.directory.appending(path: "wire-archive.jsonl").path
        let result = try Deduplicator().run([path])
        var clusterOf: [String: String] = [:]
        var representativeOf: [String: String] = [:]
        var relationOf: [String: Relation?] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            guard let assignment = result.assignments[index], let id = entry.id else { continue }
            clusterOf[id] = String(assignment.cluster)
            representativeOf[id] = result.catalog.entries[assignment.representative].id
            relationOf.updateValue(assignment.relation, forKey: id)
        }
        #expect(partition(clusterOf) == partition(try truth()))
        // EFE's and dpa's copies lead their clusters, though a same-day newspaper reprint is longer.
        #expect(representativeOf["s5-base0"] == "s5-base0")
        #expect(representativeOf["s1-base0"] == "s1-base0")
        #expect(relationOf["s5-base0"] == .some(nil))
        #expect(relationOf["s1-base0"] == .some(nil))
        #expect(representativeOf["s5-r2"] == "s5-base0")
        #expect(relationOf["s5-r2"] == .contains)
    }

    @Test func theIndexHoldsDedupsClustersAddedForwardOrBackward() throws {
        let scratch = try Scratch()
        let lines = try String(contentsOf: Self.directory.appending(path: "wire-archive.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let expected = partition(try truth())
        for (name, order) in [("forward", lines), ("backward", Array(lines.reversed()))] {
            let path = try scratch.write("\(name).jsonl", order.joined(separator: "\n") + "\n")
            let db = scratch.path("\(name).db")
            _ = try ArchiveIndex(path: db).add([path])
            var clusterOf: [String: String] = [:]
            try SQLiteDatabase(path: db).prepare("SELECT id, cluster FROM documents").rows { row in
                clusterOf[row.text(0) ?? ""] = String(row.int(1))
            }
            #expect(partition(clusterOf) == expected, "\(name)")
        }
    }
}
