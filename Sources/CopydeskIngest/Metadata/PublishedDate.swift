/// Reads the dates news pages print ("Thursday, 15 September, 2022 at 12:00 AM",
/// "September 15, 2022", "2022-09-15T08:00:00+06:00") into ISO 8601.
public enum PublishedDate {
    /// The ISO 8601 date (`2022-09-15`) or date-time the text holds, or nil.
    public static func iso8601(from text: String) -> String? {
        let t = text.trimmingWhitespace()
        // Already ISO: keep the date and, when present, the time.
        let scalars = Array(t.unicodeScalars)
        if scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
            scalars[0..<4].allSatisfy({ $0.properties.numericType != nil })
        {
            return String(t.prefix(scalars.count >= 19 ? 25 : 10))
        }
        let words = t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let number = Int(word) {
                if number > 31, number >= 1900, number < 2200, year == nil { year = number }
                else if number >= 1, number <= 31, day == nil { day = number }
            } else if month == nil, let m = monthNumber(word) {
                month = m
            }
        }
        guard let day, let month, let year else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func monthNumber(_ word: String) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        for (index, name) in names.enumerated() where name.hasPrefix(w) || (w == "sept" && index == 8) {
            return index + 1
        }
        return nil
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension String {
    /// The string without leading and trailing white space (Unicode's definition).
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
