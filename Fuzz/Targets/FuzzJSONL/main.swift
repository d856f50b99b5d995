import CopydeskArchive
import CopydeskExtract
import CopydeskText
import FuzzSupport

/// libFuzzer entry: any bytes as a JSONL archive; every entry is read and each document's
/// article extracted, as dedup reads an archive. The archive is read a second time with the
/// text deferred (handed over escaped, as dedup's intake asks): the two readings must give the
/// same entries, and every deferred text must unescape to the text the first reading gave and
/// tokenise, escapes and all, as that text does (dedup's intake reads it so).
func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    var archive = JSONLArchive(MemoryByteSource(input), name: "fuzz.jsonl")
    drain(&archive, budget: input.count + 1)

    var plain = JSONLArchive(MemoryByteSource(input), name: "fuzz.jsonl")
    var deferred = JSONLArchive(MemoryByteSource(input), name: "fuzz.jsonl")
    deferred.defersText = true
    var buffer: [UInt8] = []
    let tokenizer = WordTokenizer()
    var tokens = TokenizedText()
    while let expected = plain.next() {
        guard let found = deferred.next() else { preconditionFailure("the deferred reading has fewer entries") }
        switch (expected, found) {
        case (.document(let a), .document(let b)):
            precondition(a.document.id == b.document.id && a.published == b.published, "metadata differs")
            guard let escaped = b.escapedText else {
                precondition(a.document.content == b.document.content, "an undeferred text differs")
                continue
            }
            escaped.unescape(into: &buffer)
            if escaped.tooLarge(buffer.count) == nil {
                precondition(String(decoding: buffer, as: UTF8.self) == a.document.content, "a deferred text differs")
                // Dedup tokenises the escaped bytes directly: the same tokens and keys as the text.
                let expected = tokenizer.tokenize(a.document.content)
                let length = escaped.bytes.withUnsafeBufferPointer { tokenizer.tokenize(escapedJSON: $0, into: &tokens) }
                precondition(length == a.document.content.utf8.count, "the escaped reading's length differs")
                precondition(Array(tokens.tokens) == Array(expected.tokens), "the escaped reading's tokens differ")
                precondition(Array(tokens.keyBytes) == Array(expected.keyBytes), "the escaped reading's keys differ")
                precondition(Array(tokens.keyOffsets) == Array(expected.keyOffsets), "the escaped reading's keys differ")
                _ = escaped.bytes.withUnsafeBufferPointer { tokenizer.tokenizeKeys(escapedJSON: $0, into: &tokens) }
                precondition(Array(tokens.keyBytes) == Array(expected.keyBytes), "the keys-only reading differs")
                precondition(Array(tokens.keyOffsets) == Array(expected.keyOffsets), "the keys-only reading differs")
            }
        case (.failure(let a), .failure(let b)):
            precondition(a.message == b.message, "failures differ")
        case (.failure, .document(let b)):
            // Only a refusal by length is left to whoever unescapes a deferred text.
            guard let escaped = b.escapedText else { preconditionFailure("a failure became a document") }
            escaped.unescape(into: &buffer)
            precondition(escaped.tooLarge(buffer.count) != nil, "a failure became a document")
        case (.document, .failure):
            preconditionFailure("a document became a failure")
        }
    }
    precondition(deferred.next() == nil, "the deferred reading has more entries")
    return 0
}

runFuzzer { data, size in fuzzJSONL(data, size) }
