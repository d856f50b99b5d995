/// The outlet as a page's imprint or copyright line names it: "© 2022 The Daily Star. All rights
/// reserved.", "Copyright © 2005-2022 Dawn", "Published by the Editor on behalf of the Observer
/// Ltd. from Globe Printers, …".
///
/// Only what the line prints is reported. An imprint names the publishing company; its legal
/// form ("Ltd.", "Limited", "Inc.") and the sentence's "the" are dropped ("Observer"), but no
/// masthead name is made up from it ("The Daily Observer" is not in that line).
public enum Imprint {
    /// The outlet named by `line`, or nil when the line is no copyright or imprint line or names
    /// nothing that looks like a publication.
    public static func outlet(in line: String) -> String? {
        let text = line.collapsingWhitespace()
        let lower = text.lowercased()
        if let behalf = lower.firstRange(of: "on behalf of ") {
            var name = String(text[behalf.upperBound...])
            for stop in [" from ", ",", ";", " at "] {
                if let range = name.firstRange(of: stop) { name = String(name[..<range.lowerBound]) }
            }
            return cleaned(name)
        }
        guard lower.includes("©") || lower.hasPrefix("copyright") || lower.includes("(c) ") else { return nil }
        var name = text
        for noise in [
            "All rights reserved", "All Rights Reserved", "ALL RIGHTS RESERVED", "Copyright", "COPYRIGHT", "©", "(c)",
            "(C)",
        ] {
            name = name.splitting(separators: [noise]).joined(separator: " ")
        }
        // Years and year ranges: "2005-2022".
        let words = name.split(separator: " ").filter { word in
            !word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," || $0 == "." }
        }
        name = words.joined(separator: " ")
        if let bar = name.firstIndex(where: { $0 == "|" || $0 == "·" }) { name = String(name[..<bar]) }
        return cleaned(name)
    }

    static func cleaned(_ raw: String) -> String? {
        var words = raw.collapsingWhitespace().split(separator: " ").map(String.init)
        while let last = words.last, [".", ",", ";", ":"].contains(last) { words.removeLast() }
        if var last = words.last {
            while let end = last.last, [".", ",", ";", ":"].contains(end) { last.removeLast() }
            words[words.count - 1] = last
        }
        let legalForms: Set<String> = [
            "ltd", "limited", "inc", "llc", "plc", "pvt", "private", "co", "corp", "corporation", "gmbh", "sa", "ag",
        ]
        while let last = words.last, legalForms.contains(last.lowercased().filter(\.isLetter)) { words.removeLast() }
        if let first = words.first, first == "the" { words.removeFirst() }
        guard (1...6).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "&", "the"].contains($0) })
        else { return nil }
        return words.joined(separator: " ")
    }
}
