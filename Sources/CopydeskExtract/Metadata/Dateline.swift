/// The dateline that opens wire copy: "NUR-SULTAN, Sept 14:", "WASHINGTON (AP) —",
/// "BEIJING, Sept. 15 (Xinhua) --", "LONDON:", "NEW DELHI —", "KYIV, Ukraine (AP) —".
///
/// A dateline is a place, optionally a region and a date, then a colon or a dash, at the very
/// start of the first paragraph. The place is in capitals ("NUR-SULTAN"), or in title case when a
/// date or an agency follows it ("Dhaka, Sept 14 (UNB) -"): a capitalised name alone before a
/// colon is too often a speaker or a label. Organisations in capitals ("NATO said…", "WHO:") and
/// labels ("SUMMARY:", "BREAKING:") are not places. The agency in parentheses is the credit
/// (see ``WireCredit``), not part of the dateline.
public enum Dateline {
    /// The dateline at the start of `paragraph` without its closing punctuation or agency
    /// ("NUR-SULTAN, Sept 14", "WASHINGTON"), or nil.
    public static func detect(in paragraph: String) -> String? {
        let head = Array(paragraph.collapsingWhitespace().unicodeScalars.prefix(160))
        guard let (end, resume) = separator(in: head) else { return nil }
        // The story must go on after the separator, with a capital, a digit or a quotation mark.
        guard let next = head[resume...].first(where: { !$0.properties.isWhitespace }),
            next.properties.isUppercase || ("0"..."9").contains(next) || "\"“‘'«".unicodeScalars.contains(next)
        else { return nil }
        var candidate = String(String.UnicodeScalarView(head[..<end])).trimmingWhitespace()
        var credited = false
        if candidate.hasSuffix(")"), let open = candidate.lastIndex(of: "(") {
            let inner = String(candidate[candidate.index(after: open)..<candidate.index(before: candidate.endIndex)])
            guard WireCredit.agencies(inList: inner) != nil || isCapitalised(inner, maxLetters: 12) else { return nil }
            credited = true
            candidate = String(candidate[..<open]).trimmingWhitespace()
        }
        while candidate.hasSuffix(",") { candidate = String(candidate.dropLast()).trimmingWhitespace() }
        let segments = candidate.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingWhitespace()
        }
        guard let place = segments.first, !place.isEmpty, segments.count <= 4 else { return nil }
        let inCapitals =
            isCapitalised(place, maxLetters: 40) && place.split(separator: " ").count <= 5
            && !notPlaces.contains(place) && place.unicodeScalars.filter(\.properties.isAlphabetic).count >= 3
        guard inCapitals || isTitleCased(place) else { return nil }
        var dated = false
        for segment in segments.dropFirst() {
            if isDate(segment) {
                dated = true
            } else if dated, segment.count == 4, Int(segment) != nil {
                continue  // "Sept 14, 2022"
            } else if !dated, inCapitals, isTitleCased(segment) {
                continue  // "KYIV, Ukraine", "SPRINGFIELD, Ill."
            } else {
                return nil
            }
        }
        guard inCapitals || dated || credited else { return nil }
        return candidate
    }

    /// Where the dateline ends and where the story resumes: the first ":", "—", "–", "--" or
    /// spaced " - " within the first 100 characters.
    static func separator(in head: [Unicode.Scalar]) -> (end: Int, resume: Int)? {
        var index = 0
        while index < min(head.count, 100) {
            let scalar = head[index]
            if scalar == ":" || scalar == "\u{2014}" || scalar == "\u{2013}" {
                guard index > 0 else { return nil }
                // "12:05" is a time, not a separator.
                if scalar == ":", index + 1 < head.count, ("0"..."9").contains(head[index + 1]) { return nil }
                var resume = index + 1
                while resume < head.count, head[resume] == "-" || head[resume] == scalar { resume += 1 }
                return (index, resume)
            }
            if scalar == "-", index > 0 {
                let spacedBefore = head[index - 1] == " "
                var resume = index + 1
                while resume < head.count, head[resume] == "-" { resume += 1 }
                let double = resume - index >= 2
                let spacedAfter = resume < head.count && head[resume] == " "
                if double || (spacedBefore && spacedAfter) { return (index, resume) }
                index = resume
                continue
            }
            // A sentence ended before any separator: no dateline.
            if scalar == ".", index + 1 < head.count, head[index + 1] == " ", index + 2 < head.count,
                head[index + 2].properties.isUppercase, index >= 4,
                head[(index - 4)..<index].allSatisfy({ $0.properties.isLowercase })
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "NUR-SULTAN", "ST. LOUIS", "SÃO PAULO": letters all capitals, nothing but letters, spaces,
    /// hyphens, periods and apostrophes.
    static func isCapitalised(_ text: String, maxLetters: Int) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                guard !scalar.properties.isLowercase else { return false }
                letters += 1
            } else if !" -.'’".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return letters > 0 && letters <= maxLetters
    }

    /// "Nur-Sultan", "New Delhi", "Rio de Janeiro", "Ill.": one to four words, each capitalised
    /// except short particles.
    static func isTitleCased(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first?.unicodeScalars.first,
            first.properties.isUppercase
        else { return false }
        for word in words {
            guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || "-.'’".unicodeScalars.contains($0) })
            else { return false }
            if word.first?.isUppercase != true,
                !["de", "da", "do", "del", "al", "el", "la", "of", "upon", "es"].contains(word)
            {
                return false
            }
        }
        return true
    }

    /// "Sept 14", "Sept. 15", "14 September", "Wednesday", "Sept 14 2022".
    static func isDate(_ segment: String) -> Bool {
        let words = segment.split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
        guard (1...4).contains(words.count) else { return false }
        var month = false
        var day = false
        for word in words {
            if PublishedDate.monthNumber(word) != nil {
                month = true
            } else if let number = Int(word), (1...31).contains(number) {
                day = true
            } else if PublishedDate.weekdays.contains(word.lowercased()) {
                if words.count == 1 { return true }
            } else if !(word.count == 4 && Int(word) != nil) {
                return false
            }
        }
        return month && day
    }

    /// Words in capitals that open a paragraph with a colon or dash without being a place.
    static let notPlaces: Set<String> = [
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO",
        "ANALYSIS", "OPINION", "EDITORIAL", "SUMMARY", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION",
        "LIVE", "READ", "ALSO READ", "READ MORE", "RELATED", "COMMENT", "INTERVIEW", "REVIEW", "FACT CHECK",
        "EXPLAINER", "WARNING", "ADVERTISEMENT", "SPONSORED", "FILE", "SOURCE", "SOURCES", "CREDIT", "Q", "A",
        "NATO", "OPEC", "ASEAN", "FIFA", "UEFA", "NASA", "FBI", "CIA", "NSA", "BBC", "CNN", "SCO", "BRICS",
        "WTO", "WHO", "IAEA", "ICC", "ICJ", "UNHCR", "UNICEF", "UNESCO", "NHS", "BJP", "BNP", "ANC", "CDC", "FDA",
        "SEC", "GOP", "EPA", "DOJ", "IRS", "OECD", "IMF", "USA", "AFP", "UPI", "PTI", "ANI", "IANS", "TASS", "EFE",
    ]
}
