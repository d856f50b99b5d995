internal import CopydeskArchive
internal import CopydeskExtract
internal import CopydeskIngest
internal import CopydeskText
internal import CopydeskSimilarity

/// One input item of a reused-passage search: a document with its text, or the reason it could
/// not be read.
public struct ReuseDocument: Sendable {
    /// The item's id, when the archive or page gave one.
    public var id: String?
    /// Where the item was read: a file, `archive.jsonl:12`, `crawl.warc@1024`.
    public var source: String
    /// The headline, when known.
    public var title: String?
    /// The outlet, when known.
    public var outlet: String?
    /// As the archive or page gave it (ISO 8601 when it could be read as a date).
    public var published: String?
    /// The text offsets count in: a JSONL line's `text` exactly as given, a page's article text
    /// as `copydesk extract` prints it. Nil when the item could not be read.
    public var text: String?
    /// Why the item could not be read (or has no words to compare).
    public var error: String?

    /// A document from its parts; give `text` for a readable item, `error` for one that could not
    /// be read.
    public init(
        id: String?, source: String, title: String? = nil, outlet: String? = nil, published: String? = nil,
        text: String?, error: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.outlet = outlet
        self.published = published
        self.text = text
        self.error = error
    }

    /// The name output uses for the document: its id, else where it was read.
    public var name: String { id ?? source }

    /// Reads every item of `inputs` (directories, JSONL, WARC, pages, `-`) in input order, as
    /// dedup reads them: every item becomes one document, readable or not.
    /// - Returns: the documents and the items skipped on purpose (WARC records that are not HTML
    ///   responses), by reason.
    public static func read(
        _ inputs: [String], progress: ((_ items: Int, _ bytes: Int) -> Void)? = nil,
        warning: ((_ source: String, _ message: String) -> Void)? = nil
    ) -> (documents: [ReuseDocument], skipped: [String: Int]) {
        var reader = ArchiveInputs(inputs)
        var documents: [ReuseDocument] = []
        while let entry = reader.next() {
            for found in reader.warnings { warning?(found.source, found.message) }
            reader.warnings.removeAll()
            documents.append(document(entry))
            if documents.count % 256 == 0 { progress?(documents.count, reader.bytesRead) }
        }
        for found in reader.warnings { warning?(found.source, found.message) }
        progress?(documents.count, reader.bytesRead)
        return (documents, reader.skipped)
    }

    /// One archive entry as a document: text items as given, pages through the extractor.
    static func document(_ entry: ArchiveEntry) -> ReuseDocument {
        switch entry {
        case .failure(let failure):
            return ReuseDocument(id: failure.id, source: failure.source, text: nil, error: failure.message)
        case .document(let archived):
            let document = archived.document
            var item = ReuseDocument(
                id: document.id, source: document.source, title: archived.title, outlet: archived.outlet,
                published: archived.published, text: nil)
            if document.kind == .text {
                item.text = document.content
            } else {
                do {
                    let article = try archived.article()
                    item.text = article.text
                    item.title = article.title
                    item.outlet = article.outlet
                    item.published = article.published
                } catch {
                    item.error = error.message
                }
            }
            return item
        }
    }
}

/// A document's words as the passage search uses them: each word's span in the text, its hash
/// (equal words, equal hashes) and its normalised form (for OCR-tolerant comparison).
struct ReuseWords: Sendable {
    /// Unicode scalar offsets of each word in the document's text.
    var spans: [Range<Int32>]
    /// One hash per word, of its normalised form.
    var hashes: [UInt64]
    /// Seed n-gram hashes: n-gram `p` covers words `p ..< p + n`. Empty when the document has
    /// fewer than `n` words.
    var seeds: [UInt64]
    /// Normalised forms, back to back (`keys[keyOffsets[i] ..< keyOffsets[i + 1]]`).
    var keys: [UInt8]
    var keyOffsets: [Int32]
    /// Set when the document was longer than the search's word limit.
    var truncated: Bool
    /// Whether a sentence or paragraph ends after each word (a full stop, question or
    /// exclamation mark, or a line break before the next word; the last word too).
    var endsSentence: [Bool]
    /// Words in many documents of the archive (see ``ReuseFinder``): set once all are read.
    var common: [Bool] = []
    /// Words every seed n-gram around which is boilerplate (in more documents than the cap):
    /// the inside of a footer every story carries. Empty until the seeds are counted.
    var stock: [Bool] = []

    var count: Int { hashes.count }

    init(_ text: String, seedWords: Int, maximumWords: Int) {
        var tokens = WordTokenizer().tokenize(text)
        truncated = tokens.count > maximumWords
        if truncated {
            // Re-tokenise only the head, so every array below has at most `maximumWords` entries.
            var head = TokenizedText()
            for index in 0..<max(0, maximumWords) { head.append(tokens.tokens[index], key: tokens.key(index)) }
            tokens = head
        }
        spans = tokens.tokens.map { Int32(truncatingIfNeeded: $0.scalars.lowerBound)..<Int32(truncatingIfNeeded: $0.scalars.upperBound) }
        var words: [UInt64] = []
        Shingler(kind: .words(1)).appendHashes(of: tokens, to: &words)
        hashes = words
        var grams: [UInt64] = []
        if tokens.count >= max(1, seedWords) { Shingler(kind: .words(seedWords)).appendHashes(of: tokens, to: &grams) }
        seeds = grams
        keys = Array(tokens.keyBytes)
        keyOffsets = Array(tokens.keyOffsets)
        endsSentence = Self.sentenceEnds(text, spans)
    }

    /// For each word, whether the text between it and the next word ends a sentence.
    static func sentenceEnds(_ text: String, _ spans: [Range<Int32>]) -> [Bool] {
        var ends = [Bool](repeating: false, count: spans.count)
        guard !spans.isEmpty else { return ends }
        ends[spans.count - 1] = true
        var word = 0
        var position = 0
        var sawEnd = false
        // One pass over the scalars: between word w's end and word w+1's start, look for a stop.
        for scalar in text.unicodeScalars {
            defer { position += 1 }
            while word < spans.count - 1, position >= Int(spans[word + 1].lowerBound) {
                ends[word] = sawEnd
                sawEnd = false
                word += 1
            }
            guard word < spans.count - 1, position >= Int(spans[word].upperBound) else { continue }
            switch scalar {
            case ".", "!", "?", "\n", "\r", "\u{2029}": sawEnd = true
            default: break
            }
        }
        return ends
    }

    func isCommon(_ index: Int) -> Bool { index < common.count && common[index] }

    /// Whether word `index` is boilerplate (see ``stock``).
    func isStock(_ index: Int) -> Bool { index < stock.count && stock[index] }

    /// Marks as stock the words that only boilerplate n-grams cover, given the positions of
    /// this document's boilerplate n-grams.
    mutating func markStock(boilerplate positions: [Int], seedWords: Int) {
        guard !positions.isEmpty, count > 0 else { return }
        let n = max(1, seedWords)
        // How many n-grams cover each word, and how many of those are boilerplate.
        var common = [Int](repeating: 0, count: count)
        for position in positions {
            for word in position..<min(count, position + n) where word >= 0 { common[word] += 1 }
        }
        let grams = seeds.count
        stock = (0..<count).map { word in
            let covering = min(word, grams - 1) - max(0, word - n + 1) + 1
            return covering > 0 && common[word] >= covering
        }
    }

    /// The normalised form of word `index`, as bytes.
    func key(_ index: Int) -> ArraySlice<UInt8> {
        keys[Int(keyOffsets[index])..<Int(keyOffsets[index + 1])]
    }
}
