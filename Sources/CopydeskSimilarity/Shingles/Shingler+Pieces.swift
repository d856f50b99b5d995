internal import CopydeskText

extension Shingler {
    /// Texts longer than eight times this many UTF-8 bytes (2 MB) are tokenised a piece at a time by
    /// ``hashes(_:)``. The tokenizer sizes its buffers for the worst case, a token per byte
    /// (~26 bytes of buffers per byte of text): a 49 MB text took 1.3 GB that way. In pieces the
    /// buffers are those of one piece, and only what shingling needs of each token is kept.
    static let pieceBytes = 1 << 18

    /// The shingle hashes of a long `text` in reading order, duplicates included, exactly as
    /// ``appendHashes(of:to:scratch:)`` gives them, with memory for one piece's tokens at a time
    /// plus 8 bytes per word (word shingles) or ~5 per character of the keys (character
    /// shingles).
    ///
    /// Pieces are cut at a space or line break that follows an ASCII letter, where no token can
    /// run on (a hyphen before a line break can join two lines' words; a letter cannot).
    func pieceWiseHashes(_ text: String) -> [UInt64] {
        var scratch = TokenizedText()
        var tokenHashes: [UInt64] = []
        var stream: [UInt8] = []
        let tokenSeed = ShingleHash.prepare(seed: seed)
        func shingle(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            while start < bytes.count {
                let end = Self.cut(bytes, after: start + Self.pieceBytes)
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                tokenizer.tokenize(piece, into: &scratch)
                scratch.withKeys { keys, offsets in
                    let base = UnsafeRawPointer(keys.baseAddress)
                    for index in 0..<scratch.count {
                        let lower = Int(offsets[index])
                        let upper = Int(offsets[index + 1])
                        switch kind {
                        case .words:
                            tokenHashes.append(
                                withFoldingBuffer(capacity: upper - lower) { folding in
                                    tokenHash(
                                        base.map { $0 + lower }, count: upper - lower, preparedSeed: tokenSeed,
                                        folding: folding)
                                })
                        case .characters:
                            // Keys joined by single spaces, across pieces too: the stream of the whole.
                            if !stream.isEmpty { stream.append(0x20) }
                            stream.append(contentsOf: keys[lower..<upper])
                        }
                    }
                }
                start = end
            }
        }
        // Keys are the text less punctuation, lower-cased: about as long as it. Reserved once,
        // so the stream does not pass through twice its size growing.
        if case .characters = kind { stream.reserveCapacity(text.utf8.count + 64) }
        // The text's own bytes, not a copy of them (a copy only if it is not stored contiguously).
        var text = text
        text.makeContiguousUTF8()
        if text.utf8.withContiguousStorageIfAvailable(shingle) == nil {
            Array(text.utf8).withUnsafeBufferPointer(shingle)
        }
        var hashes: [UInt64] = []
        switch kind {
        case .words: appendWordShingles(ofTokenHashes: &tokenHashes, to: &hashes)
        case .characters: appendCharacterShingles(ofStream: stream, to: &hashes)
        }
        return hashes
    }

    /// ``pieceWiseHashes(_:)`` sorted and without duplicates, in place: a set as
    /// ``hashes(_:)`` returns it, without a second copy of a long text's hashes.
    func pieceWiseSet(_ text: String) -> [UInt64] {
        var hashes = pieceWiseHashes(text)
        HashSort.sort(&hashes)
        SetSimilarity.removeRepeats(fromSorted: &hashes)
        return hashes
    }

    /// Character shingles of a stream of keys joined by spaces, as
    /// ``appendCharacterShingles(of:to:)`` gives them, with the scalar starts of the current
    /// window only (4 bytes a scalar less than a ``CharacterStream``).
    func appendCharacterShingles(ofStream bytes: [UInt8], to hashes: inout [UInt64]) {
        var scalarCount = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
        guard scalarCount > 0 else { return }
        let n = min(kind.size, scalarCount)
        let prepared = ShingleHash.prepare(seed: seed ^ (0xC2B2_AE3D_27D4_EB4F &* UInt64(n)))
        hashes.reserveCapacity(hashes.count + scalarCount - n + 1)
        // The starts of the last n + 1 scalars (the end of the stream counts as one).
        var window = [Int](repeating: 0, count: n + 1)
        var seen = 0
        bytes.withUnsafeBytes { raw in
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
                window[seen % (n + 1)] = offset
                if seen >= n {
                    let lower = window[(seen - n) % (n + 1)]
                    hashes.append(
                        ShingleHash.hash(raw.baseAddress.map { $0 + lower }, count: offset - lower, preparedSeed: prepared))
                }
                seen += 1
            }
        }
    }

    /// The end of a piece that starts before `target`: the first space or line break at or
    /// after `target` that follows an ASCII letter; the end of the text if there is none.
    static func cut<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, after target: Int) -> Int
    where Bytes.Index == Int {
        var index = max(1, target)
        while index < bytes.count {
            let byte = bytes[index]
            let previous = bytes[index - 1]
            let isBreak = byte == 0x20 || byte == 0x0A
            let letter = (previous | 0x20) >= UInt8(ascii: "a") && (previous | 0x20) <= UInt8(ascii: "z")
            if isBreak && letter { return index }
            index += 1
        }
        return bytes.count
    }

    /// Word shingles from the hashes of every token of a text, as the hot loop of
    /// ``appendHashes(of:to:)-(TokenizedText,_)`` combines them (`words` is overwritten).
    func appendWordShingles(ofTokenHashes words: inout [UInt64], to hashes: inout [UInt64]) {
        let count = words.count
        guard count > 0 else { return }
        let n = min(kind.size, count)
        let shingleSeed = ShingleHash.prepare(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(n)))
        let shingleCount = count - n + 1
        words.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Shingle i needs token hashes i ..< i + n only, so it can overwrite token hash i.
            for index in 0..<shingleCount {
                base[index] = ShingleHash.combine(base + index, count: n, preparedSeed: shingleSeed)
            }
            hashes.append(contentsOf: UnsafeBufferPointer(start: base, count: shingleCount))
        }
    }
}
