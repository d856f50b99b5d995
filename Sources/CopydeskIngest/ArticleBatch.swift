import CopydeskArchive
public import CopydeskExtract

internal import CLibXML2
public import CopydeskText
internal import Dispatch
internal import Foundation
import Synchronization

/// What became of one entry of a run, in the order the inputs were given.
public enum ExtractionResult: Sendable {
    /// The article of an input.
    case article(Article)
    /// An input that gave no article, with the reason.
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
    /// How each input is read (size limit, timeout, redirects).
    public var reader: InputReader
    /// How each document becomes an article.
    public var extractor: ArticleExtractor

    /// Resolves `arguments` (files, folders, URLs, `-`) into entries at once; nothing is read until
    /// ``run(slice:workers:deliver:)``.
    public init(
        arguments: [String], reader: InputReader = InputReader(), extractor: ArticleExtractor = ArticleExtractor()
    ) {
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
    /// - Parameters:
    ///   - slice: how many inputs run in parallel before their results are delivered.
    ///   - workers: threads to run on; `nil` for one per core.
    ///   - deliver: called with each entry's result, on the calling thread, in input order.
    public func run(slice: Int = 256, workers: Int? = nil, deliver: (ExtractionResult) -> Void) {
        let workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
        // libxml2 sets up its global tables on first use, which is not safe to race: do it once
        // here, before parsing on several threads (calling it again is harmless).
        xmlInitParser()
        var start = 0
        while start < entries.count {
            let end = min(start + max(slice, 1), entries.count)
            let slots = ResultSlots(entries: Array(entries[start..<end]))
            let threads = max(1, min(workers, end - start))
            let finished = DispatchSemaphore(value: 0)
            for _ in 0..<threads {
                // Threads of our own rather than Dispatch's: a worker's stack is small, and a
                // page nested 100,000 deep must not overflow whatever walks it.
                let thread = Thread { [self] in
                    while let (index, entry) = slots.claim() {
                        slots.store(process(entry), at: index)
                    }
                    finished.signal()
                }
                thread.stackSize = Self.stackSize
                thread.start()
            }
            for _ in 0..<threads { finished.wait() }
            for result in slots.results { deliver(result) }
            start = end
        }
    }

    /// 64 MB: address space only, pages are committed as they are touched.
    static let stackSize = 64 << 20

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

/// The entries of one slice, handed out one at a time, and their results in entry order.
private final class ResultSlots: Sendable {
    private struct State {
        var next = 0
        var slots: [ExtractionResult?]
    }

    private let entries: [InputResolver.Entry]
    private let state: Mutex<State>

    init(entries: [InputResolver.Entry]) {
        self.entries = entries
        state = Mutex(State(slots: Array(repeating: nil, count: entries.count)))
    }

    func claim() -> (Int, InputResolver.Entry)? {
        state.withLock { state in
            guard state.next < entries.count else { return nil }
            defer { state.next += 1 }
            return (state.next, entries[state.next])
        }
    }

    func store(_ result: ExtractionResult, at index: Int) {
        state.withLock { $0.slots[index] = result }
    }

    var results: [ExtractionResult] { state.withLock { $0.slots.compactMap { $0 } } }
}
