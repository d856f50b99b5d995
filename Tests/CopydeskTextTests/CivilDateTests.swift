import CopydeskText
import Testing

@Suite struct CivilDateTests {
    @Test func knownDaysAndWeekdays() {
        #expect(CivilDate(daysSince1970: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 5)  // a Thursday
        #expect(CivilDate(year: 2024, month: 3, day: 5).weekday == 3)  // a Tuesday
        #expect(CivilDate(year: 2000, month: 2, day: 29).adding(days: 1) == CivilDate(year: 2000, month: 3, day: 1))
        #expect(CivilDate(year: 1900, month: 2, day: 28).adding(days: 1) == CivilDate(year: 1900, month: 3, day: 1))
        #expect(CivilDate(year: 1969, month: 12, day: 31).daysSince1970 == -1)
    }

    @Test func everyDayOfFourHundredYearsGoesThereAndBack() {
        var weekday = CivilDate(year: 1800, month: 1, day: 1).weekday
        for days in CivilDate(year: 1800, month: 1, day: 1).daysSince1970...CivilDate(year: 2200, month: 1, day: 1).daysSince1970 {
            let date = CivilDate(daysSince1970: days)
            #expect(date.daysSince1970 == days)
            #expect(date.weekday == weekday)
            weekday = weekday % 7 + 1
            if date.daysSince1970 != days { break }
        }
    }

    @Test func isoBothWays() {
        #expect(CivilDate(iso: "2024-03-05T10:00:00Z") == CivilDate(year: 2024, month: 3, day: 5))
        #expect(CivilDate(year: 2024, month: 3, day: 5).iso == "2024-03-05")
        #expect(CivilDate(iso: "2024-13-05") == nil)
        #expect(CivilDate(iso: "--03-05") == nil)
        #expect(CivilDate(iso: "yesterday") == nil)
    }
}
