import CopydeskText

/// The normalised token keys joined by single spaces: what character shingles slide over.
/// Punctuation is gone and whitespace is one space, so only letters and digits count.
struct CharacterStream {
    var bytes: [UInt8] = []
    /// Byte offset of every scalar, plus the end.
    var scalarStarts: [Int32] = []

    init(_ tokens: TokenizedText) {
        bytes.reserveCapacity(tokens.keyBytes.count + tokens.count)
        for index in 0..<tokens.count {
            if index > 0 { bytes.append(0x20) }
            let range = Int(tokens.keyOffsets[index])..<Int(tokens.keyOffsets[index + 1])
            bytes.append(contentsOf: tokens.keyBytes[range])
        }
        scalarStarts.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            scalarStarts.append(Int32(offset))
        }
        scalarStarts.append(Int32(bytes.count))
    }

    /// Is scalar `index` of the stream a space joining two tokens?
    func isSpace(_ index: Int) -> Bool {
        bytes[Int(scalarStarts[index])] == 0x20
    }

    /// For every scalar of the stream, the span of the original text it stands for: itself when
    /// the key spells the token scalar for scalar, the whole token otherwise, and the gap between
    /// two tokens for the space that joins them.
    func origins(_ tokens: TokenizedText) -> [Range<Int>] {
        var origins: [Range<Int>] = []
        origins.reserveCapacity(scalarStarts.count)
        for index in 0..<tokens.count {
            let token = tokens.tokens[index].scalars
            if index > 0 {
                let previous = tokens.tokens[index - 1].scalars.upperBound
                origins.append(previous..<max(previous, token.lowerBound))
            }
            let keyScalars = tokens.key(index).unicodeScalars.count
            for position in 0..<keyScalars {
                if keyScalars == token.count {
                    origins.append((token.lowerBound + position)..<(token.lowerBound + position + 1))
                } else {
                    origins.append(token)
                }
            }
        }
        return origins
    }
}
