/// Splits a line into numbers, words and marks and matches the date shapes of
/// ``PublishedDate`` against them. Works on Unicode scalars: the lines are short, but the HTML
/// extractor may ask about every `<time>` and `<meta>` of a page.
struct DateScanner {
    struct Token {
        enum Kind { case number, word, mark }
        var kind: Kind
        /// Lowercased word, the digits of a number, or the mark itself.
        var text: String
        var value: Int
        /// White space comes before the token.
        var spaced: Bool
    }

    struct Clock {
        var hour: Int
        var minute: Int
        var second: Int
        /// Minutes east of UTC, when the text names the zone.
        var offset: Int?
        var zulu = false
    }

    struct Found {
        var year: Int
        var month: Int
        var day: Int
        var start: Int
        var end: Int
        var clock: Clock?
    }

    let tokens: [Token]

    init(_ text: String) {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var spaced = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isUnicodeWhitespace {
                spaced = true
                index += 1
                continue
            }
            var end = index + 1
            let kind: Token.Kind
            if scalar.isASCIIDigit {
                while end < scalars.count, scalars[end].isASCIIDigit { end += 1 }
                kind = .number
            } else if scalar.isLetter {
                while end < scalars.count, scalars[end].isLetter {
                    end += 1
                }
                kind = .word
            } else {
                kind = .mark
            }
            var piece = String(String.UnicodeScalarView(scalars[index..<end]))
            if kind == .word { piece = piece.lowercased() }
            let value = kind == .number && piece.count <= 9 ? Int(piece) ?? -1 : -1
            // "15th": the ordinal suffix belongs to the number.
            if kind == .word, !spaced, let last = tokens.last, last.kind == .number,
                ["st", "nd", "rd", "th"].contains(piece)
            {
                index = end
                spaced = false
                continue
            }
            tokens.append(Token(kind: kind, text: piece, value: value, spaced: spaced))
            spaced = false
            index = end
        }
        self.tokens = tokens
    }

    // MARK: Reading

    func firstDate(order: PublishedDate.NumericOrder?) -> PublishedDate.Reading? {
        for start in tokens.indices {
            guard
                let found = isoDate(at: start) ?? numericDate(at: start, order: order)
                    ?? writtenDate(at: start)
            else { continue }
            var end = found.end
            var clock = found.clock
            if clock == nil, let after = self.clock(at: skippingJoiners(from: end)) {
                clock = after.clock
                end = after.end
            }
            var begin = found.start
            if clock == nil, let before = clockEnding(before: begin) {
                clock = before.clock
                begin = before.start
            }
            let iso = Self.format(year: found.year, month: found.month, day: found.day, clock: clock)
            var other = 0
            for (index, token) in tokens.enumerated() where index < begin || index >= end {
                if token.kind != .mark, !PublishedDate.labels.contains(token.text) { other += 1 }
            }
            return PublishedDate.Reading(iso8601: iso, otherWords: other)
        }
        return nil
    }

    func provenOrder() -> PublishedDate.NumericOrder? {
        for start in tokens.indices {
            guard let (first, second, _, _) = numericParts(at: start) else { continue }
            if first > 12, second <= 12 { return .dayFirst }
            if second > 12, first <= 12 { return .monthFirst }
        }
        return nil
    }

    // MARK: Date shapes

    /// 2022-09-15, 2022/09/15, 2022.09.15, with an optional ISO time: T08:00:00+06:00.
    func isoDate(at i: Int) -> Found? {
        guard let year = year(at: i), i + 4 < tokens.count,
            ["-", "/", "."].contains(tokens[i + 1].text), tokens[i + 1].kind == .mark,
            tokens[i + 3].text == tokens[i + 1].text,
            let month = number(at: i + 2, digits: 1...2, unspaced: true),
            let day = number(at: i + 4, digits: 1...2, unspaced: true),
            !tokens[i + 3].spaced,
            let found = Self.validated(year: year, month: month, day: day, start: i, end: i + 5)
        else { return nil }
        var result = found
        var j = i + 5
        if j < tokens.count, tokens[j].text == "t", !tokens[j].spaced { j += 1 }
        if let timed = clock(at: j) {
            result.clock = timed.clock
            result.end = timed.end
        }
        return result
    }

    /// 15/09/2022, 09/15/2022, 15.09.2022, 15-09-2022.
    func numericDate(at i: Int, order: PublishedDate.NumericOrder?) -> Found? {
        guard let (first, second, year, mark) = numericParts(at: i) else { return nil }
        let dayFirst: Bool
        if first > 12 || mark == "." {
            dayFirst = true
        } else if second > 12 {
            dayFirst = false
        } else if first == second {
            dayFirst = true
        } else if let order {
            dayFirst = order == .dayFirst
        } else {
            return nil
        }
        return Self.validated(
            year: year, month: dayFirst ? second : first, day: dayFirst ? first : second, start: i, end: i + 5)
    }

    func numericParts(at i: Int) -> (Int, Int, Int, String)? {
        guard i + 4 < tokens.count, let first = number(at: i, digits: 1...2, unspaced: false),
            tokens[i + 1].kind == .mark, ["/", ".", "-"].contains(tokens[i + 1].text), !tokens[i + 1].spaced,
            let second = number(at: i + 2, digits: 1...2, unspaced: true),
            tokens[i + 3].text == tokens[i + 1].text, !tokens[i + 3].spaced,
            let year = year(at: i + 4), !tokens[i + 4].spaced
        else { return nil }
        // "10.5/09/2022" or "3-15/09/2022" are not dates.
        if i > 0, !tokens[i].spaced, tokens[i - 1].kind != .word, !["(", "["].contains(tokens[i - 1].text) {
            return nil
        }
        return (first, second, year, tokens[i + 1].text)
    }

    /// "Thursday, 15 September, 2022", "15th of Sept. 2022", "Sept. 15, 2022", "15-Sep-2022".
    func writtenDate(at i: Int) -> Found? {
        var j = i
        if word(at: j).map(PublishedDate.weekdays.contains) == true {
            j = skipping(marks: [",", "."], from: j + 1)
        }
        if let day = number(at: j, digits: 1...2, unspaced: false) {
            var k = skipping(marks: ["."], from: j + 1)
            if word(at: k) == "of" || word(at: k) == "de" { k += 1 }
            k = skipping(marks: ["-", ".", ",", "/"], from: k)
            if let month = word(at: k).flatMap(PublishedDate.monthNumber) {
                k = skipping(marks: ["-", ".", ",", "/"], from: k + 1)
                if word(at: k) == "de" { k += 1 }
                if let year = year(at: k) {
                    return Self.validated(year: year, month: month, day: day, start: i, end: k + 1)
                }
            }
        }
        if let month = word(at: j).flatMap(PublishedDate.monthNumber) {
            var k = skipping(marks: [".", "-"], from: j + 1)
            if let day = number(at: k, digits: 1...2, unspaced: false) {
                k = skipping(marks: [",", ".", "-"], from: k + 1)
                if let year = year(at: k) {
                    return Self.validated(year: year, month: month, day: day, start: i, end: k + 1)
                }
            }
        }
        return nil
    }

    // MARK: Times

    /// "12:00 AM", "8:30 p.m. EDT", "08:00:00+06:00", "10:15 GMT+6".
    func clock(at start: Int) -> (clock: Clock, end: Int)? {
        guard let hour = number(at: start, digits: 1...2, unspaced: false), start + 2 < tokens.count,
            tokens[start + 1].text == ":", !tokens[start + 1].spaced,
            let minute = number(at: start + 2, digits: 2...2, unspaced: true)
        else { return nil }
        var j = start + 3
        var second = 0
        if j + 1 < tokens.count, tokens[j].text == ":", !tokens[j].spaced,
            let s = number(at: j + 1, digits: 2...2, unspaced: true)
        {
            second = s
            j += 2
        }
        // Fractions of a second add nothing a reader needs.
        if j + 1 < tokens.count, tokens[j].text == ".", !tokens[j].spaced, tokens[j + 1].kind == .number,
            !tokens[j + 1].spaced
        {
            j += 2
        }
        var hour24 = hour
        if let (isPM, end) = meridiem(at: j) {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (isPM ? 12 : 0)
            j = end
        }
        guard hour24 < 24, minute < 60, second < 60 else { return nil }
        var clock = Clock(hour: hour24, minute: minute, second: second)
        if let (offset, zulu, end) = zone(at: j) {
            clock.offset = offset
            clock.zulu = zulu
            j = end
        }
        return (clock, j)
    }

    /// A time printed just before the date: "12:05 PM, Thursday 15 September 2022".
    func clockEnding(before dateStart: Int) -> (clock: Clock, start: Int)? {
        var end = dateStart
        while end > 0, tokens[end - 1].kind == .mark, [",", "|", "-", "·", "/"].contains(tokens[end - 1].text) {
            end -= 1
        }
        for start in stride(from: end - 1, through: max(0, end - 8), by: -1) {
            if let found = clock(at: start), found.end == end { return (found.clock, start) }
        }
        return nil
    }

    func meridiem(at j: Int) -> (isPM: Bool, end: Int)? {
        guard let first = word(at: j) else { return nil }
        if first == "am" || first == "pm" { return (first == "pm", j + 1) }
        // "a.m." / "p.m."
        if first == "a" || first == "p", j + 2 < tokens.count, tokens[j + 1].text == ".", word(at: j + 2) == "m" {
            let end = j + 3 < tokens.count && tokens[j + 3].text == "." ? j + 4 : j + 3
            return (first == "p", end)
        }
        return nil
    }

    func zone(at start: Int) -> (offset: Int, zulu: Bool, end: Int)? {
        var j = start
        if j < tokens.count, tokens[j].text == "(" { j += 1 }
        var offset = 0
        var named = false
        var zulu = false
        if let name = word(at: j), let base = PublishedDate.zoneOffsets[name] {
            offset = base
            named = true
            zulu = name == "z" || name == "utc" || name == "gmt"
            j += 1
        }
        if j + 1 < tokens.count, ["+", "-", "\u{2212}"].contains(tokens[j].text), tokens[j + 1].kind == .number,
            !tokens[j + 1].spaced
        {
            let sign = tokens[j].text == "+" ? 1 : -1
            let digits = tokens[j + 1].text
            var minutes: Int?
            var end = j + 2
            if digits.count == 4 {
                minutes = (tokens[j + 1].value / 100) * 60 + tokens[j + 1].value % 100
            } else if digits.count <= 2 {
                var total = tokens[j + 1].value * 60
                if end + 1 < tokens.count, tokens[end].text == ":",
                    let m = number(at: end + 1, digits: 2...2, unspaced: true)
                {
                    total += m
                    end += 2
                }
                minutes = total
            }
            if let minutes, minutes <= 14 * 60 {
                offset += sign * minutes
                zulu = zulu && minutes == 0
                j = end
                named = true
            }
        }
        guard named else { return nil }
        if j < tokens.count, tokens[j].text == ")" { j += 1 }
        return (offset, zulu, j)
    }

    // MARK: Pieces

    func number(at i: Int, digits: ClosedRange<Int>, unspaced: Bool) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, digits.contains(tokens[i].text.count),
            !unspaced || !tokens[i].spaced
        else { return nil }
        return tokens[i].value
    }

    func year(at i: Int) -> Int? {
        guard let value = number(at: i, digits: 4...4, unspaced: false), (1900...2100).contains(value) else {
            return nil
        }
        // "2022-23" (a season) or "20221" are not years.
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, !tokens[i + 1].spaced { return nil }
        return value
    }

    func word(at i: Int) -> String? {
        i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil
    }

    func skipping(marks: Set<String>, from start: Int) -> Int {
        var j = start
        while j < tokens.count, j < start + 2, tokens[j].kind == .mark, marks.contains(tokens[j].text) { j += 1 }
        return j
    }

    /// Skips what joins a date to its time: "2022 at 12:00", "2022, 12:05", "2022 | 12:05".
    func skippingJoiners(from start: Int) -> Int {
        var j = start
        while j < tokens.count, j < start + 3 {
            let token = tokens[j]
            if (token.kind == .mark && [",", "|", "-", "·", "@", "–", "—", "/"].contains(token.text))
                || (token.kind == .word && (token.text == "at" || token.text == "on"))
            {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    static func validated(year: Int, month: Int, day: Int, start: Int, end: Int) -> Found? {
        guard (1...12).contains(month), day >= 1, day <= PublishedDate.daysIn(month: month, year: year) else {
            return nil
        }
        return Found(year: year, month: month, day: day, start: start, end: end)
    }

    static func format(year: Int, month: Int, day: Int, clock: Clock?) -> String {
        var text = "\(year)-\(pad(month))-\(pad(day))"
        guard let clock, let offset = clock.offset else { return text }
        text += "T\(pad(clock.hour)):\(pad(clock.minute)):\(pad(clock.second))"
        if clock.zulu {
            text += "Z"
        } else {
            let magnitude = abs(offset)
            text += "\(offset < 0 ? "-" : "+")\(pad(magnitude / 60)):\(pad(magnitude % 60))"
        }
        return text
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    fileprivate var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }
}
