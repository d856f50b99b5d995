/// The wire agency a story's copy comes from, as newsrooms credit it: "(AP) —" after the
/// dateline, a trailing "-AFP" or "(With inputs from agencies)", "Reuters" in the byline.
///
/// A photo credit ("AFP/Getty", "Photo: AFP", "REUTERS/Jane Doe", "(AP Photo/Evan Vucci)") says
/// who took the picture, not who wrote the words, and is never read as a copy credit.
///
/// Several agencies ("-AFP/Reuters", "(AFP, Reuters)") are reported together in the order
/// printed, joined by ", " ("AFP, Reuters"): dropping one would hide where half the copy came
/// from. "with agencies" names no agency and is reported as "agencies", and only when no named
/// agency is credited.
public enum WireCredit {
    /// Agencies by the names they are credited under, mapped to the name Copydesk reports.
    static let agencies: [(mention: String, name: String)] = [
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("AP", "AP"), ("Associated Press", "AP"), ("Reuters", "Reuters"), ("Thomson Reuters", "Reuters"),
        ("Xinhua", "Xinhua"), ("Xinhua News Agency", "Xinhua"), ("dpa", "dpa"),
        ("Deutsche Presse-Agentur", "dpa"), ("UPI", "UPI"), ("United Press International", "UPI"),
        ("ANI", "ANI"), ("PTI", "PTI"), ("Press Trust of India", "PTI"), ("IANS", "IANS"), ("EFE", "EFE"),
        ("ANSA", "ANSA"), ("Kyodo", "Kyodo"), ("Kyodo News", "Kyodo"), ("Yonhap", "Yonhap"),
        ("TASS", "TASS"), ("Interfax", "Interfax"), ("Anadolu", "Anadolu"), ("Anadolu Agency", "Anadolu"),
        ("Bernama", "Bernama"), ("Antara", "Antara"), ("IRNA", "IRNA"), ("KUNA", "KUNA"), ("WAM", "WAM"),
        ("Bloomberg", "Bloomberg"), ("UNB", "UNB"), ("BSS", "BSS"), ("APP", "APP"), ("PA Media", "PA"),
        ("AAP", "AAP"), ("Australian Associated Press", "AAP"), ("Canadian Press", "CP"), ("Lusa", "Lusa"),
        ("Europa Press", "Europa Press"), ("Belga", "Belga"), ("NTB", "NTB"), ("Ritzau", "Ritzau"),
    ]

    /// What stands for "some agency" without naming it ("with agencies").
    static let unnamed: Set<String> = ["agencies", "agency", "news agencies", "wires", "wire services", "wire reports"]

    /// The canonical agency name for `mention` ("Associated Press" → "AP"), or nil when it names
    /// no agency. Names of four letters and more match in any case; shorter ones ("AP", "PA")
    /// only in capitals, so an ordinary word never passes for an agency.
    public static func agency(named mention: String) -> String? {
        guard mention.utf8.count <= 60 else { return nil }
        var m = mention.collapsingWhitespace()
        var lower = m.lowercased()
        if lower.hasPrefix("the ") {
            m = String(m.dropFirst(4))
            lower = String(lower.dropFirst(4))
        }
        for suffix in [" staff", " reporters", " correspondents"] where lower.hasSuffix(suffix) {
            m = String(m.dropLast(suffix.count))
            lower = String(lower.dropLast(suffix.count))
        }
        guard let (candidate, name) = agenciesByLowercasedMention[lower] else { return nil }
        if candidate.count <= 3, m != candidate, m != candidate.uppercased() { return nil }
        return name
    }

    static let agenciesByLowercasedMention: [String: (mention: String, name: String)] = {
        var table: [String: (mention: String, name: String)] = [:]
        for (mention, name) in agencies { table[mention.lowercased()] = (mention, name) }
        return table
    }()

    /// Finds the credit in the paragraphs and byline. Returns the agency and the paragraphs with a
    /// trailing sign-off ("-AFP", "(With inputs from agencies)") removed; the text is otherwise
    /// left as printed, the opening "(AP) —" included.
    public static func detect(in paragraphs: [String], byline: String?) -> (credit: String?, paragraphs: [String]) {
        var paragraphs = paragraphs
        var names: [String] = []
        for paragraph in paragraphs.prefix(2) {
            if let opening = opening(in: paragraph) {
                names += opening
                break
            }
        }
        if let last = paragraphs.last, let (credited, kept) = signOff(in: last) {
            names += credited
            if kept.isEmpty { paragraphs.removeLast() } else { paragraphs[paragraphs.count - 1] = kept }
        }
        if let byline { names += inByline(byline) }
        return (joined(names), paragraphs)
    }

    /// The agencies of a sign-off at the end of `paragraph` ("…force\". -AFP", "(Reuters)",
    /// "— with AFP", or a paragraph that is nothing but "AFP"), and the paragraph without it.
    public static func signOff(in paragraph: String) -> (agencies: [String], kept: String)? {
        let text = paragraph.trimmingWhitespace()
        if let names = agencies(inList: text) { return (names, "") }
        // A sign-off ends the paragraph with a name in capitals ("AFP", "Reuters") or "agencies",
        // perhaps in parentheses: most paragraphs are ruled out by their last word.
        let lastWord = String(
            String.UnicodeScalarView(
                text.unicodeScalars.reversed().prefix(while: { !$0.isUnicodeWhitespace && $0 != "-" && $0 != "/" })
                    .reversed()))
        let lowerLast = lastWord.lowercased()
        guard
            lastWord.unicodeScalars.contains(where: \.properties.isUppercase) || lowerLast.hasPrefix("agenc")
                || lowerLast.hasPrefix("wire") || lowerLast.hasPrefix("dpa")
        else { return nil }
        let scalars = Array(text.unicodeScalars)
        // "… (With inputs from agencies)"
        if scalars.last == ")", let open = scalars.lastIndex(of: "(") {
            let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
            if let names = agencies(inList: inner) {
                return (names, String(String.UnicodeScalarView(scalars[..<open])).trimmingWhitespace())
            }
        }
        // "… -AFP", "… — Reuters/AFP": the dash must stand apart from the word before it.
        let window = max(0, scalars.count - 60)
        var index = scalars.count - 1
        while index > window {
            index -= 1
            guard ["-", "\u{2013}", "\u{2014}"].contains(scalars[index]) else { continue }
            var dashStart = index
            while dashStart > 0, ["-", "\u{2013}", "\u{2014}"].contains(scalars[dashStart - 1]) { dashStart -= 1 }
            guard dashStart > 0 else { break }
            let before = scalars[dashStart - 1]
            guard !(before.properties.isAlphabetic || ("0"..."9").contains(before)) else { continue }
            let tail = String(String.UnicodeScalarView(scalars[(index + 1)...]))
            if let names = agencies(inList: tail) {
                return (names, String(String.UnicodeScalarView(scalars[..<dashStart])).trimmingWhitespace())
            }
        }
        return nil
    }

    /// The agencies credited right after the dateline: "WASHINGTON (AP) —",
    /// "BEIJING, Sept. 15 (Xinhua) --", "LONDON (Reuters) -".
    public static func opening(in paragraph: String) -> [String]? {
        let head = Array(paragraph.unicodeScalars.prefix(160))
        var index = 0
        while let open = head[index...].firstIndex(of: "(") {
            guard let close = head[open...].firstIndex(of: ")") else { return nil }
            let inner = String(String.UnicodeScalarView(head[(open + 1)..<close]))
            var after = close + 1
            while after < head.count, head[after].properties.isWhitespace { after += 1 }
            if after < head.count, ["-", "\u{2013}", "\u{2014}", ":"].contains(head[after]),
                let names = agencies(inList: inner)
            {
                return names
            }
            index = close + 1
        }
        return nil
    }

    /// The agencies a byline names: "By Jane Doe, Reuters", "Associated Press", "By AFP".
    public static func inByline(_ byline: String) -> [String] {
        guard !isPhotoCredit(byline) else { return [] }
        var text = byline.collapsingWhitespace()
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        var names: [String] = []
        for part in text.splitting(separators: [
            ",", "|", ";", "/", " and ", " & ", " for ", " \u{2013} ", " \u{2014} ", " - ",
        ]) {
            if let name = agency(named: part) { names.append(name) }
        }
        return names
    }

    /// Whether `text` credits a photograph rather than copy: "AFP/Getty", "Photo: AFP",
    /// "IMAGE SOURCE: …", "REUTERS/Jane Doe", "(AP Photo/Evan Vucci)".
    public static func isPhotoCredit(_ text: String) -> Bool {
        let lower = text.lowercased()
        for word in ["photo", "getty", "image", "picture", "shutterstock", "pic:", "pics:", "graphic"]
        where lower.includes(word) {
            return true
        }
        // "REUTERS/Jane Doe": an agency, a slash, then a photographer's name.
        for part in text.splitting(separators: [" "]) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if pieces.count == 2, agency(named: pieces[0]) != nil, agency(named: pieces[1]) == nil,
                pieces[1].first?.isUppercase == true
            {
                return true
            }
        }
        return false
    }

    /// The agencies a credit list names ("AFP", "AFP/Reuters", "AFP, Reuters", "with AFP",
    /// "With inputs from agencies"), or nil when any part of it is not an agency.
    static func agencies(inList list: String) -> [String]? {
        guard list.utf8.count <= 90 else { return nil }
        var text = list.collapsingWhitespace()
        while let last = text.last, [".", ":"].contains(last) { text.removeLast() }
        text = text.trimmingWhitespace()
        for prefix in ["\u{2014}", "\u{2013}", "--", "-"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        for prefix in ["with inputs from ", "with input from ", "inputs from ", "with ", "source: ", "sources: "]
        where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        guard !text.isEmpty, text.count <= 60 else { return nil }
        var names: [String] = []
        for part in text.splitting(separators: [",", "/", " and ", " & ", "&", "+", ";"]) {
            if let name = agency(named: part) {
                names.append(name)
            } else if unnamed.contains(part.lowercased()) {
                names.append("agencies")
            } else {
                return nil
            }
        }
        return names.isEmpty ? nil : names
    }

    /// "AFP, Reuters" from ["AFP", "Reuters", "AFP"]; "agencies" only when nothing is named.
    static func joined(_ names: [String]) -> String? {
        var seen: [String] = []
        for name in names where !seen.contains(name) { seen.append(name) }
        let named = seen.filter { $0 != "agencies" }
        let credit = named.isEmpty ? seen : named
        return credit.isEmpty ? nil : credit.joined(separator: ", ")
    }
}

extension String {
    /// The pieces between any of `separators`, trimmed, empty ones dropped.
    func splitting(separators: [String]) -> [String] {
        let bytes = Array(utf8)
        let patterns = separators.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var pieces: [String] = []
        var start = 0
        var index = 0
        // Separators are ASCII or whole UTF-8 sequences, so a byte match never splits a scalar.
        search: while index < bytes.count {
            for pattern in patterns where bytes[index] == pattern[0] && index + pattern.count <= bytes.count {
                var matches = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matches = false
                    break
                }
                guard matches else { continue }
                pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += pattern.count
                start = index
                continue search
            }
            index += 1
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
