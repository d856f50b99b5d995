/// Publication dates as pages write them in metadata, read into ISO 8601.
enum PageDate {
    /// `2017-11-03 03:01:00.000000` → `2017-11-03T03:01:00`, `2019-04-28T06:01:07+0000` →
    /// `2019-04-28T06:01:07+00:00`; other spellings go through ``PublishedDate``.
    static func iso8601(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for i in from..<from + count {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), year >= 1900, year < 2200 else {
            return unixTime(text) ?? PublishedDate.iso8601(from: text)
        }
        var i = 4
        let dashed = i < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "/"))
        if dashed { i += 1 }
        guard let month = digits(i, 2), (1...12).contains(month) else { return PublishedDate.iso8601(from: text) }
        i += 2
        if dashed {
            guard i < b.count, b[i] == b[4] else { return PublishedDate.iso8601(from: text) }
            i += 1
        }
        guard let day = digits(i, 2), (1...31).contains(day) else { return PublishedDate.iso8601(from: text) }
        i += 2
        let date = "\(year)-\(pad(month))-\(pad(day))"
        guard i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " "),
            let hour = digits(i + 1, 2), hour < 24, i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"),
            let minute = digits(i + 4, 2), minute < 60
        else { return date }
        i += 6
        var second = 0
        if i + 2 < b.count + 1, i < b.count, b[i] == UInt8(ascii: ":"), let s = digits(i + 1, 2), s < 61 {
            second = s
            i += 3
        }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
            i += 1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        while i < b.count, b[i] == 0x20 { i += 1 }
        var zone = ""
        if i < b.count {
            if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                zone = "Z"
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let zh = digits(i + 1, 2), zh < 15 {
                let colon = i + 3 < b.count && b[i + 3] == UInt8(ascii: ":")
                let zm = digits(i + (colon ? 4 : 3), 2) ?? 0
                zone = (zh == 0 && zm == 0) ? "Z" : "\(b[i] == UInt8(ascii: "+") ? "+" : "-")\(pad(zh)):\(pad(zm))"
            }
        }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    /// Seconds or milliseconds since 1970, as some CMSs write `data-timestamp`.
    private static func unixTime(_ text: String) -> String? {
        guard text.count == 10 || text.count == 13, var seconds = Int(text) else { return nil }
        if text.count == 13 { seconds /= 1000 }
        let days = seconds / 86_400
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        guard year >= 1990, year < 2100 else { return nil }
        let rest = seconds % 86_400
        return "\(year)-\(pad(month))-\(pad(day))T\(pad(rest / 3600)):\(pad(rest / 60 % 60)):\(pad(rest % 60))Z"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
