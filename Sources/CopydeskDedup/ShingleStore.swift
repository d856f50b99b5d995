internal import Foundation
internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Every document's shingle set, kept on disk so that memory stays bounded by the number of
/// documents rather than by their text, and read back to verify candidate pairs exactly.
///
/// A set is stored as the sorted, duplicate-free high 32 bits of the document's 64-bit shingle
/// hashes: a news article of ~500 words takes ~2 KB. At a million articles that is ~2 GB of
/// file (the page cache keeps what fits) instead of ~4 GB of heap. Two different shingles share
/// their high 32 bits with probability 2⁻³², so a 500-shingle set loses a shingle to a
/// collision about once in 30,000 documents, which moves a Jaccard value by at most 1/500.
///
/// The file is unlinked as soon as it is created: it disappears with the process, even on
/// SIGKILL.
public final class ShingleStore: Sendable {
    /// Where one set lives in the store.
    public struct Location: Sendable, Hashable {
        /// Byte offset in the scratch file.
        public var offset: Int
        /// Shingles in the set (4 bytes each).
        public var count: Int
    }

    private let descriptor: Int32
    /// Bytes written so far; held while a write is under way, so writes never interleave.
    private let end = Mutex(0)

    /// A store in a new scratch file in `directory` (the system's temporary folder by default).
    public init(directory: String? = nil) throws {
        let directory = directory ?? NSTemporaryDirectory()
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
        template += Array("copydesk-shingles-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw DedupError(.scratch, "cannot create a scratch file in \(directory): \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { if let path = $0.baseAddress { _ = unlink(path) } }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Bytes written so far.
    public var byteCount: Int { end.withLock { $0 } }

    /// Stores several sets with one write; returns where each went. Thread-safe.
    public func append(_ sets: [[UInt32]]) throws -> [Location] {
        var locations: [Location] = []
        locations.reserveCapacity(sets.count)
        var buffer: [UInt32] = []
        buffer.reserveCapacity(sets.reduce(0) { $0 + $1.count })
        let descriptor = descriptor
        return try end.withLock { (end: inout Int) throws(DedupError) -> [Location] in
            var offset = end
            for set in sets {
                locations.append(Location(offset: offset, count: set.count))
                buffer += set
                offset += set.count * 4
            }
            let start = end
            // The errno of a failed write, if any (the closure cannot throw a typed error).
            let failure: Int32? = buffer.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return nil }
                var written = 0
                while written < raw.count {
                    let result = pwrite(descriptor, base + written, raw.count - written, off_t(start + written))
                    if result < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    written += result
                }
                return nil
            }
            if let failure {
                throw DedupError(.scratch, "cannot write the scratch file: \(String(cString: strerror(failure)))")
            }
            end = offset
            return locations
        }
    }

    /// Reads one set back into `buffer` (replacing its contents). Thread-safe.
    public func read(_ location: Location, into buffer: inout [UInt32]) throws {
        buffer.removeAll(keepingCapacity: true)
        guard location.count > 0 else { return }
        buffer.append(contentsOf: repeatElement(0, count: location.count))
        try buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let result = pread(descriptor, base + done, raw.count - done, off_t(location.offset + done))
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    throw DedupError(.scratch, "cannot read the scratch file back: \(String(cString: strerror(errno)))")
                }
                done += result
            }
        }
    }
}

extension ShingleStore {
    /// The whole store mapped into memory, read-only, once writing is done: verification reads
    /// sets in place, without a system call or a copy per set.
    public func mapped() throws -> MappedShingles {
        try MappedShingles(descriptor: descriptor, length: byteCount)
    }
}

/// A read-only memory map of a ``ShingleStore``.
///
/// Mapped file pages count as resident once touched, so ``relieve()`` hands them back to the
/// page cache from time to time: resident memory stays bounded by what was touched since, not
/// by the size of the store.
///
/// `@unchecked Sendable` because a raw pointer is not `Sendable`: the mapping is read-only and
/// never moves, so threads may read it at once.
public final class MappedShingles: @unchecked Sendable {
    private let base: UnsafeRawPointer?
    private let length: Int

    init(descriptor: Int32, length: Int) throws {
        self.length = length
        guard length > 0 else {
            base = nil
            return
        }
        let pointer = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0)
        guard let pointer, pointer != MAP_FAILED else {
            throw DedupError(.scratch, "cannot map the scratch file: \(String(cString: strerror(errno)))")
        }
        base = UnsafeRawPointer(pointer)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), length) }
    }

    /// The set stored at `location`.
    public subscript(location: ShingleStore.Location) -> UnsafeBufferPointer<UInt32> {
        guard let base, location.count > 0, location.offset + location.count * 4 <= length else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(
            start: (base + location.offset).assumingMemoryBound(to: UInt32.self), count: location.count)
    }

    /// Drops the mapped pages from this process's resident set; they are read back from the page
    /// cache when next touched. Safe at any time: the mapping is read-only.
    public func relieve() {
        guard let base else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), length, MADV_DONTNEED)
    }
}
