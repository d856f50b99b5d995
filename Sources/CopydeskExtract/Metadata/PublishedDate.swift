/// Reads the dates news pages print ("Thursday, 15 September, 2022 at 12:00 AM",
/// "Sept. 15, 2022", "15/09/2022", "2022-09-15T08:00:00+06:00") into ISO 8601.
///
/// The rules, in the order a reader would apply them:
/// - A date needs a day, a month and a four-digit year (1900–2100) that form a real calendar date.
///   "Updated: 3 hours ago", "September 2022" and "Sept 14" (a dateline, no year) give nil.
/// - A time is kept only when the text names its time zone ("8:30 AM EDT", "+06:00", "UTC+6",
///   "Z"); then the result is a date-time (`2022-09-15T08:30:00-04:00`). A time without a zone
///   ("12:00 AM", or ISO "2022-09-15T08:00:00") gives the date only: the day is what the page
///   states for sure, the instant is not. Ambiguous zone names (BST, IST, CST) count as no zone.
/// - All-numeric dates: year first (`2022/09/15`) is always year-month-day; dotted dates
///   (`15.09.2022`) are day first, as everywhere that writes them; slashed or dashed ones are read
///   day first or month first when a number above 12 proves it, otherwise by the `order` the caller
///   knows (from the outlet's locale or other dates on the page), otherwise nil — a wrong date is
///   worse than none.
/// - English month and weekday names, full or abbreviated ("Sept.", "Thu"); French, Spanish,
///   Portuguese, German and Italian month names in full ("15 septembre 2022",
///   "15 de septiembre de 2022", "15. September 2022").
public enum PublishedDate {
    /// How to read an all-numeric date whose day and month could be swapped ("05/09/2022").
    public enum NumericOrder: Sendable, Hashable {
        /// 05/09/2022 is 5 September (most of the world).
        case dayFirst
        /// 05/09/2022 is May 9 (the United States).
        case monthFirst
    }

    /// The ISO 8601 date (`2022-09-15`) or date-time the text holds, or nil.
    public static func iso8601(from text: String) -> String? {
        reading(of: text, order: nil)?.iso8601
    }

    /// The ISO 8601 date or date-time the text holds, reading ambiguous numeric dates in `order`.
    public static func iso8601(from text: String, order: NumericOrder?) -> String? {
        reading(of: text, order: order)?.iso8601
    }

    /// The order that the text's numeric dates prove ("25/09/2022" proves day first), or nil when
    /// none does. Use it as the `order` hint for the other dates of the same page.
    public static func numericOrder(provenBy text: String) -> NumericOrder? {
        DateScanner(text).provenOrder()
    }

    /// A date found in a line, with how much else the line says.
    package struct Reading: Sendable, Hashable {
        package var iso8601: String
        /// Words and numbers of the line outside the date, its time and labels such as
        /// "Published" or "Updated": 0–3 means the line is a date line, not a sentence.
        package var otherWords: Int
    }

    /// The first date in `text`, see ``iso8601(from:order:)``.
    package static func reading(of text: String, order: NumericOrder?) -> Reading? {
        DateScanner(text).firstDate(order: order)
    }

    static func monthNumber(_ word: String) -> Int? {
        monthsByName[word.lowercased()]
    }

    static let monthsByName: [String: Int] = {
        var table: [String: Int] = [:]
        let english = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        for (index, name) in english.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        // Full names only in other languages: their abbreviations clash with words.
        let others = [
            // French
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            // Spanish
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            // Portuguese
            [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            // German
            [
                "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
            // Italian
            [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ],
        ]
        for names in others {
            for (index, name) in names.enumerated() where table[name] == nil { table[name] = index + 1 }
        }
        return table
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words that sit around a date on a page without saying anything else.
    static let labels: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "at", "date", "time", "first",
        "publication", "am", "pm", "a", "p", "m", "edited", "created", "publié", "le", "mis", "à", "jour",
        "publicado", "el", "actualizado", "veröffentlicht", "aktualisiert", "pubblicato", "il",
        "aggiornato", "atualizado", "em", "de", "h",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
