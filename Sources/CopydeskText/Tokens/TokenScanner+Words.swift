/// The scanner's less travelled paths: words that go on past plain ASCII (joiners, other
/// scripts, hyphenated line breaks, case folding) and runs of scripts written without spaces.
extension TokenScanner {
    /// Is the scalar at `position` a letter (of any script)?
    func isLetter(at position: Int, _ table: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return table[Int(byte)] > 0x39 }
        let cls = ScalarClass.of(decodeScalar(bytes, at: position).value)
        return cls == .word || cls == .unspaced
    }

    /// The byte just past a hyphenated line break whose hyphen ends before `afterHyphen`: blanks,
    /// a line feed (optionally after a carriage return), blanks, then a lower-case letter.
    func hyphenatedBreakEnd(after afterHyphen: Int) -> Int? {
        var position = afterHyphen
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        if position < bytes.count, bytes[position] == 0x0D { position += 1 }
        guard position < bytes.count, bytes[position] == 0x0A else { return nil }
        position += 1
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        if byte < 0x80 { return (0x61...0x7A).contains(byte) ? position : nil }
        let value = decodeScalar(bytes, at: position).value
        guard let next = Unicode.Scalar(value), next.properties.isLowercase else { return nil }
        return position
    }

    /// A word or number: the common case (ASCII letters and digits up to a space or plain
    /// punctuation) takes one tight loop and one check; anything else goes to ``scanWordRest``.
    @inline(never)
    mutating func scanWord(_ table: UnsafeBufferPointer<UInt8>) {
        // Until folding, a word's key is never longer than the bytes it consumes.
        guard keys.count &- keyCount >= bytes.count &- index else {
            overflow = true
            return
        }
        let startByte = index
        let startScalar = scalar
        let keyStart = keyCount
        let runEnd = Self.copyKeyRun(source, from: index, end: bytes.count, into: keyBase + keyCount, table).end
        let length = runEnd &- index
        keyCount &+= length
        scalar &+= length
        index = runEnd
        if length > 0 && (index == bytes.count || !continuesWord(at: index, after: keys[keyCount &- 1])) {
            emit(startByte, startScalar, kindOfKey(from: keyStart))
            return
        }
        scanWordRest(startByte: startByte, startScalar: startScalar, keyStart: keyStart)
    }

    /// The rest of a word that goes on past its first ASCII run, or starts with a non-ASCII
    /// letter: joiners, other scripts, hyphenated line breaks, folding.
    @inline(never)
    mutating func scanWordRest(startByte: Int, startScalar: Int, keyStart: Int) {
        let table = UnsafeBufferPointer(start: asciiKeyTable, count: 256)
        var needsFolding = false
        // What the last key character was: a joiner may only sit between the right neighbours.
        var lastWasLetter = false
        var lastWasDigit = false
        if keyCount > keyStart {
            lastWasLetter = keys[keyCount &- 1] > 0x39
            lastWasDigit = !lastWasLetter
        }
        var first = true
        scan: while index < bytes.count {
            // The hot loop: a run of ASCII letters and digits, one table load per byte. Key bytes
            // of letters are 0x61–0x7A and of digits 0x30–0x39, so bit 0x40 marks a letter.
            let runStart = index
            let runEnd =
                first
                ? index : Self.copyKeyRun(source, from: index, end: bytes.count, into: keyBase + keyCount, table).end
            first = false
            index = runEnd
            keyCount &+= runEnd &- runStart
            if index != runStart {
                scalar &+= index &- runStart
                let lastKey = keys[keyCount &- 1]
                lastWasLetter = lastKey > 0x39
                lastWasDigit = lastKey <= 0x39
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "'"), lastWasLetter, isLetter(at: index + 1, table) {
                    keys[keyCount] = byte
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), lastWasDigit,
                    index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39
                {
                    keys[keyCount] = byte
                } else if byte == UInt8(ascii: "-"), lastWasLetter, let end = hyphenatedBreakEnd(after: index + 1) {
                    // Every byte skipped is ASCII, so bytes and scalars advance together.
                    scalar &+= end &- index
                    index = end
                    continue scan
                } else {
                    break scan
                }
                keyCount &+= 1
                index &+= 1
                scalar &+= 1
                lastWasLetter = false
                lastWasDigit = false
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            switch ScalarClass.of(value) {
            case .word, .mark:
                copyKey(from: index, length: length)
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                lastWasLetter = true
                lastWasDigit = false
            case .apostrophe where lastWasLetter && isLetter(at: index + length, table):
                keys[keyCount] = UInt8(ascii: "'")
                keyCount &+= 1
                lastWasLetter = false
            case .softHyphen:
                break
            case .joiner:
                copyKey(from: index, length: length)
            case .separator where value == 0x2010 && lastWasLetter:
                // U+2010 HYPHEN ending a line inside a word, as `-` above.
                guard let end = hyphenatedBreakEnd(after: index + length) else { break scan }
                scalar &+= 1 &+ end &- (index &+ length)
                index = end
                continue scan
            default:
                break scan
            }
            index &+= length
            scalar &+= 1
        }
        let kind = kindOfKey(from: keyStart)
        if needsFolding { refold(from: keyStart) }
        emit(startByte, startScalar, kind)
    }

    /// A run of letters from scripts without spaces, cut into overlapping n-grams of characters
    /// (a character being a letter with the combining marks that follow it).
    mutating func scanUnspaced() {
        units.removeAll(keepingCapacity: true)
        while index < bytes.count, bytes[index] >= 0x80 {
            let (value, length) = decodeScalar(bytes, at: index)
            let cls = ScalarClass.of(value)
            if cls == .unspaced || units.isEmpty {
                units.append((index, scalar))
            } else if cls != .mark && cls != .joiner {
                break
            }
            index &+= length
            scalar &+= 1
        }
        let end = (index, scalar)
        let size = min(gramSize, units.count)
        for first in 0...(units.count - size) {
            let start = units[first]
            let stop = first + size < units.count ? units[first + size] : end
            guard keys.count - keyCount >= stop.0 - start.0 else {
                overflow = true
                return
            }
            let keyStart = keyCount
            var needsFolding = false
            var position = start.0
            while position < stop.0 {
                let (value, length) = decodeScalar(bytes, at: position)
                if !ScalarClass.isFoldInvariant(value) { needsFolding = true }
                position += length
            }
            copyKey(from: start.0, length: stop.0 - start.0)
            if needsFolding { refold(from: keyStart) }
            if overflow { return }
            let (savedIndex, savedScalar) = (index, scalar)
            (index, scalar) = stop
            emit(start.0, start.1, .characterGram)
            (index, scalar) = (savedIndex, savedScalar)
        }
    }

    /// Replaces the key bytes written since `keyStart` by their NFKC, case-folded form.
    mutating func refold(from keyStart: Int) {
        let raw = String(decoding: UnsafeBufferPointer(rebasing: keys[keyStart..<keyCount]), as: UTF8.self)
        let folded = TextNormalizer().fold(raw).utf8
        guard keyStart + folded.count <= keys.count else {
            overflow = true
            return
        }
        keyCount = keyStart
        for byte in folded {
            keys[keyCount] = byte
            keyCount &+= 1
        }
    }
}
