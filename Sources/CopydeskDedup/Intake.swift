internal import CopydeskArchive
internal import CopydeskExtract
internal import CopydeskIngest
internal import CopydeskText
internal import Foundation
internal import Synchronization

/// One input item after intake: read, its article found, fingerprinted; or the reason it could
/// not be.
public struct IntakeItem: Sendable {
    /// What intake made of the item.
    public enum Content: Sendable {
        /// A document: its fingerprint, sorted shingle set and text length in UTF-8 bytes.
        case document(fingerprint: Fingerprint, shingles: [UInt32], length: Int)
        /// The reason the item could not be read.
        case failure(String)
    }

    /// The id the input gave, when it gave one.
    public var id: String?
    /// The input as the user named it.
    public var source: String
    /// The headline, when found.
    public var title: String?
    /// The outlet, when found.
    public var outlet: String?
    /// The publication date, when found.
    public var published: String?
    /// The page's address, when known.
    public var url: String?
    /// The document, or why there is none.
    public var content: Content
}

/// Reads inputs and fingerprints their documents on every core, handing the results back in
/// input order, a batch at a time, on the calling thread.
///
/// Reading is one stream on the calling thread; article extraction, shingling and MinHash run on
/// worker threads. At most a few batches are in flight, so memory does not depend on the size of
/// the inputs.
public struct Intake: Sendable {
    /// How each document is fingerprinted.
    public let fingerprinter: Fingerprinter
    /// Items per batch handed to the workers and back.
    public var batchSize = 256

    /// An intake fingerprinting as `options` say.
    public init(options: DedupOptions) {
        fingerprinter = Fingerprinter(options: options)
    }

    /// Reads every item of `inputs`.
    /// - Parameters:
    ///   - inputs: files, folders, archives and `-`, read in order.
    ///   - progress: called on the calling thread with the number of items and input bytes read
    ///     so far.
    ///   - warning: called on the calling thread with what a directory walk passed over at no
    ///     cost (a symbolic link loop), as source and message.
    ///   - consume: called on the calling thread with each batch, in input order.
    /// - Returns: items skipped on purpose (WARC records that are not HTML responses), by reason.
    public func run(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil,
        warning: ((_ source: String, _ message: String) -> Void)? = nil,
        consume: ([IntakeItem]) throws -> Void
    ) throws -> [String: Int] {
        var reader = ArchiveInputs(inputs)
        // JSONL texts come over still escaped: the workers unescape them into a buffer each and
        // fingerprint the bytes, with no `String` of the text made on the reading thread.
        reader.defersJSONText = true
        let threads =
            fingerprinter.options.threads > 0
            ? fingerprinter.options.threads : ProcessInfo.processInfo.activeProcessorCount
        let slots = DispatchSemaphore(value: threads * 2)
        let group = DispatchGroup()
        let finished = Finished()
        let scratches = Scratches()
        let queue = DispatchQueue(label: "copydesk.intake", attributes: .concurrent)
        let fingerprinter = self.fingerprinter
        var next = 0
        var dispatched = 0
        var read = 0

        func drain() throws {
            while let items = finished.take(next) {
                try consume(items)
                next += 1
            }
        }

        var batch: [ArchiveEntry] = []
        batch.reserveCapacity(batchSize)
        func dispatch() throws {
            let entries = batch
            let index = dispatched
            batch.removeAll(keepingCapacity: true)
            dispatched += 1
            // Wait for a free slot, handing finished batches on meanwhile.
            while slots.wait(timeout: .now() + .milliseconds(20)) == .timedOut { try drain() }
            group.enter()
            queue.async {
                // Buffers (and the token hash memo) outlive the batch: taken from a pool, handed back.
                var (scratch, text) = scratches.take()
                let items = entries.map { Self.process($0, fingerprinter, scratch: &scratch, text: &text) }
                scratches.give(scratch, text)
                finished.put(index, items)
                slots.signal()
                group.leave()
            }
            try drain()
        }

        while let entry = reader.next() {
            if !reader.warnings.isEmpty {
                for found in reader.warnings { warning?(found.source, found.message) }
                reader.warnings.removeAll()
            }
            batch.append(entry)
            read += 1
            if batch.count == batchSize {
                try dispatch()
                progress?(read, reader.bytesRead)
            }
        }
        for found in reader.warnings { warning?(found.source, found.message) }
        if !batch.isEmpty { try dispatch() }
        group.wait()
        try drain()
        progress?(read, reader.bytesRead)
        return reader.skipped
    }

    /// What intake makes of one entry; `text` is the worker's buffer for escaped JSONL texts.
    static func process(
        _ entry: ArchiveEntry, _ fingerprinter: Fingerprinter, scratch: inout Fingerprinter.Scratch,
        text buffer: inout [UInt8]
    ) -> IntakeItem {
        switch entry {
        case .failure(let failure):
            return IntakeItem(id: failure.id, source: failure.source, content: .failure(failure.message))
        case .document(let archived):
            let document = archived.document
            var item = IntakeItem(
                id: document.id, source: document.source, title: archived.title, outlet: archived.outlet,
                published: archived.published, url: document.url, content: .failure(""))
            if let escaped = archived.escapedText {
                let fingerprint: Fingerprint
                let shingles: [UInt32]
                let length: Int
                if escaped.bytes.count <= escaped.maxBytes {
                    // Tokenised straight from the escaped bytes: no unescaped copy of the text.
                    (fingerprint, shingles, length) = escaped.bytes.withUnsafeBufferPointer {
                        fingerprinter.fingerprint(escapedJSON: $0, scratch: &scratch)
                    }
                } else {
                    // Possibly over the limit: unescaped first, so an oversized text is refused
                    // before it is tokenised.
                    escaped.unescape(into: &buffer)
                    if let message = escaped.tooLarge(buffer.count) {
                        return IntakeItem(id: document.id, source: document.source, content: .failure(message))
                    }
                    length = buffer.count
                    (fingerprint, shingles) = buffer.withUnsafeBufferPointer {
                        fingerprinter.fingerprint(utf8: $0, scratch: &scratch)
                    }
                }
                // The limit a reader that does not defer applies at once, with its words (repaired
                // invalid UTF-8 can make a text longer than its escaped form).
                if let message = escaped.tooLarge(length) {
                    return IntakeItem(id: document.id, source: document.source, content: .failure(message))
                }
                guard fingerprint.shingleCount > 0 else {
                    item.content = .failure("the article has no words to compare")
                    return item
                }
                item.content = .document(fingerprint: fingerprint, shingles: shingles, length: length)
                return item
            }
            let text: String
            if document.kind == .text {
                // An archive's text field is the article already: no need to split and rejoin it.
                text = document.content
            } else {
                do {
                    let article = try archived.article()
                    text = article.text
                    item.title = item.title ?? article.title
                    item.outlet = item.outlet ?? article.outlet
                    item.published = item.published ?? article.published
                } catch {
                    item.content = .failure(error.message)
                    return item
                }
            }
            let (fingerprint, shingles) = fingerprinter.fingerprint(text, scratch: &scratch)
            guard fingerprint.shingleCount > 0 else {
                item.content = .failure("the article has no words to compare")
                return item
            }
            item.content = .document(fingerprint: fingerprint, shingles: shingles, length: text.utf8.count)
            return item
        }
    }
}

/// Batches finished by workers, waiting to be handed on in order.
private final class Finished: Sendable {
    private let batches = Mutex<[Int: [IntakeItem]]>([:])

    func put(_ index: Int, _ items: [IntakeItem]) { batches.withLock { $0[index] = items } }

    func take(_ index: Int) -> [IntakeItem]? { batches.withLock { $0.removeValue(forKey: index) } }
}

/// Workers' buffers between batches: a batch takes one set and gives it back, so buffers and the
/// token hash memo stay warm from batch to batch instead of being made again for each.
private final class Scratches: Sendable {
    private let spare = Mutex<[(Fingerprinter.Scratch, [UInt8])]>([])

    func take() -> (Fingerprinter.Scratch, [UInt8]) {
        spare.withLock { $0.popLast() } ?? (Fingerprinter.Scratch(), [])
    }

    func give(_ scratch: Fingerprinter.Scratch, _ text: [UInt8]) { spare.withLock { $0.append((scratch, text)) } }
}
