internal import Dispatch
public import CopydeskText
internal import Synchronization

/// What became of one entry of a run, in the order the inputs were given.
public enum ExtractionResult: Sendable {
    case article(Article)
    case failure(IngestError)
    /// Something skipped that cost nothing (a symbolic link loop in a directory).
    case warning(source: String, message: String)
}

/// Extracts the articles of many inputs on all cores and hands the results back in input order,
/// a slice at a time, so a directory of a million pages neither waits for the last page before
/// printing the first nor holds them all in memory.
public struct ArticleBatch: Sendable {
    /// The resolved arguments: inputs, and the arguments or files that gave none.
    public let entries: [InputResolver.Entry]
    /// Whether the run is about several inputs (several arguments, or a directory), so that
    /// output is a list even when only one article came out.
    public let isCollection: Bool
    public var reader: InputReader
    public var extractor: ArticleExtractor

    public init(arguments: [String], reader: InputReader = InputReader(), extractor: ArticleExtractor = ArticleExtractor()) {
        entries = InputResolver().resolve(arguments)
        if arguments.count == 1, entries.count == 1, case .input(let input) = entries[0] {
            // One argument that stood for itself, not a directory that held one file.
            isCollection = input.source != arguments[0]
        } else {
            isCollection = true
        }
        self.reader = reader
        self.extractor = extractor
    }

    /// Reads and extracts every input, calling `deliver` on the caller's thread in input order.
    ///
    /// - Parameter slice: how many inputs run in parallel before their results are delivered.
    public func run(slice: Int = 256, deliver: (ExtractionResult) -> Void) {
        var start = 0
        while start < entries.count {
            let end = min(start + max(slice, 1), entries.count)
            let results = Mutex<[ExtractionResult?]>(Array(repeating: nil, count: end - start))
            let first = start
            DispatchQueue.concurrentPerform(iterations: end - start) { offset in
                let result = process(entries[first + offset])
                results.withLock { $0[offset] = result }
            }
            for result in results.withLock({ $0 }) {
                if let result { deliver(result) }
            }
            start = end
        }
    }

    /// One entry, start to finish; an error in one never stops the others.
    public func process(_ entry: InputResolver.Entry) -> ExtractionResult {
        switch entry {
        case .failure(let error):
            return .failure(error)
        case .warning(let source, let message):
            return .warning(source: source, message: message)
        case .input(let input):
            do throws(IngestError) {
                let document = try reader.read(input)
                return .article(try extractor.extract(document))
            } catch {
                return .failure(error)
            }
        }
    }
}
