/// A day of the proleptic Gregorian calendar, counted as days since 1970-01-01, with the
/// conversions both ways (after Howard Hinnant's `days_from_civil` and `civil_from_days`).
///
/// The one home of calendar arithmetic: publication dates from Unix timestamps, weekdays and
/// "yesterday" resolved against a story's date.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// The year, as written (2024).
    public var year: Int
    /// 1 for January … 12 for December.
    public var month: Int
    /// 1 … 31.
    public var day: Int

    /// A date from its parts, taken as given (no check that the day exists).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (before it, when negative).
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 for Sunday … 7 for Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((daysSince1970 % 7) + 7 + 4) % 7 + 1 }

    /// The date `days` later (earlier, when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(daysSince1970: daysSince1970 + days) }

    /// `2024-03-05`.
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Reads the `YYYY-MM-DD` that starts `text` (a date or a timestamp); `nil` otherwise.
    public init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Earlier dates first.
    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
