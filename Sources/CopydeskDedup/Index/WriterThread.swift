internal import CopydeskSimilarity
internal import Foundation

/// A document made ready for ``IndexWriter`` away from the writer's thread: everything about it
/// that does not depend on the index (its band keys, byte sketch, encoded set and signature).
/// Encoding the set alone was 4% of an `add` on the one thread that writes.
struct PreparedDocument: Sendable {
    var item: IntakeItem
    var id: String
    var hash: Int64
    var fingerprint: Fingerprint
    var shingles: [UInt32]
    var length: Int
    /// The stored band keys, ascending, without repeats.
    var keys: [UInt32]
    var sketch: [UInt8]
    /// The shingle set as stored (``ShingleSetCodec``).
    var encodedSet: [UInt8]
    /// The signature as stored: 32-bit little-endian values.
    var encodedSignature: [UInt8]

    /// `item` prepared for an index banded by `parameters` and `lead`; nil for an item that
    /// could not be read (it is reported, not written).
    init?(_ item: IntakeItem, parameters: LSHParameters, lead: LSHParameters) {
        guard case .document(let fingerprint, let shingles, let length) = item.content else { return nil }
        self.item = item
        id = item.id ?? item.source
        hash = Int64(bitPattern: fingerprint.contentHash.high)
        self.fingerprint = fingerprint
        self.shingles = shingles
        self.length = length
        var keys = IndexLookup.keys(fingerprint, parameters: parameters, lead: lead).map(IndexSchema.storedKey)
        SetSimilarity.sortUnique(&keys)
        self.keys = keys
        sketch = DocumentSketch.of(fingerprint.signature)
        encodedSet = ShingleSetCodec.encode(shingles)
        encodedSignature = IndexSchema.encodeRows(fingerprint.signature)
    }
}

/// An item of intake as the writer takes it.
enum PreparedItem: Sendable {
    case document(PreparedDocument)
    /// An item that could not be read, with the reason in its content.
    case failure(IntakeItem)

    init(_ item: IntakeItem, parameters: LSHParameters, lead: LSHParameters) {
        self = PreparedDocument(item, parameters: parameters, lead: lead).map { .document($0) } ?? .failure(item)
    }
}

/// The one thread that writes an index during `add`: batches of prepared documents are handed
/// to it through a short queue, so reading and preparing the next documents (on the calling
/// thread) and fingerprinting them (on the workers) go on while it looks up, verifies,
/// re-clusters and writes. SQLite's connection and the writer's in-memory tables are touched
/// by this thread only, from ``start()`` until ``finish()`` returns.
final class WriterThread: @unchecked Sendable {
    /// Batches waiting; at most ``depth``, so memory stays bounded when writing is the slower
    /// side.
    private var queue: [[PreparedItem]] = []
    private var closed = false
    private var done = false
    /// The first error of the writer; the calling thread rethrows it at its next hand-over.
    private var failure: (any Error)?
    private let condition = NSCondition()
    private let depth = 4
    private let work: (_ items: [PreparedItem]) throws -> Void
    private let end: () throws -> Void
    private let cancel: () -> Void
    private var abandoned = false

    /// - Parameters:
    ///   - work: called on the writer thread with each batch, in order.
    ///   - end: called on the writer thread after the last batch (not after a failure).
    ///   - cancel: called on the writer thread instead of `end` when the calling side gave up
    ///     (``abandon()``), or after `work` failed: undo what is not committed.
    init(
        work: @escaping (_ items: [PreparedItem]) throws -> Void, end: @escaping () throws -> Void,
        cancel: @escaping () -> Void
    ) {
        self.work = work
        self.end = end
        self.cancel = cancel
    }

    func start() {
        let thread = Thread { [self] in run() }
        // The writer holds the transaction open; a deep stack is not needed, 8 MB is ample for
        // SQLite and the clustering.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty, !closed { condition.wait() }
            if queue.isEmpty {
                condition.unlock()
                break
            }
            let items = queue.removeFirst()
            condition.broadcast()
            let failed = failure != nil
            condition.unlock()
            // After a failure the remaining batches are only taken off the queue.
            if failed { continue }
            do {
                try work(items)
            } catch {
                condition.lock()
                failure = error
                condition.broadcast()
                condition.unlock()
            }
        }
        condition.lock()
        let failed = failure != nil || abandoned
        condition.unlock()
        if failed {
            cancel()
        } else {
            do {
                try end()
            } catch {
                cancel()
                condition.lock()
                failure = error
                condition.unlock()
            }
        }
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands a batch to the writer, waiting while the queue is full; throws the writer's error
    /// once it has failed, so reading stops.
    func send(_ items: [PreparedItem]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth, failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(items)
        condition.broadcast()
    }

    /// Waits for the writer to write everything sent (or to fail); rethrows its error.
    func finish() throws {
        condition.lock()
        closed = true
        condition.broadcast()
        while !done { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Stops the writer after a failure on the calling side (reading); waits for it to end.
    func abandon() {
        condition.lock()
        closed = true
        abandoned = true
        queue.removeAll()
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
    }
}
