import CopydeskDedup
import Foundation
import CopydeskTestSupport
import Testing

/// `signatures`, `verify`, `cluster` and `banding`, the steps a Spark job runs: chained by hand
/// here the way the job chains them, they reproduce `copydesk dedup`'s rows.
@Suite("distributed dedup steps")
struct DistributedStepsTests {
    static func archive() -> [String] {
        var stories = Stories(seed: 11)
        let agency = stories.story()
        let unrelated = stories.story()
        let other = stories.story()
        var local = agency
        local.insert("In Lima, the council said the market would stay open on Sunday for residents.", at: 2)
        return [
            jsonLine(id: "afp", paragraphs: agency, outlet: "AFP", published: "2022-09-14"),
            jsonLine(id: "truncated", paragraphs: Array(agency.prefix(agency.count / 2)), published: "2022-09-15"),
            "",
            jsonLine(id: "extended", paragraphs: agency + stories.story(words: 120), published: "2022-09-15"),
            "{\"id\": \"broken\", \"text\": ",
            jsonLine(id: "local", paragraphs: local, outlet: "The Gazette", published: "2022-09-16"),
            jsonLine(id: "shouting", paragraphs: agency.map { $0.uppercased() }, published: "2022-09-14"),
            jsonLine(id: "unrelated", paragraphs: unrelated, published: "2022-09-10"),
            jsonLine(id: "roundup", paragraphs: agency + unrelated, published: "2022-09-21"),
            jsonLine(id: "own-telling", paragraphs: other, published: "2022-09-14"),
            jsonLine(id: "undated-copy", paragraphs: unrelated),
            "{\"id\": \"no-text\"}",
        ]
    }

    @Test func signaturesHaveOneStableLinePerItem() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let first = try CLI.run(["signatures", path])
        let second = try CLI.run(["signatures", "--threads", "1", path])
        #expect(first.status == 1)  // two lines cannot be read
        #expect(first.stdout == second.stdout)
        let records = try first.stdout.split(separator: "\n").map { try SignatureRecordCoding.record($0) }
        #expect(records.map(\.ordinal) == Array(0..<11))
        #expect(records.filter { !$0.isDocument }.map(\.source) == ["\(path):5", "\(path):12"])
        let rows = first.stdout.split(separator: "\n").compactMap(parseJSON)
        #expect(Set(rows[3].keys) == ["ordinal", "source", "error"])  // malformed: no id
        // An agency's copy says so; other outlets' copies carry no `agency` key.
        #expect(
            Set(rows[0].keys) == [
                "ordinal", "id", "source", "outlet", "agency", "published", "length", "shingle_count", "content_hash",
                "signature", "lead", "shingles", "bands", "lead_bands",
            ])
        #expect(rows[0]["agency"] as? Bool == true)
        #expect(records.first { $0.id == "local" }?.agency == nil)
        let afp = try #require(records.first)
        #expect(afp.signatureValues?.count == 128)
        #expect(afp.leadValues?.count == 32)
        #expect(afp.shingleValues?.count == afp.shingleCount)
        let plan = try #require(
            parseJSON(Substring(try CLI.run(["banding", "choose", "--nodes", "11"]).stdout.dropLast())))
        #expect(afp.bands?.count == plan["bands"] as? Int)
        #expect(afp.leadBands?.count == plan["lead_bands"] as? Int)
        // Same words, other case: the same content.
        #expect(records[5].contentHash == afp.contentHash)
        #expect(records[5].id == "shouting")
    }

    @Test func stepsChainedReproduceDedup() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let records = try CLI.run(["signatures", path]).stdout.split(separator: "\n")
            .map { try SignatureRecordCoding.record($0) }
        let documents = records.filter(\.isDocument)

        // One node per distinct content, led by its copy with precedence.
        func precedes(_ a: SignatureRecord, _ b: SignatureRecord) -> Bool {
            switch (a.published, b.published) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.length != b.length { return a.length ?? 0 > b.length ?? 0 }
            return a.ordinal < b.ordinal
        }
        var leader: [String: SignatureRecord] = [:]
        for record in documents {
            let hash = try #require(record.contentHash)
            if let current = leader[hash], !precedes(record, current) { continue }
            leader[hash] = record
        }
        let nodes = leader.values.sorted { $0.ordinal < $1.ordinal }
        #expect(nodes.count == documents.count - 2)  // two copies repeat content

        // Candidate pairs from shared band keys; verification by `copydesk verify`.
        var buckets: [String: [SignatureRecord]] = [:]
        for node in nodes {
            for key in node.bands ?? [] { buckets["F" + key, default: []].append(node) }
            for key in node.leadBands ?? [] { buckets["L" + key, default: []].append(node) }
        }
        var pairs = Set<[Int]>()
        var input: [String] = []
        for bucket in buckets.values where bucket.count > 1 {
            for i in bucket.indices {
                for j in (i + 1)..<bucket.count where pairs.insert([bucket[i].ordinal, bucket[j].ordinal]).inserted {
                    input.append(
                        try SignatureRecordCoding.line(bucket[i]) + "\t" + SignatureRecordCoding.line(bucket[j]))
                }
            }
        }
        let verified = try CLI.run(["verify"], stdin: input.joined(separator: "\n"))
        #expect(verified.status == 0)
        var neighbours: [Int: [Int]] = [:]
        for line in verified.stdout.split(separator: "\n") {
            let ends = line.split(separator: " ").compactMap { Int($0) }
            try #require(ends.count == 2 && ends[0] < ends[1])
            neighbours[ends[0], default: []].append(ends[1])
            neighbours[ends[1], default: []].append(ends[0])
        }
        #expect(!neighbours.isEmpty)

        // All nodes at once: a union of whole components.
        let clusterInput = try nodes.map { node in
            var node = node
            node.neighbours = neighbours[node.ordinal] ?? []
            return try SignatureRecordCoding.line(node)
        }
        let clustered = try CLI.run(["cluster"], stdin: clusterInput.joined(separator: "\n"))
        #expect(clustered.status == 0)
        var placed: [Int: (representative: Int, relation: String?, similarity: Double)] = [:]
        for row in clustered.stdout.split(separator: "\n").compactMap(parseJSON) {
            let ordinal = try #require(row["ordinal"] as? Int)
            let representative = try #require(row["representative"] as? Int)
            let similarity = try #require((row["similarity"] as? NSNumber)?.doubleValue)
            placed[ordinal] = (representative, row["relation"] as? String, similarity)
        }
        #expect(placed.count == nodes.count)

        // Dedup's rows, rebuilt from the placements as the Spark job builds them.
        let dedup = try CLI.run(["dedup", "--format", "jsonl", path]).stdout.split(separator: "\n")
            .compactMap(parseJSON)
        #expect(dedup.count == records.count)
        let representatives = placed.filter { $0.key == $0.value.representative }.keys.sorted()
        for (record, row) in zip(records, dedup) {
            #expect(row["id"] as? String == record.id)
            guard record.isDocument else {
                #expect(row["error"] as? String == record.error)
                continue
            }
            let hash = try #require(record.contentHash)
            let node = try #require(leader[hash]).ordinal
            let placement = try #require(placed[node])
            let cluster = try #require(representatives.firstIndex(of: placement.representative)) + 1
            #expect(row["cluster"] as? Int == cluster, "\(record.id ?? "")")
            #expect(row["representative"] as? Bool == (record.ordinal == placement.representative))
            if record.ordinal == placement.representative {
                #expect(row["relation"] is NSNull)
            } else if node == placement.representative {
                #expect(row["relation"] as? String == "identical")
            } else {
                #expect(row["relation"] as? String == placement.relation, "\(record.id ?? "")")
                #expect((row["similarity"] as? NSNumber)?.doubleValue == placement.similarity)
            }
        }
        // The roundup must not glue the agency story and the unrelated one together.
        #expect(Set(dedup.compactMap { $0["cluster"] as? Int }).count >= 3)
    }

    /// The Spark job drops candidate pairs by `verify --plausible` before it moves any shingle
    /// set, so that step must keep every pair full verification keeps, from signatures alone.
    @Test func plausiblePairsAreASupersetOfVerifiedOnesFromSignaturesAlone() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let nodes = try CLI.run(["signatures", path]).stdout.split(separator: "\n")
            .map { try SignatureRecordCoding.record($0) }.filter(\.isDocument)
        func withoutSet(_ record: SignatureRecord) -> SignatureRecord {
            var record = record
            record.shingles = nil
            record.bands = nil
            record.leadBands = nil
            return record
        }
        var full: [String] = []
        var signaturesOnly: [String] = []
        var lineOfPair: [String: String] = [:]  // "lower higher" → its signature-only line
        for (i, a) in nodes.enumerated() {
            for b in nodes[(i + 1)...] {
                // Later entry first in half of them: the answer must not depend on the order.
                let (x, y) = i % 2 == 0 ? (a, b) : (b, a)
                full.append(try SignatureRecordCoding.line(x) + "\t" + SignatureRecordCoding.line(y))
                signaturesOnly.append(
                    try SignatureRecordCoding.line(withoutSet(x)) + "\t" + SignatureRecordCoding.line(withoutSet(y)))
                lineOfPair["\(a.ordinal) \(b.ordinal)"] = signaturesOnly.last
            }
        }
        let verified = try CLI.run(["verify"], stdin: full.joined(separator: "\n"))
        let plausible = try CLI.run(["verify", "--plausible"], stdin: signaturesOnly.joined(separator: "\n"))
        #expect(verified.status == 0)
        #expect(plausible.status == 0)
        let verifiedPairs = Set(verified.stdout.split(separator: "\n"))
        let plausiblePairs = Set(plausible.stdout.split(separator: "\n"))
        #expect(!verifiedPairs.isEmpty)
        #expect(verifiedPairs.isSubset(of: plausiblePairs))
        // Different stories do not even look alike by their signatures.
        #expect(plausiblePairs.count < full.count)
        // Full verification needs the shingle sets and says so (one line: it stops reading there).
        let pair = try #require(verifiedPairs.first)
        let refused = try CLI.run(["verify"], stdin: try #require(lineOfPair[String(pair)]))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has no shingles"))
    }

    @Test func bandingKeysAreThoseOfSignaturesAtThatBanding() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let loose = try CLI.run(["signatures", path]).stdout
        let strict = try CLI.run(["signatures", "--candidate-threshold", "0.5", "--lead-rows", "4", path])
        let rekeyed = try CLI.run(
            ["banding", "keys", "--candidate-threshold", "0.5", "--lead-rows", "4"], stdin: loose)
        #expect(rekeyed.status == 0)
        #expect(rekeyed.stdout == strict.stdout)
        #expect(rekeyed.stdout != loose)
    }

    @Test func bandingNeedsNoSampleForSmallArchives() throws {
        let sample = try CLI.run(["banding", "sample", "--nodes", "1500"])
        #expect(sample.status == 0)
        #expect(sample.stdout.isEmpty)
        let choice = try CLI.run(["banding", "choose", "--nodes", "1500"])
        let plan = try #require(parseJSON(Substring(choice.stdout.trimmingCharacters(in: .whitespacesAndNewlines))))
        // The loosest of the ladder, as dedup chooses for an archive whose pairs all fit the budget.
        #expect(plan["bands"] as? Int == 28)
        #expect(plan["rows"] as? Int == 2)
        #expect(plan["lead_rows"] as? Int == 2)
        #expect(plan["candidate_threshold"] as? Double == DedupOptions().candidateThresholdLadder.min())
        // Beyond the budget, a sample of node pairs is named, and the choice needs their signatures.
        let large = try CLI.run(["banding", "sample", "--nodes", "5000"])
        let positions = large.stdout.split(separator: "\n").compactMap { Int($0) }
        #expect(positions.count > 1000)
        #expect(positions.allSatisfy { (0..<5000).contains($0) })
        #expect(try CLI.run(["banding", "choose", "--nodes", "5000"]).status == 1)
    }

    @Test func aNegativeNodeCountIsAUsageError() throws {
        for step in ["sample", "choose"] {
            let run = try CLI.run(["banding", step, "--nodes=-1"])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("--nodes must be 0 or more"))
        }
    }
}
