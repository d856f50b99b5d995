import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskText
import CopydeskTestSupport
import Testing

@Suite struct InputBatchTests {
    @Test func resultsComeBackInInputOrderWithFailuresInPlace() throws {
        let scratch = try Scratch()
        var arguments: [String] = []
        for i in 0..<40 {
            let name = i < 10 ? "0\(i)" : "\(i)"
            if i % 5 == 3 {
                arguments.append(try scratch.write("\(name).html", []))  // empty: fails
            } else {
                arguments.append(try scratch.write("\(name).txt", "Story number \(i).\n\nIts second paragraph."))
            }
        }
        arguments.insert(scratch.path("missing.html"), at: 7)
        let batch = ArticleBatch(arguments: arguments)
        var seen: [String] = []
        // A small slice, so the order must hold across slices too.
        batch.run(slice: 4) { result in
            switch result {
            case .article(let article): seen.append(article.source)
            case .failure(let error): seen.append("failed \(error.source)")
            case .warning(let source, _): seen.append("warned \(source)")
            }
        }
        let expected = arguments.map { path in
            path.hasSuffix(".html") ? "failed \(path)" : path
        }
        #expect(seen == expected)
        #expect(batch.isCollection)
    }

    @Test func oneFileIsNotACollectionButADirectoryIs() throws {
        let scratch = try Scratch()
        let file = try scratch.write("site/only.txt", "One story.")
        #expect(!ArticleBatch(arguments: [file]).isCollection)
        #expect(ArticleBatch(arguments: [scratch.path("site")]).isCollection)
        #expect(ArticleBatch(arguments: [file, file]).isCollection)
    }
}
