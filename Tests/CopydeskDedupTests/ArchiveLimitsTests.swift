import CopydeskDedup
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskSimilarity
import Foundation
import CopydeskTestSupport
import Testing

/// Every item out of one archive reader.
private func entries(_ reader: inout some ArchiveReader) -> (documents: [ArchivedDocument], failures: [ArchiveFailure]) {
    var documents: [ArchivedDocument] = []
    var failures: [ArchiveFailure] = []
    while let entry = reader.next() {
        switch entry {
        case .document(let document): documents.append(document)
        case .failure(let failure): failures.append(failure)
        }
    }
    return (documents, failures)
}

private func warc(_ records: [String], maxDocumentBytes: Int = ReadOptions.defaultMaxBytes) -> (
    documents: [ArchivedDocument], failures: [ArchiveFailure]
) {
    var reader = WARCArchive(MemoryByteSource(Array(records.joined().utf8)), name: "t.warc", maxDocumentBytes: maxDocumentBytes)
    return entries(&reader)
}

private func page(_ id: String) -> String {
    newsPage(
        title: "Ferry strike ends \(id)",
        paragraphs: [
            "HELSINKI, March 3 (Reuters) - Ferry crews ended their strike on Friday after a pay deal, the union said.",
            "Sailings to the islands resume on Saturday morning, the operator said in a statement \(id).",
        ])
}

private func response(_ id: String, block: String) -> String {
    warcRecord(
        type: "response", id: id, uri: "https://paper.example/\(id)", contentType: "application/http; msgtype=response",
        block: block)
}

/// A WARC record whose body is gzip-encoded bytes, built byte for byte.
private func gzipResponse(_ id: String, body: [UInt8]) -> [UInt8] {
    let block =
        Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".utf8) + gzip(body)
    let header =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <\(id)>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
}

@Suite("WARC limits")
struct WARCLimitTests {
    @Test func aContentLengthOfIntMaxIsOneFailureNotATrap() {
        let record =
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:claim>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(Int.max)\r\n\r\n"
            + httpResponse(body: page("a")) + "\r\n\r\n"
        let result = warc([record])
        #expect(result.documents.isEmpty)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.id == "urn:uuid:claim")
        #expect(result.failures.first?.message.contains("cut short") == true)
    }

    @Test func aRecordOverThePageLimitIsPassedOverAndTheNextRead() {
        // A record past the limit (plus room for HTTP headers) is skipped as it streams by.
        let large = response("urn:uuid:large", block: httpResponse(body: String(repeating: "<p>word</p>", count: 200_000)))
        let result = warc([large, response("urn:uuid:next", block: httpResponse(body: page("b")))], maxDocumentBytes: 1000)
        #expect(result.documents.map(\.document.id) == ["urn:uuid:next"])
        #expect(result.failures.map(\.id) == ["urn:uuid:large"])
        #expect(result.failures.first?.message.contains("too large") == true)
    }

    @Test func aChunkSizeNearIntMaxReadsTheBodyAsItIs() throws {
        let block =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n"
            + page("c")
        let result = warc([response("urn:uuid:chunks", block: block)])
        #expect(result.failures.isEmpty)
        #expect(result.documents.first?.document.content.contains("Ferry crews") == true)
    }

    @Test func aGzipBodyIsInflatedOnlyUpToTheLimit() throws {
        let bomb = gzipResponse("urn:uuid:bomb", body: [UInt8](repeating: 0x20, count: 3_000_000))
        let fine = gzipResponse("urn:uuid:fine", body: Array(page("d").utf8))
        var reader = WARCArchive(MemoryByteSource(bomb + fine), name: "t.warc", maxDocumentBytes: 1_000_000)
        let result = entries(&reader)
        #expect(result.documents.map(\.document.id) == ["urn:uuid:fine"])
        #expect(result.failures.map(\.id) == ["urn:uuid:bomb"])
        #expect(result.failures.first?.message.contains("inflates to more than 1 MB") == true)
    }

    @Test func aGzipBombUnderThePageLimitIsRefusedByItsRatio() throws {
        // 40 MB of spaces in ~40 KB: a thousand to one, where pages deflate 3 to 15 to one.
        let bomb = gzipResponse("urn:uuid:bomb", body: [UInt8](repeating: 0x20, count: 40_000_000))
        var reader = WARCArchive(MemoryByteSource(bomb), name: "t.warc")
        let result = entries(&reader)
        #expect(result.documents.isEmpty)
        #expect(result.failures.first?.message.contains("decompression bomb") == true)
    }

    @Test func aDamagedMemberCostsOnlyItsRecord() throws {
        let scratch = try Scratch()
        let ids = ["urn:uuid:one", "urn:uuid:two", "urn:uuid:three", "urn:uuid:four"]
        var members = ids.map { gzip(response($0, block: httpResponse(body: page($0)))) }
        // Garble the middle of the second member's deflate data.
        let middle = members[1].count / 2
        for offset in middle..<middle + 16 { members[1][offset] ^= 0x5A }
        let path = try scratch.write("crawl.warc.gz", members.flatMap { $0 })
        var reader = ArchiveInputs([path])
        let result = entries(&reader)
        #expect(result.documents.map(\.document.id) == ["urn:uuid:one", "urn:uuid:three", "urn:uuid:four"])
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.id == "urn:uuid:two")
        #expect(result.failures.first?.message.contains("damaged gzip data") == true)
    }

    @Test func aDamagedHeaderCostsOnlyItsRecord() throws {
        let scratch = try Scratch()
        let ids = ["urn:uuid:one", "urn:uuid:two", "urn:uuid:three"]
        var members = ids.map { gzip(response($0, block: httpResponse(body: page($0)))) }
        members[1][3] = 0xE0  // reserved flag bits: not a valid gzip header
        let path = try scratch.write("crawl.warc.gz", members.flatMap { $0 })
        var reader = ArchiveInputs([path])
        let result = entries(&reader)
        #expect(result.documents.map(\.document.id) == ["urn:uuid:one", "urn:uuid:three"])
        #expect(result.failures.count == 1)
    }
}

@Suite("JSONL limits")
struct JSONLLimitTests {
    @Test func aByteOrderMarkBeforeTheFirstLineIsTheFiles() throws {
        let scratch = try Scratch()
        let text = "{\"id\": \"first\", \"text\": \"The council met.\"}\n{\"id\": \"second\", \"text\": \"It voted.\"}\n"
        let path = try scratch.write("bom.jsonl", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        var reader = ArchiveInputs([path])
        let result = entries(&reader)
        #expect(result.failures.isEmpty)
        #expect(result.documents.map(\.document.id) == ["first", "second"])
        // Only the first line's: elsewhere it is a malformed line.
        let inside = try scratch.write("inside.jsonl", Array(text.utf8) + [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        var second = ArchiveInputs([inside])
        #expect(entries(&second).failures.count == 1)
    }

    @Test func aLineOverTheLimitIsOneFailure() {
        let long = "{\"id\": \"long\", \"text\": \"" + String(repeating: "word ", count: 300_000) + "\"}\n"
        let lines = "{\"id\": \"a\", \"text\": \"before\"}\n" + long + "{\"id\": \"b\", \"text\": \"after\"}\n"
        var reader = JSONLArchive(MemoryByteSource(Array(lines.utf8)), name: "t.jsonl", maxDocumentBytes: 1000)
        let result = entries(&reader)
        #expect(result.documents.map(\.document.id) == ["a", "b"])
        #expect(result.documents.last?.document.source == "t.jsonl:3")
        #expect(result.failures.map(\.source) == ["t.jsonl:2"])
        #expect(result.failures.first?.message.contains("line too long") == true)
    }

    @Test func aTextOverTheLimitIsOneFailure() {
        let line = "{\"id\": \"big\", \"text\": \"" + String(repeating: "word ", count: 400) + "\"}\n"
        var reader = JSONLArchive(MemoryByteSource(Array(line.utf8)), name: "t.jsonl", maxDocumentBytes: 1000)
        let result = entries(&reader)
        #expect(result.documents.isEmpty)
        #expect(result.failures.first?.id == "big")
        #expect(result.failures.first?.message.contains("too large") == true)
    }

    @Test func aGzipBombInAnArchiveIsDamageNotMemory() throws {
        let scratch = try Scratch()
        let bomb = gzip([UInt8](repeating: 0x20, count: 60_000_000))
        let after = gzip("{\"id\": \"after\", \"text\": \"The ferry sailed.\"}\n")
        let path = try scratch.write("bomb.jsonl.gz", bomb + after)
        var reader = ArchiveInputs([path])
        let result = entries(&reader)
        #expect(result.documents.map(\.document.id) == ["after"])
        #expect(result.failures.first?.message.contains("decompression bomb") == true)
    }
}

@Suite("numbers in records")
struct RecordNumberTests {
    @Test func aNegativeLengthIsAnErrorNotATrap() throws {
        let fingerprint = Fingerprinter(options: DedupOptions()).fingerprint(
            "The ferry crews ended their strike on Friday, the union said after a night of talks.")
        var record = SignatureRecord(
            ordinal: 0, id: "a", source: "a", title: nil, outlet: nil, published: nil, length: 40,
            fingerprint: fingerprint.fingerprint, shingles: fingerprint.shingles)
        record.length = Int.min
        record.neighbours = []
        #expect(throws: (any Error).self) { try RecordMatching.cluster([record], options: DedupOptions()) }
        record.length = Int.max
        #expect(try RecordMatching.cluster([record], options: DedupOptions()).count == 1)
    }

    @Test func theBandingSampleGrowsWithTheArchiveUpToABound() {
        let choice = BandingChoice(options: DedupOptions())
        // Every pair of 2,000 contents fits the 2,000,000-pair budget: nothing to sample.
        #expect(choice.sampleCount(nodeCount: 2_000) == 0)
        #expect(choice.samplePositions(nodeCount: 2_000).isEmpty)
        // A small archive's loose banding collides often: the fewest pairs decide.
        #expect(choice.sampleCount(nodeCount: 5_000) == 20_000)
        #expect(choice.samplePositions(nodeCount: 5_000).count == 20_000)
        // 100,000 contents: 20 collisions at the budget's rate (pairs ÷ 2,400,000) need ~41,700.
        let mid = choice.sampleCount(nodeCount: 100_000)
        #expect(mid > 40_000 && mid < 43_000)
        // A million and more: the bound.
        #expect(choice.sampleCount(nodeCount: 1_000_000) == 400_000)
        #expect(choice.sampleCount(nodeCount: 50_000_000) == 400_000)
        // Never more pairs than the archive has, whatever the options.
        var tight = DedupOptions()
        tight.candidateBudgetFloor = 0
        tight.candidateBudgetPerDocument = 0
        #expect(BandingChoice(options: tight).sampleCount(nodeCount: 10) == 45)
        #expect(BandingChoice(options: tight).sampleCount(nodeCount: 3_000) == 400_000)
    }

    @Test func aHugeNodeCountSamplesWithoutATrap() throws {
        let choice = BandingChoice(options: DedupOptions())
        let positions = choice.samplePositions(nodeCount: 4_294_967_297)
        #expect(positions.count == 400_000)
        #expect(positions.allSatisfy { $0.0 >= 0 && $0.0 < 4_294_967_297 && $0.1 >= 0 && $0.1 < 4_294_967_297 })
        #expect(choice.samplePositions(nodeCount: -1).isEmpty)
        #expect(throws: (any Error).self) { try choice.banding(nodeCount: -1, sampled: [:]) }
    }
}
