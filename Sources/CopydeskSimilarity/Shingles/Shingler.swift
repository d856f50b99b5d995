public import CopydeskText

/// Turns text into the 64-bit hashes of its shingles: the sets that Jaccard, containment and
/// MinHash work on.
///
/// The text is tokenised by `WordTokenizer` (so normalised by `TextNormalizer`'s rules: case,
/// NFKC, quotes, dashes, hyphenated line breaks); each token's key is hashed with ``ShingleHash``;
/// a word shingle's hash is ``ShingleHash/combine(_:count:preparedSeed:)`` of the hashes of its
/// `n` tokens, so no shingle string is ever built. A text with fewer than `n` tokens has one shingle: all of them, so
/// that a short text still has a fingerprint.
///
/// Hashes depend only on the normalised tokens, the kind and the seed: the same on every run and
/// machine.
public struct Shingler: Sendable {
    /// Word or character n-grams, and n.
    public var kind: ShingleKind
    /// Seeds the shingle hash: sets compare only when made with the same seed.
    public var seed: UInt64
    /// How text is cut into tokens before shingling.
    public var tokenizer: WordTokenizer
    /// Word shingles of OCR-folded keys (``OCRFolding``): scanned reprints hash like the typeset
    /// original. Off by default (compare aligns exact wording); dedup turns it on.
    public var foldsOCRConfusions = false

    /// A shingler; the defaults (word 5-grams, seed 0) are what `copydesk similarity` uses.
    public init(kind: ShingleKind = .words(5), seed: UInt64 = 0, tokenizer: WordTokenizer = WordTokenizer()) {
        self.kind = kind
        self.seed = seed
        self.tokenizer = tokenizer
    }

    /// The sorted, duplicate-free shingle hashes of `text`.
    ///
    /// - Complexity: O(n log n) in the number of shingles (the sort); tokenising and hashing are
    ///   linear in the text.
    public func hashes(_ text: String) -> [UInt64] {
        // Long texts a piece at a time: same hashes, a fraction of the memory.
        if text.utf8.count > 8 * Self.pieceBytes { return pieceWiseSet(text) }
        var scratch = TokenizedText()
        var hashes: [UInt64] = []
        appendHashes(of: text, to: &hashes, scratch: &scratch)
        return SetSimilarity.sortedUnique(hashes)
    }

    /// Appends the shingle hashes of `text` to `hashes` in reading order, duplicates included:
    /// all a MinHash signature needs, without the sort. `scratch` is reused between calls.
    public func appendHashes(of text: String, to hashes: inout [UInt64], scratch: inout TokenizedText) {
        tokenizer.tokenize(text, into: &scratch)
        appendHashes(of: scratch, to: &hashes)
    }

    /// Appends the shingle hashes of the text whose UTF-8 bytes are `utf8` to `hashes`, as
    /// ``appendHashes(of:to:scratch:)`` does for the same text as a `String` (`utf8` must be
    /// well-formed UTF-8): for a reader that keeps texts in a buffer of its own.
    public func appendHashes(
        ofUTF8 utf8: UnsafeBufferPointer<UInt8>, to hashes: inout [UInt64], scratch: inout TokenizedText
    ) {
        tokenizer.tokenize(utf8: utf8, into: &scratch)
        appendHashes(of: scratch, to: &hashes)
    }

    /// ``appendHashes(ofUTF8:to:scratch:)`` with the hashes of short word keys remembered in
    /// `memo` from call to call (the same hashes, fewer instructions: see ``TokenHashMemo``).
    public func appendHashes(
        ofUTF8 utf8: UnsafeBufferPointer<UInt8>, to hashes: inout [UInt64], scratch: inout TokenizedText,
        memo: inout TokenHashMemo
    ) {
        tokenizer.tokenize(utf8: utf8, into: &scratch)
        guard case .words = kind else {
            appendHashes(of: scratch, to: &hashes)
            return
        }
        memo.prepare(tokenSeed: ShingleHash.prepare(seed: seed), folds: foldsOCRConfusions)
        memo.slots.withUnsafeMutableBufferPointer { slots in
            appendWordShingles(of: scratch, to: &hashes, memo: slots.baseAddress)
        }
    }

    /// ``appendHashes(ofUTF8:to:scratch:memo:)`` for the text a JSON string stands for, given as
    /// the bytes between its quotes, escapes and all: tokenised in one pass over those bytes
    /// (`WordTokenizer.tokenize(escapedJSON:into:)` in CopydeskText), with the same hashes as the unescaped text.
    /// - Returns: the unescaped text's length in UTF-8 bytes.
    @discardableResult
    public func appendHashes(
        ofEscapedJSON escaped: UnsafeBufferPointer<UInt8>, to hashes: inout [UInt64], scratch: inout TokenizedText,
        memo: inout TokenHashMemo
    ) -> Int {
        guard case .words = kind else {
            // Character shingles map keys back to tokens: the full reading.
            let length = tokenizer.tokenize(escapedJSON: escaped, into: &scratch)
            appendHashes(of: scratch, to: &hashes)
            return length
        }
        // Word shingles read keys only: no token records written.
        let length = tokenizer.tokenizeKeys(escapedJSON: escaped, into: &scratch)
        memo.prepare(tokenSeed: ShingleHash.prepare(seed: seed), folds: foldsOCRConfusions)
        memo.slots.withUnsafeMutableBufferPointer { slots in
            appendWordShingles(of: scratch, to: &hashes, memo: slots.baseAddress)
        }
        return length
    }

    /// Appends the shingle hashes of already tokenised text to `hashes`, in reading order.
    public func appendHashes(of tokens: TokenizedText, to hashes: inout [UInt64]) {
        switch kind {
        case .words:
            appendWordShingles(of: tokens, to: &hashes)
        case .characters:
            let stream = CharacterStream(tokens)
            appendCharacterShingles(of: stream, to: &hashes)
        }
    }

    /// The shingles of `text` in reading order, with the span of the original text each covers
    /// (Unicode scalar offsets): what ``SharedPassages`` maps matches back with.
    public func shingles(_ text: String) -> [Shingle] {
        let tokens = tokenizer.tokenize(text)
        var hashes: [UInt64] = []
        appendHashes(of: tokens, to: &hashes)
        var shingles: [Shingle] = []
        shingles.reserveCapacity(hashes.count)
        let n = kind.size
        switch kind {
        case .words:
            for (index, hash) in hashes.enumerated() {
                let last = min(index + n, tokens.count) - 1
                shingles.append(
                    Shingle(
                        hash: hash,
                        scalars: tokens.tokens[index].scalars.lowerBound..<tokens.tokens[last].scalars.upperBound))
            }
        case .characters:
            let stream = CharacterStream(tokens)
            let origins = stream.origins(tokens)
            for (index, hash) in hashes.enumerated() {
                // A shingle's span runs from its first to its last letter: the spaces that join
                // tokens stand for the punctuation between them, which belongs to neither side.
                var first = index
                var last = min(index + n, origins.count) - 1
                while first < last, stream.isSpace(first) { first += 1 }
                while last > first, stream.isSpace(last) { last -= 1 }
                shingles.append(Shingle(hash: hash, scalars: origins[first].lowerBound..<origins[last].upperBound))
            }
        }
        return shingles
    }

    /// The hash of one token key under this shingler's seed (what word shingles are built from).
    public func tokenHash(_ key: String) -> UInt64 {
        ShingleHash.hash(foldsOCRConfusions ? OCRFolding.fold(key) : key, seed: seed)
    }

    /// Appends the shingle hashes of a text given as token keys (already normalised), as
    /// ``appendHashes(of:to:)-(TokenizedText,_)`` would for text with these keys.
    public func appendHashes(ofKeys keys: [String], to hashes: inout [UInt64]) {
        var tokens = TokenizedText()
        for key in keys {
            tokens.append(Token(utf8: 0..<0, scalars: 0..<0, kind: .word), key: key)
        }
        appendHashes(of: tokens, to: &hashes)
    }

    // MARK: Hot loops

    /// The hash of one token key's bytes, OCR-folded into `folding` first when
    /// ``foldsOCRConfusions`` is on (`folding` has room for the key; nil when folding is off).
    @inline(__always)
    func tokenHash(
        _ key: UnsafeRawPointer?, count: Int, preparedSeed: UInt64, folding: UnsafeMutablePointer<UInt8>?
    ) -> UInt64 {
        guard let folding, let key, count > 0 else {
            return ShingleHash.hash(key, count: count, preparedSeed: preparedSeed)
        }
        let folded = OCRFolding.fold(key.assumingMemoryBound(to: UInt8.self), count: count, into: folding)
        return ShingleHash.hash(UnsafeRawPointer(folding), count: folded, preparedSeed: preparedSeed)
    }

    /// Calls `body` with a buffer of `capacity` bytes for folded keys, or nil when folding is off.
    func withFoldingBuffer<Result>(capacity: Int, _ body: (UnsafeMutablePointer<UInt8>?) -> Result) -> Result {
        guard foldsOCRConfusions else { return body(nil) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity)) { body($0.baseAddress) }
    }

    func appendWordShingles(of tokens: TokenizedText, to hashes: inout [UInt64]) {
        appendWordShingles(of: tokens, to: &hashes, memo: nil)
    }

    /// Word shingles of `tokens`; the hashes of short keys are looked up in and added to `memo`
    /// (a ``TokenHashMemo``'s slots, prepared for this seed and folding) when there is one.
    func appendWordShingles(of tokens: TokenizedText, to hashes: inout [UInt64], memo: UnsafeMutablePointer<UInt64>?) {
        let count = tokens.count
        guard count > 0 else { return }
        let n = min(kind.size, count)
        let tokenSeed = ShingleHash.prepare(seed: seed)
        // A distinct seed per n keeps 1-word and 5-word shingles of the same text apart.
        let shingleSeed = ShingleHash.prepare(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(n)))
        let shingleCount = count - n + 1
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { scratch in
            guard let words = scratch.baseAddress else { return }
            tokens.withKeys { keys, offsets in
                let base = UnsafeRawPointer(keys.baseAddress)
                // One buffer for the folded keys, reused by every token: as long as all the keys
                // together, which no key passes (a pass to find the longest cost more than the
                // memo's look-ups; for an article this is a few kilobytes of stack).
                let longest = foldsOCRConfusions ? Int(offsets[count]) : 0
                // A key is read as words for the memo only where 16 bytes from its start are in
                // the buffer (the tokenizer leaves room past the last key; this is the check).
                let readable = keys.count &- 16
                withFoldingBuffer(capacity: longest) { folding in
                    for index in 0..<count {
                        let lower = Int(offsets[index])
                        let length = Int(offsets[index &+ 1]) &- lower
                        if let memo, let base, lower <= readable, let key = TokenHashMemo.words(base + lower, count: length) {
                            let slot = TokenHashMemo.slot(key)
                            if memo[slot] == key.0, memo[slot &+ 1] == key.1 {
                                words[index] = memo[slot &+ 2]
                                continue
                            }
                            let hash = tokenHash(base + lower, count: length, preparedSeed: tokenSeed, folding: folding)
                            memo[slot] = key.0
                            memo[slot &+ 1] = key.1
                            memo[slot &+ 2] = hash
                            words[index] = hash
                            continue
                        }
                        words[index] = tokenHash(
                            base.map { $0 + lower }, count: length, preparedSeed: tokenSeed, folding: folding)
                    }
                }
            }
            // Shingle i needs token hashes i ..< i + n only, so it can overwrite token hash i.
            for index in 0..<shingleCount {
                words[index] = ShingleHash.combine(words + index, count: n, preparedSeed: shingleSeed)
            }
            hashes.append(contentsOf: UnsafeBufferPointer(start: words, count: shingleCount))
        }
    }

    func appendCharacterShingles(of stream: CharacterStream, to hashes: inout [UInt64]) {
        let scalarCount = stream.scalarStarts.count - 1
        guard scalarCount > 0 else { return }
        let n = min(kind.size, scalarCount)
        let prepared = ShingleHash.prepare(seed: seed ^ (0xC2B2_AE3D_27D4_EB4F &* UInt64(n)))
        stream.bytes.withUnsafeBytes { bytes in
            stream.scalarStarts.withUnsafeBufferPointer { starts in
                for index in 0...(scalarCount - n) {
                    let lower = Int(starts[index])
                    let upper = Int(starts[index + n])
                    hashes.append(
                        ShingleHash.hash(
                            bytes.baseAddress.map { $0 + lower }, count: upper - lower, preparedSeed: prepared))
                }
            }
        }
    }
}
