/// The wire agency a story's copy comes from, as newsrooms credit it: "(AP) —" after the
/// dateline, a trailing "-AFP", "Reuters" in the byline.
public enum WireCredit {
    /// Agencies by the names they are credited under, mapped to the name Copydesk reports.
    static let agencies: [(mention: String, name: String)] = [
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("AP", "AP"), ("Associated Press", "AP"), ("Reuters", "Reuters"),
        ("Xinhua", "Xinhua"), ("dpa", "dpa"), ("UPI", "UPI"), ("ANI", "ANI"), ("PTI", "PTI"),
        ("IANS", "IANS"), ("EFE", "EFE"), ("ANSA", "ANSA"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"),
        ("TASS", "TASS"), ("Bloomberg", "Bloomberg"), ("UNB", "UNB"), ("BSS", "BSS"),
    ]

    /// The canonical agency name for `mention`, or nil when it names no agency.
    public static func agency(named mention: String) -> String? {
        let m = mention.trimmingWhitespace()
        return agencies.first { $0.mention.caseInsensitiveEquals(m) }?.name
    }

    /// Finds the credit in the paragraphs and byline. Returns the agency and the paragraphs with a
    /// trailing sign-off ("-AFP") removed; the text is otherwise left as printed.
    public static func detect(in paragraphs: [String], byline: String?) -> (credit: String?, paragraphs: [String]) {
        var paragraphs = paragraphs
        if var last = paragraphs.last {
            last = last.trimmingWhitespace()
            for (mention, name) in agencies {
                for sign in ["-" + mention, "- " + mention, "—" + mention, "— " + mention, "(" + mention + ")"]
                where last.hasSuffix(sign) {
                    let kept = String(last.dropLast(sign.count)).trimmingWhitespace()
                    if kept.isEmpty { paragraphs.removeLast() } else { paragraphs[paragraphs.count - 1] = kept }
                    return (name, paragraphs)
                }
            }
        }
        if let first = paragraphs.first {
            for (mention, name) in agencies where first.prefix(120).contains("(" + mention + ")") {
                return (name, paragraphs)
            }
        }
        if let byline {
            for (mention, name) in agencies where byline.contains(mention) { return (name, paragraphs) }
        }
        return (nil, paragraphs)
    }
}

extension String {
    package func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
