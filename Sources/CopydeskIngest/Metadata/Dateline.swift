/// The dateline that opens wire copy: "NUR-SULTAN, Sept 14:", "WASHINGTON (AP) —",
/// "BEIJING, Sept. 15 (Xinhua) --".
public enum Dateline {
    /// The dateline at the start of `paragraph` without its closing punctuation, or nil.
    public static func detect(in paragraph: String) -> String? {
        let head = paragraph.prefix(80)
        guard let colon = head.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }) else { return nil }
        let candidate = String(head[..<colon]).trimmingWhitespace()
        guard let place = candidate.split(separator: ",").first,
            place.count >= 3, place.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == " " || $0 == "." })
        else { return nil }
        return candidate
    }
}
