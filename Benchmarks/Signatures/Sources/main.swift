// signature-bench: times Copydesk's signature pipeline on documents written by bench.py.
//
//   signature-bench tokens  DOCS.jsonl OUT.txt       token keys per document, one line each
//   signature-bench measure DOCS.jsonl SHINGLES.txt  timings and sample estimates as JSON
//
// DOCS.jsonl holds one JSON string per line (a document); SHINGLES.txt one document per line,
// its shingle strings separated by tabs (what rensa and datasketch are fed).
import CopydeskSimilarity
import CopydeskText
import Dispatch
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("signature-bench: " + message + "\n").utf8))
    exit(2)
}

func readDocuments(_ path: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    // Each line is parsed alone (one big `[...]` would need the newlines turned into commas).
    var texts: [String] = []
    var start = data.startIndex
    for index in data.indices where data[index] == UInt8(ascii: "\n") {
        let line = data[start..<index]
        start = index + 1
        guard let text = try? JSONSerialization.jsonObject(with: line, options: .fragmentsAllowed) as? String else {
            fail("\(path): a line is not a JSON string")
        }
        // Native, contiguous UTF-8 strings, as a reader of files would have.
        texts.append(String(decoding: Array(text.utf8), as: UTF8.self))
    }
    return texts
}

/// Shingle strings of every document, flattened: bytes back to back, with offsets.
struct ShingleFile {
    var bytes: [UInt8] = []
    var ends: [Int] = []  // end offset of each shingle
    var offsets: [Int] = []  // 0, then the end offset of each shingle: shingle i is offsets[i]..<offsets[i + 1]
    var documentEnds: [Int] = []  // end index (in shingles) of each document

    init(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var documentEnds: [Int] = []
        bytes.reserveCapacity(data.count)
        for byte in [UInt8](data) {
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                if ends.last != bytes.count { ends.append(bytes.count) }
                if byte == UInt8(ascii: "\n") { documentEnds.append(ends.count) }
            } else {
                bytes.append(byte)
            }
        }
        self.bytes = bytes
        self.ends = ends
        self.offsets = [0] + ends
        self.documentEnds = documentEnds
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else { fail("usage: signature-bench tokens|measure DOCS.jsonl FILE") }
let documents = readDocuments(arguments[2])
let n = 5
let k = 128

if arguments[1] == "tokens" {
    var output = ""
    var tokens = TokenizedText()
    let tokenizer = WordTokenizer()
    for document in documents {
        tokenizer.tokenize(document, into: &tokens)
        output += (0..<tokens.count).map { tokens.key($0) }.joined(separator: " ")
        output += "\n"
    }
    _ = FileManager.default.createFile(atPath: arguments[3], contents: Data(output.utf8))
    exit(0)
}

let shingleFile = ShingleFile(arguments[3])
guard shingleFile.documentEnds.count == documents.count else { fail("documents and shingle lines differ in count") }
let threads = ProcessInfo.processInfo.activeProcessorCount
let repeats = Int(ProcessInfo.processInfo.environment["BENCH_REPEATS"] ?? "") ?? 5

/// Result slots written by disjoint ranges of documents from several threads. Raw memory, not a
/// class's array property: that would add a dynamic exclusivity check to every store.
struct Slots: @unchecked Sendable {
    let signatures: UnsafeMutableBufferPointer<MinHashSignature>
    init(_ count: Int) {
        signatures = .allocate(capacity: count)
        _ = signatures.initialize(from: repeatElement(MinHashSignature(values: []), count: count))
    }

    /// Frees the signatures, as Python frees a run's rensa and datasketch objects once the next
    /// run's result replaces them: without this every run would take fresh pages from the system
    /// (a page fault per few signatures), which the peers' runs after the first do not.
    func free() {
        signatures.deinitialize()
        signatures.deallocate()
    }
}

/// CPU time used by the whole process so far: on a machine shared with other jobs it counts only
/// the time this process actually ran, which wall-clock time does not.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `work` over documents split into `threadCount` contiguous chunks; returns wall-clock and
/// process CPU seconds.
func timed(threadCount: Int, _ work: @escaping @Sendable (Range<Int>, Slots) -> Void) -> (Double, Double, Slots) {
    let slots = Slots(documents.count)
    let count = documents.count
    let cpuStart = processCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    if threadCount == 1 {
        work(0..<count, slots)
    } else {
        DispatchQueue.concurrentPerform(iterations: threadCount) { part in
            work((count * part / threadCount)..<(count * (part + 1) / threadCount), slots)
        }
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (elapsed, processCPUSeconds() - cpuStart, slots)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// From raw text: tokenise, normalise, hash tokens, build word 5-gram hashes, MinHash.
func fromText(_ hasher: MinHasher) -> @Sendable (Range<Int>, Slots) -> Void {
    // Locals, not the top-level globals: globals are checked for exclusive access on every read.
    let documents = documents
    return { range, slots in
        let shingler = Shingler(kind: .words(n))
        var scratch = TokenizedText()
        var hashes: [UInt64] = []
        for index in range {
            hashes.removeAll(keepingCapacity: true)
            shingler.appendHashes(of: documents[index], to: &hashes, scratch: &scratch)
            slots.signatures[index] = hasher.signature(hashes)
        }
    }
}

/// From the same shingle strings the peers get: each document's strings as one byte buffer with
/// offsets (how they sit in the file), hashed and binned in one pass by
/// `MinHasher.signature(strings:offsets:)`.
func fromShingles(_ hasher: MinHasher) -> @Sendable (Range<Int>, Slots) -> Void {
    let shingleFile = shingleFile
    return { range, slots in
        shingleFile.bytes.withUnsafeBytes { bytes in
            shingleFile.offsets.withUnsafeBufferPointer { offsets in
                shingleFile.documentEnds.withUnsafeBufferPointer { documentEnds in
                    for index in range {
                        let first = index == 0 ? 0 : documentEnds[index &- 1]
                        let last = documentEnds[index]
                        slots.signatures[index] = hasher.signature(
                            strings: bytes, offsets: UnsafeBufferPointer(rebasing: offsets[first...last]))
                    }
                }
            }
        }
    }
}

var results: [String: Any] = [
    "documents": documents.count, "shingles": shingleFile.ends.count, "threads": threads, "k": k,
    "signature_bytes": MinHasher(k: k).signature([1]).byteCount,
]
var samples: [String: Any] = [:]
let cases: [(String, MinHasher, (MinHasher) -> @Sendable (Range<Int>, Slots) -> Void)] = [
    ("text_oph", MinHasher(k: k, algorithm: .onePermutation), fromText),
    ("shingles_oph", MinHasher(k: k, algorithm: .onePermutation), fromShingles),
    ("shingles_classic", MinHasher(k: k, algorithm: .classic), fromShingles),
]
for (name, hasher, make) in cases {
    for threadCount in [1, threads] {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var last = Slots(0)
        // Classic MinHash is ~50x slower: fewer repeats keep the run short.
        if let only = ProcessInfo.processInfo.environment["BENCH_ONLY"], only != name { continue }
        for _ in 0..<(name.hasSuffix("classic") ? min(repeats, 3) : repeats) {
            let (seconds, cpuSeconds, slots) = timed(threadCount: threadCount, make(hasher))
            times.append(seconds)
            cpuTimes.append(cpuSeconds)
            // The previous run's signatures lived while this run made its own (as `result` in
            // bench.py does); now they go.
            last.free()
            last = slots
        }
        guard !times.isEmpty else { continue }
        results["\(name)_t\(threadCount)_seconds"] = median(times)
        results["\(name)_t\(threadCount)_cpu_seconds"] = median(cpuTimes)
        if threadCount == 1 {
            // Estimates for the first 200 document pairs (2i, 2i + 1), to check all tools agree.
            samples[name] = stride(
                from: 0,
                to: min(Int(ProcessInfo.processInfo.environment["BENCH_PAIRS"] ?? "") ?? 400, documents.count - 1),
                by: 2
            ).map {
                last.signatures[$0].estimate(last.signatures[$0 + 1])
            }
        }
        last.free()
    }
}
results["estimates"] = samples
let json = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
