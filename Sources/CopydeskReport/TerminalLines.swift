/// Lines for a terminal of a given width: text wrapped at word boundaries with a hanging indent,
/// and cut with "…" only when the caller says the full text is printed elsewhere (`--details`).
///
/// Widths count characters; colour is added after wrapping, so escapes never count.
struct TerminalLines: Sendable {
    var width: Int

    /// `text` (line breaks flattened) wrapped to the width: the first line starts with `lead`,
    /// later lines with `indent` spaces. A word longer than a whole line is broken where it must be.
    func wrap(_ text: String, lead: String = "", indent: Int = 0, maxLines: Int? = nil) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let pad = String(repeating: " ", count: max(0, indent))
        var lines: [String] = []
        var line = lead
        var lineHasWord = false
        let room = max(10, width)
        for word in words {
            var piece = Substring(word)
            while !piece.isEmpty {
                let needed = (lineHasWord ? 1 : 0) + piece.count
                if line.count + needed <= room {
                    line += (lineHasWord ? " " : "") + piece
                    lineHasWord = true
                    piece = ""
                } else if !lineHasWord {
                    // A word wider than the line: break it, after a "/" when a path allows.
                    var fits = max(1, room - line.count)
                    if let slash = piece.prefix(fits).lastIndex(of: "/"),
                        piece.distance(from: piece.startIndex, to: slash) > 0
                    {
                        fits = piece.distance(from: piece.startIndex, to: slash) + 1
                    }
                    line += piece.prefix(fits)
                    piece = piece.dropFirst(fits)
                    lines.append(line)
                    line = pad
                } else {
                    lines.append(line)
                    line = pad
                    lineHasWord = false
                }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        guard let maxLines, lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while last.count > pad.count, last.count + 1 > room { last.removeLast() }
        while let end = last.last, end == " " { last.removeLast() }
        kept[maxLines - 1] = last + "…"
        return kept
    }
}
