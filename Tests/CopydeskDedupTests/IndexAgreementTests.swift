import CopydeskTestSupport
import Foundation
import Testing

@testable import CopydeskDedup

/// The differences between the index and `dedup` found on the benchmark archive, each reproduced
/// on a small archive of its own: two were bugs of the index (fixed, tested here for agreement),
/// one is how dedup itself treats a bucket over its largest (pinned: dedup's answer depends on
/// the order it reads documents in there, and the index's may differ from it).
@Suite("copydesk index: the same clusters as dedup, case by case")
struct IndexAgreementTests {
    typealias Partition = Set<Set<String>>

    private func dedup(_ lines: [String], scratch: Scratch, options: DedupOptions, name: String) throws
        -> (partition: Partition, relations: [String: Relation], leadRows: Int)
    {
        let path = try scratch.write("\(name).dedup.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try Deduplicator(options: options).run([path])
        var groups: [Int: Set<String>] = [:]
        var relations: [String: Relation] = [:]
        for (index, entry) in result.catalog.entries.enumerated() {
            guard let assignment = result.assignments[index] else { continue }
            groups[assignment.cluster, default: []].insert(entry.id ?? "")
            if let relation = assignment.relation { relations[entry.id ?? ""] = relation }
        }
        return (Set(groups.values), relations, result.statistics.leadRows)
    }

    private func index(_ lines: [String], scratch: Scratch, options: DedupOptions, leadRows: Int, name: String)
        throws -> Partition
    {
        let path = try scratch.write("\(name).jsonl", lines.joined(separator: "\n") + "\n")
        let db = scratch.path("\(name).db")
        _ = try ArchiveIndex(path: db, options: options, leadRows: leadRows).add([path])
        let database = try SQLiteDatabase(path: db)
        var groups: [Int64: Set<String>] = [:]
        try database.prepare("SELECT id, cluster FROM documents").rows { row in
            groups[row.int(1), default: []].insert(row.text(0) ?? "")
        }
        return Set(groups.values)
    }

    /// Dedup's options with the banding fixed, so that dedup and the index band alike.
    private func options(threshold: Double) -> DedupOptions {
        var options = DedupOptions()
        options.candidateThreshold = threshold
        return options
    }

    /// Dedup clusters distinct contents: identical copies are one node, led by the copy that
    /// comes first. So a paper's identical copy of the agency story is no second member of its
    /// cluster: it does not vouch for a cut copy that is only a part of the story. The index
    /// placed each copy as a document of its own, and the identical copy vouched (on the
    /// benchmark archive: a cut copy at containment 0.6007 joined the index's cluster and stayed
    /// alone in dedup's). Now the index folds identical copies as dedup does.
    @Test func anIdenticalCopyIsOneNodeWithItsOriginal() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 31)
        let story = stories.story(words: 640)
        let local = stories.story(words: 90)
        let n = story.count
        // The cut copy: the first 40% of the story and a paragraph of its own, at the end, so it
        // opens as the story does (lead bands propose the pair).
        let cut = Array(story.prefix(n * 4 / 10)) + local
        // Two papers' copies the cut copy has too little in common with to be vouched for: one
        // dropped the opening, the other kept only the first paragraph of what the cut keeps.
        let dropped = Array(story.dropFirst(n * 3 / 10))
        let trimmed = [story[0]] + Array(story.dropFirst(n * 4 / 10))
        let lines = [
            jsonLine(id: "afp", paragraphs: story, outlet: "AFP", published: "2022-04-01"),
            jsonLine(id: "dropped", paragraphs: dropped, outlet: "The Star", published: "2022-04-01"),
            jsonLine(id: "trimmed", paragraphs: trimmed, outlet: "The Post", published: "2022-04-01"),
            jsonLine(id: "copy", paragraphs: story, outlet: "The Herald", published: "2022-04-02"),
            jsonLine(id: "cut", paragraphs: cut, outlet: "The Courier", published: "2022-04-03"),
        ]
        let options = options(threshold: 0.3)
        let expected = try dedup(lines, scratch: scratch, options: options, name: "identical")
        // The mechanism: the copy is identical, the cut copy is alone (no member vouches for it).
        #expect(expected.relations["copy"] == .identical)
        #expect(expected.partition.contains(["cut"]))
        #expect(expected.partition.contains(["afp", "dropped", "trimmed", "copy"]))
        let orders = [lines, Array(lines.reversed()), [4, 3, 0, 2, 1].map { lines[$0] }]
        for (number, order) in orders.enumerated() {
            let found = try index(
                order, scratch: scratch, options: options, leadRows: expected.leadRows, name: "identical\(number)")
            #expect(found == expected.partition, "order \(number)")
        }
    }

    /// Dedup places each connected component of its edges on its own; re-clustering only the
    /// clusters of a newcomer's neighbours was not enough. A cut copy that no member vouched for
    /// stays alone, linked to the representative only; when a paper's copy that verifies
    /// against it arrives later, an LSH neighbour of the representative and not of the cut copy,
    /// dedup (reading it first, since it was published first) lets it vouch. The index now
    /// re-clusters the newcomer's whole component, which holds the cut copy.
    @Test func aLaterMemberVouchesForACopyAddedBeforeIt() throws {
        let scratch = try Scratch()
        let options = options(threshold: 0.6)
        var found: [String]?
        var stories = Stories(seed: 47)
        for _ in 0..<20 where found == nil {
            let story = stories.story(words: 600)
            let n = story.count
            let tenth = { (from: Int, to: Int) in Array(story[(n * from / 10)..<(n * to / 10)]) }
            // The cut copy: the first 60%. The voucher drops the opening and adds two paragraphs
            // of its own: it holds most of the cut copy, shares too little with it for LSH, and
            // does not open as it does. Another paper kept only the end and the opening line.
            let cut = tenth(0, 6)
            let voucher = tenth(1, 10) + stories.story(words: 130)
            let end = tenth(6, 10) + [story[0]]
            let lines = [
                jsonLine(id: "afp", paragraphs: story, outlet: "AFP", published: "2022-06-01"),
                jsonLine(id: "end", paragraphs: end, outlet: "The Post", published: "2022-06-03"),
                jsonLine(id: "cut", paragraphs: cut, outlet: "The Courier", published: "2022-06-04"),
                jsonLine(id: "voucher", paragraphs: voucher, outlet: "The Star", published: "2022-06-02"),
            ]
            let fingerprinter = Fingerprinter(options: options)
            let set = { (paragraphs: [String]) in fingerprinter.fingerprint(paragraphs.joined(separator: "\n\n")) }
            let (c, v, a, e) = (set(cut), set(voucher), set(story), set(end))
            let expected = try dedup(lines, scratch: scratch, options: options, name: "probe")
            let lookup = try IndexLookup(
                index: ArchiveIndex(
                    path: scratch.path("probe.db"), options: options, leadRows: expected.leadRows))
            let proposed = { (x: Fingerprint, y: Fingerprint) in
                IndexSchema.shareKey(lookup.storedKeys(x), lookup.storedKeys(y))
            }
            try FileManager.default.removeItem(atPath: scratch.path("probe.db"))
            // The mechanism, else another story: the voucher verifies against the cut copy but
            // LSH does not propose them; the end copy does not vouch.
            guard Verdict(SetOverlap(c.shingles, v.shingles), options: options) != nil,
                !proposed(c.fingerprint, v.fingerprint), proposed(c.fingerprint, a.fingerprint),
                proposed(v.fingerprint, a.fingerprint), proposed(e.fingerprint, a.fingerprint),
                Verdict(SetOverlap(c.shingles, e.shingles), options: options) == nil,
                expected.partition.contains(["afp", "end", "cut", "voucher"])
            else { continue }
            found = lines
        }
        guard let lines = found else {
            Issue.record("no story gave a voucher that verifies against the cut copy without LSH")
            return
        }
        let expected = try dedup(lines, scratch: scratch, options: options, name: "vouch")
        // Added in this order, the cut copy is alone until the voucher comes.
        for (number, order) in [lines, Array(lines.reversed()), [2, 0, 3, 1].map { lines[$0] }].enumerated() {
            let partition = try index(
                order, scratch: scratch, options: options, leadRows: expected.leadRows, name: "vouch\(number)")
            #expect(partition == expected.partition, "order \(number)")
        }
    }

    /// What remains: a bucket over dedup's largest (64 documents: a stock opening many articles
    /// share) is linked by dedup as a chain of the documents in the order it reads them, not all
    /// pairs. The index keeps a full bucket's first 64 documents and chains the later ones
    /// (each proposed with the one before it), so it proposes dedup's pairs when it adds
    /// documents in dedup's reading order; but it linked the first 64 pairwise while the bucket
    /// was small, and a pair dedup does not link once the bucket has grown stays linked in the
    /// index. With a reprint and its original apart in the reading order and no other band in
    /// common, dedup leaves the reprint alone and the index does not — and dedup itself gives
    /// another answer when it reads the two next to each other.
    @Test func anOverfullBucketIsChainedInReadingOrderByDedup() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 59)
        // A stock opening (a newsletter's masthead paragraph) longer than the lead's 40 shingles:
        // every article that prints it has the same lead signature, so all share its lead buckets.
        let masthead = stories.story(words: 60).joined(separator: " ")
        let story = stories.story(words: 500)
        // The reprint: the masthead and the first half of the story. Whole-text bands for a
        // 0.9 threshold do not propose it with the original; only the masthead's lead does.
        let reprint = [masthead] + Array(story.prefix(story.count / 2))
        var others: [String] = []
        for number in 0..<68 {
            others.append(
                jsonLine(
                    id: "other-\(number)", paragraphs: [masthead] + stories.story(words: 300),
                    outlet: "The Gazette", published: "2022-07-02"))
        }
        let original = jsonLine(id: "afp", paragraphs: [masthead] + story, outlet: "AFP", published: "2022-07-01")
        let copy = jsonLine(id: "reprint", paragraphs: reprint, outlet: "The Star", published: "2022-07-03")
        let options = options(threshold: 0.9)
        let fingerprinter = Fingerprinter(options: options)
        let a = fingerprinter.fingerprint(([masthead] + story).joined(separator: "\n\n"))
        let b = fingerprinter.fingerprint(reprint.joined(separator: "\n\n"))
        #expect(Verdict(SetOverlap(b.shingles, a.shingles), options: options)?.relation == .contained)
        #expect(a.fingerprint.lead == b.fingerprint.lead)

        // Read apart (another article between them), dedup's chain does not link the two.
        let apart = [original, others[0], copy] + others.dropFirst()
        let dedupApart = try dedup(apart, scratch: scratch, options: options, name: "apart")
        #expect(dedupApart.partition.contains(["reprint"]))
        // Read next to each other, it does: dedup's own clusters depend on the order here.
        let together = [original, copy] + others
        let dedupTogether = try dedup(together, scratch: scratch, options: options, name: "together")
        #expect(dedupTogether.partition.contains(["afp", "reprint"]))

        // The index proposes the pair either way (both among the bucket's first 64).
        let indexApart = try index(
            apart, scratch: scratch, options: options, leadRows: dedupApart.leadRows, name: "index-apart")
        #expect(indexApart.contains(["afp", "reprint"]))
        #expect(indexApart != dedupApart.partition)
        let indexTogether = try index(
            together, scratch: scratch, options: options, leadRows: dedupTogether.leadRows, name: "index-together")
        #expect(indexTogether == dedupTogether.partition)
    }

    /// Past a full bucket, the index chains as dedup does: a reprint read right after its
    /// original, both after the bucket's first 64 documents, is linked to it through the chain.
    @Test func documentsAfterAFullBucketAreChained() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 61)
        let masthead = stories.story(words: 60).joined(separator: " ")
        let story = stories.story(words: 500)
        var lines: [String] = []
        for number in 0..<70 {
            lines.append(
                jsonLine(
                    id: "other-\(number)", paragraphs: [masthead] + stories.story(words: 300),
                    outlet: "The Gazette", published: "2022-07-02"))
        }
        lines.append(jsonLine(id: "afp", paragraphs: [masthead] + story, outlet: "AFP", published: "2022-07-01"))
        lines.append(
            jsonLine(
                id: "reprint", paragraphs: [masthead] + Array(story.prefix(story.count / 2)), outlet: "The Star",
                published: "2022-07-03"))
        let options = options(threshold: 0.9)
        let expected = try dedup(lines, scratch: scratch, options: options, name: "chain")
        #expect(expected.partition.contains(["afp", "reprint"]))
        let found = try index(lines, scratch: scratch, options: options, leadRows: expected.leadRows, name: "chain")
        #expect(found == expected.partition)
        // Added again in two runs, the chain's end is read back from the index.
        let first = try scratch.write("first.jsonl", lines.dropLast().joined(separator: "\n") + "\n")
        let second = try scratch.write("second.jsonl", (lines.last ?? "") + "\n")
        let db = scratch.path("two-runs.db")
        _ = try ArchiveIndex(path: db, options: options, leadRows: expected.leadRows).add([first])
        _ = try ArchiveIndex(path: db, options: options, leadRows: expected.leadRows).add([second])
        let database = try SQLiteDatabase(path: db)
        var clusters: [String: Int64] = [:]
        try database.prepare("SELECT id, cluster FROM documents WHERE id IN ('afp', 'reprint')").rows {
            clusters[$0.text(0) ?? ""] = $0.int(1)
        }
        #expect(clusters.count == 2)
        #expect(clusters["afp"] == clusters["reprint"])
    }

    /// The index rules a candidate out on its byte sketch only when dedup's pre-check on the full
    /// signatures would rule it out too: the share of equal bytes is never below the share of
    /// equal values (equal values give equal bytes). Checked on signatures that agree in a
    /// varying share of values, with lengths that are not a multiple of eight.
    @Test func theByteSketchNeverRulesOutWhatDedupVerifies() {
        var stories = Stories(seed: 73)
        for length in [128, 64, 13, 1] {
            for agreeing in stride(from: 0, through: length, by: max(1, length / 8)) {
                let a = (0..<length).map { _ in UInt32(truncatingIfNeeded: stories.next()) }
                var b = a
                for index in agreeing..<length { b[index] = UInt32(truncatingIfNeeded: stories.next()) }
                let (sa, sb) = (DocumentSketch.of(a), DocumentSketch.of(b))
                let estimate = sa.withUnsafeBufferPointer { x in
                    sb.withUnsafeBufferPointer { y in DocumentSketch.estimate(x, y).0 }
                }
                let equalBytes = zip(sa, sb).filter { $0 == $1 }.count
                #expect(estimate == Double(equalBytes) / Double(length))
                #expect(estimate >= Double(agreeing) / Double(length))
            }
        }
    }
}
