/// Date and byline lines inside the body.
extension BodyFurniture {
    /// A line that is only a date, a time, a byline, or a byline with a date: "Updated 5:27 am
    /// CST, Wednesday, November 20, 2019", "By Jane Doe - 11/18/19 11:04 PM EST", "23.10.2018",
    /// "19:49", "Von Jane Doe".
    static func isDateOrBylineLine(_ text: String, lower: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        if Byline.detect(in: text) != nil { return true }
        for opening in ["von ", "par ", "por ", "di ", "door "] where lower.hasPrefix(opening) {
            if Byline.detect(in: "By " + text.dropFirst(opening.count)) != nil, !text.hasSuffix(".") { return true }
        }
        guard containsNumber(text) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).count
        if words <= 16, let reading = PublishedDate.reading(of: text, order: nil),
            reading.otherWords == 0 || (reading.otherWords <= 3 && !PageFurniture.endsSentence(text))
        {
            return true
        }
        return isClockOrNumericDate(text)
    }

    /// `text.contains(where: \.isNumber)`, answered from the bytes when the text is ASCII: there
    /// only the digits are numbers, and a grapheme pass over every short line cost more than the
    /// rules that follow it. Otherwise a character is a number when its first scalar has a
    /// numeric type, so a line with no such scalar at all (most lines) needs no grapheme pass.
    static func containsNumber(_ text: String) -> Bool {
        var sawDigit = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                guard text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
                return text.contains(where: \.isNumber)
            }
            if byte >= 0x30 && byte <= 0x39 { sawDigit = true }
        }
        return sawDigit
    }

    /// "19:49", "23.10.2018", "11/18/19 11:04 PM", "marca 2021 14:00": a clock or a numeric
    /// date, with at most one word that is not a month, weekday or time label. Numbers that are
    /// no date ("71.1 MB", "2, 3, 5") and table rows ("| 4.2 | April 2014") stay.
    private static func isClockOrNumericDate(_ text: String) -> Bool {
        guard text.utf8.count <= 60, !text.contains("|") else { return false }
        var letterWords = 0
        var dateShapes = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "–" }) {
            if word.allSatisfy({ $0.isNumber || ".:/h".contains($0) }) {
                if isDateShape(word) {
                    dateShapes += 1
                } else if word.count != 4 || word.first != "1" && word.first != "2" {
                    // A year goes with a month name; other bare numbers are not a date.
                    if !word.allSatisfy(\.isNumber) || word.count > 2 { return false }
                }
                continue
            }
            var lower = word.lowercased()
            while lower.hasSuffix(".") { lower.removeLast() }
            if PublishedDate.monthNumber(lower) != nil || PublishedDate.weekdays.contains(lower)
                || PublishedDate.labels.contains(lower)
                || ["uhr", "est", "edt", "cst", "pst", "gmt", "utc", "cet", "cest", "et"].contains(lower)
            {
                continue
            }
            letterWords += 1
        }
        return dateShapes > 0 && letterWords <= 1
    }

    /// "19:49", "7:11", "23.10.2018", "11/18/19": a clock or a date in figures.
    private static func isDateShape(_ word: Substring) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { ".:/".contains($0) })
        guard parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isNumber } }) else { return false }
        if word.contains(":") {
            return parts.count >= 2 && parts.count <= 3 && parts[0].count <= 2 && parts[1].count == 2
        }
        guard parts.count == 3, parts[0].count <= 4, parts[1].count <= 2, parts[2].count <= 4 else { return false }
        return parts[0].count == 4 || parts[2].count >= 2
    }
}
