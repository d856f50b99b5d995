import Foundation
import CopydeskTestSupport
import Testing

@Suite("copydesk dedup")
struct DedupCommandTests {
    static func archive() -> [String] {
        var stories = Stories(seed: 7)
        let a = stories.story()
        let b = stories.story()
        return [
            jsonLine(
                id: "a1", paragraphs: a, outlet: "AFP", published: "2022-09-14", title: "Floods close coastal road"),
            jsonLine(id: "a2", paragraphs: Array(a.prefix(a.count / 2)), outlet: "The Herald", published: "2022-09-15"),
            "not json",
            jsonLine(id: "b1", paragraphs: b, outlet: "Reuters", published: "2022-09-14"),
            jsonLine(id: "a3", paragraphs: a, outlet: "The Star, Evening", published: "2022-09-16"),
        ]
    }

    @Test func jsonlHasOneLinePerInputDocument() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let result = try CLI.run(["dedup", "--format", "jsonl", path])
        // Some inputs failed: exit 1, each named on standard error, and still a row each.
        #expect(result.status == 1)
        let rows = result.stdout.split(separator: "\n").compactMap(parseJSON)
        #expect(rows.count == 5)
        #expect(rows.map { $0["id"] as? String } == ["a1", "a2", nil, "b1", "a3"])
        let error = rows[2]
        #expect(Set(error.keys) == ["id", "source", "error"])
        #expect(error["source"] as? String == "\(path):3")
        #expect(Set(rows[0].keys) == ["id", "source", "cluster", "representative", "similarity", "relation"])
        #expect(rows[0]["representative"] as? Bool == true)
        #expect(rows[1]["relation"] as? String == "contained")
        #expect(rows[4]["relation"] as? String == "identical")
        #expect(rows[1]["cluster"] as? Int == rows[0]["cluster"] as? Int)
        #expect(rows[3]["cluster"] as? Int != rows[0]["cluster"] as? Int)
        // Not a terminal: no progress bar, only the failure.
        #expect(
            result.stderr
                == "copydesk: \(path):3: malformed JSON: expected '{' (each line must be one JSON object) at column 1\n"
        )
    }

    @Test func csvHasTheSameColumnsAndQuotes() throws {
        let scratch = try Scratch()
        let path = try scratch.write("archive.jsonl", Self.archive().joined(separator: "\n"))
        let result = try CLI.run(["dedup", "--format", "csv", path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "id,source,cluster,representative,similarity,relation,error")
        #expect(lines.count == 6)
        #expect(lines[3].hasPrefix(",\(path):3,,,,,"))
        #expect(lines[5].hasPrefix("a3,\(path):5,1,false,1,identical,"))
    }

    @Test func standardInputAndSummary() throws {
        let result = try CLI.run(
            ["dedup", "--format", "summary", "-"], stdin: Self.archive().joined(separator: "\n"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("4 documents, 1 clusters of reprints, 2 duplicates, 1 unique"))
        #expect(result.stdout.contains("representative: a1, AFP, 2022-09-14"))
        #expect(result.stdout.contains("The Herald"))
        #expect(result.stderr.contains("-:3"))
    }

    @Test func badFlagsSayWhy() throws {
        let result = try CLI.run(["dedup", "--shingles", "sentences:3", "-"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shingles"))
    }
}

@Suite("copydesk dedup on crawls")
struct DedupCrawlTests {
    /// A WARC.gz crawl and a folder of saved pages: HTML goes through article extraction, so the
    /// site's navigation and footer do not make every page of one outlet look alike.
    @Test func warcAndPagesClusterByArticle() throws {
        let scratch = try Scratch()
        var stories = Stories(seed: 99)
        let story = stories.story()
        let other = stories.story()
        func record(_ id: String, _ paragraphs: [String]) -> [UInt8] {
            gzip(
                warcRecord(
                    type: "response", id: id, uri: "https://paper.example/\(id)",
                    contentType: "application/http; msgtype=response",
                    block: httpResponse(body: newsPage(title: "Story \(id)", paragraphs: paragraphs))))
        }
        let crawl = try scratch.write(
            "crawl.warc.gz",
            gzip(
                warcRecord(
                    type: "warcinfo", id: "info", contentType: "application/warc-fields", block: "software: test\r\n"))
                + record("urn:uuid:one", story) + record("urn:uuid:two", other))
        try scratch.write(
            "pages/copy.html", newsPage(title: "A copy", paragraphs: Array(story.prefix(story.count * 2 / 3))))
        let result = try CLI.run(["dedup", "--format", "jsonl", crawl, scratch.path("pages")])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").compactMap(parseJSON)
        #expect(rows.map { $0["id"] as? String } == ["urn:uuid:one", "urn:uuid:two", "copy"])
        #expect(rows[2]["cluster"] as? Int == rows[0]["cluster"] as? Int)
        #expect(rows[2]["relation"] as? String == "contained")
        #expect(rows[1]["cluster"] as? Int != rows[0]["cluster"] as? Int)
    }
}
