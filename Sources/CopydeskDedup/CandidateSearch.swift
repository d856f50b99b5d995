internal import CopydeskSimilarity
internal import Foundation
internal import Synchronization

/// Pairs of documents worth verifying, found by LSH banding over the stored signatures.
///
/// Bands are processed one at a time (sort the documents by band key, pair those with equal
/// keys), so the band tables never all sit in memory together: one band of a million documents
/// is 16 MB. Bands run on all cores.
struct CandidateSearch {
    let parameters: LSHParameters
    let largestBucket: Int
    let threads: Int

    /// Candidate pairs (lower entry index in the high 32 bits), sorted and without repeats.
    /// - Parameter documents: the entries to consider (one per distinct content).
    func pairs(in table: SignatureTable, documents: [Int32]) -> [UInt64] {
        let bands = parameters.bands
        let collected = Collected()
        let width = table.width
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var keyed: [(key: UInt64, entry: Int32)] = []
            keyed.reserveCapacity(documents.count)
            var scratch: [(key: UInt64, entry: Int32)] = []
            var pairs: [UInt64] = []
            var pairScratch: [UInt64] = []
            for band in stride(from: worker, to: bands, by: threads) {
                keyed.removeAll(keepingCapacity: true)
                table.values.withUnsafeBufferPointer { signatures in
                    for entry in documents {
                        let start = table.starts[Int(entry)]
                        let key = BandKey.of(
                            UnsafeBufferPointer(rebasing: signatures[start..<start + width]), band: band,
                            rows: parameters.rows)
                        keyed.append((key, entry))
                    }
                }
                KeyedSort.sort(&keyed, scratch: &scratch)
                var runStart = 0
                while runStart < keyed.count {
                    var runEnd = runStart + 1
                    while runEnd < keyed.count, keyed[runEnd].key == keyed[runStart].key { runEnd += 1 }
                    let run = keyed[runStart..<runEnd]
                    if run.count <= largestBucket {
                        for i in run.indices {
                            for j in (i + 1)..<runEnd { pairs.append(Self.pack(run[i].entry, run[j].entry)) }
                        }
                    } else {
                        // A chain keeps everyone connected with a linear number of pairs; the
                        // clustering checks each member against the representative anyway.
                        for i in run.indices.dropLast() { pairs.append(Self.pack(run[i].entry, run[i + 1].entry)) }
                    }
                    runStart = runEnd
                }
                if pairs.count > 1 << 22 {
                    RadixSort.sortUnique(&pairs, scratch: &pairScratch)
                }
            }
            RadixSort.sortUnique(&pairs, scratch: &pairScratch)
            collected.add(pairs)
        }
        var all = collected.all()
        var allScratch: [UInt64] = []
        RadixSort.sortUnique(&all, scratch: &allScratch)
        return all
    }

    static func pack(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }

    static func unpack(_ pair: UInt64) -> (Int, Int) {
        (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
    }
}

/// The LSH key of one band of a signature: its rows hashed together with the band's number, so
/// equal rows in different bands give different keys (one table can hold every band, as the
/// index's does).
public enum BandKey {
    /// - Parameters:
    ///   - signature: the MinHash signature (or lead signature).
    ///   - band: the band's number, hashed into its key.
    ///   - rows: values per band.
    ///   - offset: where the band's rows start; `band * rows` when nil.
    public static func of(_ signature: UnsafeBufferPointer<UInt32>, band: Int, rows: Int, offset: Int? = nil) -> UInt64
    {
        var hash = ContentHash.mix(0x4241_4E44 &+ UInt64(band))
        let start = offset ?? band * rows
        for row in start..<min(start + rows, signature.count) {
            hash = ContentHash.mix(hash ^ UInt64(signature[row]))
        }
        return hash
    }

    /// Every band's key, for `bands` bands of `rows` rows.
    public static func all(_ signature: [UInt32], bands: Int, rows: Int) -> [UInt64] {
        signature.withUnsafeBufferPointer { buffer in
            (0..<min(bands, buffer.count / max(rows, 1))).map { of(buffer, band: $0, rows: rows) }
        }
    }
}

private final class Collected: Sendable {
    private let pairs = Mutex<[UInt64]>([])

    func add(_ more: [UInt64]) { pairs.withLock { $0 += more } }

    func all() -> [UInt64] { pairs.withLock { $0 } }
}
