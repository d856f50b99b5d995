/// How the text renderers print numbers: a fixed number of decimals, and shares as percentages.
/// One home, so the terminal, Markdown and HTML reports print the same figure the same way.
enum Figures {
    /// `value` rounded to `digits` decimals, with trailing zeros kept: `0.50`, `12.0`.
    static func fixed(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    /// A share from 0 to 1 as a percentage with one decimal: `36.4%`.
    static func percent(_ share: Double) -> String { fixed(share * 100, digits: 1) + "%" }

    /// A share from 0 to 1 as a whole percentage: `36%` (the HTML page's bars and tips).
    static func wholePercent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
