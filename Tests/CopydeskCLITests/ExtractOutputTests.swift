import Foundation
import CopydeskTestSupport
import Testing

@Suite struct ExtractOutputTests {
    static let keys = [
        "source", "id", "title", "byline", "published", "outlet", "url", "credit", "dateline", "language", "paragraphs",
        "text", "word_count", "warnings",
    ]

    /// The top-level keys of a JSON object in the order written.
    private func keyOrder(_ json: Substring) -> [String] {
        var keys: [String] = []
        var depth = 0
        var index = json.startIndex
        var inString = false
        var stringStart = index
        while index < json.endIndex {
            let c = json[index]
            if inString {
                if c == "\\" {
                    index = json.index(after: index)
                } else if c == "\"" {
                    inString = false
                    let after = json[json.index(after: index)...].drop { $0 == " " }
                    if depth == 1 && after.first == ":" {
                        keys.append(String(json[json.index(after: stringStart)..<index]))
                    }
                }
            } else if c == "\"" {
                inString = true
                stringStart = index
            } else if c == "{" || c == "[" {
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
            }
            index = json.index(after: index)
        }
        return keys
    }

    @discardableResult
    private func story(_ scratch: Scratch, _ name: String) throws -> String {
        try scratch.write(name, InputFixtures.page(body: InputFixtures.storyBody))
    }

    @Test func jsonIsOneObjectForOneInputWithKeysInOrder() throws {
        let scratch = try Scratch()
        let path = try story(scratch, "afp-xi.html")
        let result = try CLI.run(["extract", "--format", "json", path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{"))
        #expect(keyOrder(result.stdout[...]) == Self.keys)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "afp-xi")
        #expect(object["source"] as? String == path)
        #expect((object["paragraphs"] as? [String])?.contains(InputFixtures.storyParagraphs[2]) == true)
    }

    @Test func jsonIsAnArrayForSeveralInputsInInputOrder() throws {
        let scratch = try Scratch()
        let paths = try ["c.html", "a.html", "b.html"].map { try story(scratch, $0) }
        let result = try CLI.run(["extract", "--format", "json"] + paths)
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { $0["id"] as? String } == ["c", "a", "b"])
    }

    @Test func jsonlIsOneObjectPerLine() throws {
        let scratch = try Scratch()
        try story(scratch, "site/one.html")
        try scratch.write("site/two.txt", InputFixtures.storyParagraphs.joined(separator: "\n\n"))
        let result = try CLI.run(["extract", "--format", "jsonl", scratch.path("site")])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            #expect(keyOrder(line) == Self.keys)
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func textSeparatesArticlesWithARule() throws {
        let scratch = try Scratch()
        let a = try story(scratch, "a.html")
        let b = try scratch.write("b.txt", InputFixtures.storyParagraphs.joined(separator: "\n\n"))
        let result = try CLI.run(["extract", a, b])
        #expect(result.status == 0)
        let rule = String(repeating: "─", count: 72)
        let parts = result.stdout.components(separatedBy: "\n\(rule)\n")
        #expect(parts.count == 2)
        #expect(parts[0].contains("Source: \(a)"))
        #expect(parts[1].contains("Source: \(b)"))
        #expect(parts[1].contains(InputFixtures.storyParagraphs[3]))
    }

    @Test func standardInputIsSniffed() throws {
        let html = try CLI.run(
            ["extract", "--format", "jsonl", "-"], stdin: Data(InputFixtures.page(body: InputFixtures.storyBody).utf8))
        #expect(html.status == 0)
        #expect(html.stdout.contains("\"source\":\"-\",\"id\":\"stdin\""))
        #expect(!html.stdout.contains("<h1>"))
        let text = try CLI.run(
            ["extract", "--format", "jsonl", "-"], stdin: Data("A plain story.\n\nWith <b> in prose.".utf8))
        #expect(text.status == 0)
        #expect(text.stdout.contains("\"paragraphs\":[\"A plain story.\",\"With \\u003cb\\u003e in prose.\"]"))
        let empty = try CLI.run(["extract", "-"], stdin: Data())
        #expect(empty.status == 1)
        #expect(empty.errorLines == ["copydesk: -: nothing on standard input"])
    }

    @Test func idsStayUniqueWithinARun() throws {
        let scratch = try Scratch()
        let a = try story(scratch, "a/story.html")
        let b = try story(scratch, "b/story.html")
        let result = try CLI.run(["extract", "--format", "jsonl", a, b])
        #expect(result.stdout.contains("\"id\":\"story\""))
        #expect(result.stdout.contains("\"id\":\"story-2\""))
    }

    @Test func manyInputsKeepTheirOrder() throws {
        let scratch = try Scratch()
        var paths: [String] = []
        for i in 0..<60 {
            paths.append(try scratch.write("p\(i).txt", "Story \(i) begins here.\n\nAnd ends here."))
        }
        let result = try CLI.run(["extract", "--format", "jsonl"] + paths)
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? String
        }
        #expect(ids == (0..<60).map { "p\($0)" })
    }
}
