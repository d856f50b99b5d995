/// One block of a text dump: a line, or a paragraph joined back from hard-wrapped lines.
struct TextBlock: Sendable, Hashable {
    /// The text as a reader sees it: white space collapsed, no-break spaces made ordinary.
    var text: String
    /// The first line of the block in the input, counted from 0.
    var line: Int
    /// A blank line (or the start or end of the input) comes before and after the block: how
    /// dumps set off headlines.
    var isolated: Bool
}

extension TextBlock {
    /// Splits a dump into blocks. Each line is a block — dumps of web pages put one paragraph per
    /// line, with or without blank lines between — except in groups of lines that were wrapped at
    /// a fixed width (e-mails, wire printouts), which are joined back into paragraphs.
    static func blocks(of content: String) -> [TextBlock] {
        var lines: [String] = []
        var start = 0
        var cursor = 0
        // Splits on the UTF-8 bytes of "\n", "\r", "\r\n", form feed and U+2028/U+2029.
        let bytes = Array(content.utf8)
        while cursor < bytes.count {
            let byte = bytes[cursor]
            var width = 0
            if byte == 0x0D, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x0A {
                width = 2
            } else if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                width = 1
            } else if byte == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80,
                bytes[cursor + 2] == 0xA8 || bytes[cursor + 2] == 0xA9
            {
                width = 3
            }
            if width > 0 {
                lines.append(String(decoding: bytes[start..<cursor], as: UTF8.self))
                start = cursor + width
                cursor += width
            } else {
                cursor += 1
            }
        }
        lines.append(String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self))
        let cleaned = lines.map { $0.collapsingWhitespace() }

        var blocks: [TextBlock] = []
        var index = 0
        while index < cleaned.count {
            guard !cleaned[index].isEmpty else {
                index += 1
                continue
            }
            var end = index
            while end < cleaned.count, !cleaned[end].isEmpty { end += 1 }
            let group = Array(cleaned[index..<end])
            let blankBefore = index == 0 || cleaned[index - 1].isEmpty
            let blankAfter = end == cleaned.count
            if isHardWrapped(group) {
                for (offset, paragraph) in rewrapped(group) {
                    blocks.append(TextBlock(text: paragraph, line: index + offset, isolated: blankBefore && blankAfter))
                }
            } else {
                for (offset, text) in group.enumerated() {
                    let isolated = group.count == 1 && blankBefore && blankAfter
                    blocks.append(TextBlock(text: text, line: index + offset, isolated: isolated))
                }
            }
            index = end
        }
        return blocks
    }

    /// Lines cut at a fixed width: all but the last are 35–100 characters long within a narrow
    /// band, and the text runs on from one line to the next (a following line often starts in
    /// lower case). A list of headlines has lines of similar length too, but each starts with a
    /// capital.
    static func isHardWrapped(_ group: [String]) -> Bool {
        guard group.count >= 2 else { return false }
        let body = group.dropLast().map(\.count)
        guard let shortest = body.min(), let longest = body.max(), shortest >= 35, longest <= 100,
            longest - shortest <= 30
        else { return false }
        var runOns = 0
        for next in group.dropFirst() {
            if let first = next.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) {
                runOns += 1
            }
        }
        return runOns * 3 >= group.count - 1
    }

    /// Joins wrapped lines into paragraphs; a line that opens with a bullet starts a new one.
    static func rewrapped(_ group: [String]) -> [(Int, String)] {
        var paragraphs: [(Int, String)] = []
        for (offset, line) in group.enumerated() {
            if let last = paragraphs.last, !startsWithBullet(line) {
                let joined =
                    last.1.hasSuffix("-") && line.first?.isLowercase == true
                    ? last.1 + line : last.1 + " " + line
                paragraphs[paragraphs.count - 1] = (last.0, joined)
            } else {
                paragraphs.append((offset, line))
            }
        }
        return paragraphs
    }

    static func startsWithBullet(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if "•·▪►*–—-".unicodeScalars.contains(first) {
            return line.unicodeScalars.dropFirst().first == " "
        }
        // "1." or "1)"
        let digits = line.prefix(while: \.isNumber)
        return !digits.isEmpty && digits.count <= 2 && [".", ")"].contains(line.dropFirst(digits.count).first)
            && line.dropFirst(digits.count + 1).first == " "
    }
}
