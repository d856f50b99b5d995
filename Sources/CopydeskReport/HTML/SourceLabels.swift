import CopydeskCompare

/// How the page names each source: a letter for narrow columns (A, B, C …) and the outlet (or
/// the title, or the id) beside it, so matrix columns stay narrow and still say who is who.
struct SourceLabels: Sendable {
    let ids: [String]
    let names: [String]
    /// " — the title", for sources named by their outlet (empty when the name is the title).
    let titles: [String]

    init(_ sources: [CoverageReport.Source]) {
        ids = sources.map(\.id)
        let present = { (text: String?) in text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
        names = sources.map { source in
            Self.clipped(present(source.outlet) ?? present(source.title) ?? present(source.id) ?? source.input, to: 32)
        }
        titles = sources.map { source in
            guard present(source.outlet) != nil, let title = present(source.title) else { return "" }
            return " — " + Self.clipped(title, to: 60)
        }
    }

    var count: Int { ids.count }

    func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "S\(index + 1)"
    }

    /// "A · Observer".
    func name(_ index: Int) -> String { letter(index) + " · " + names[index] }

    func index(of id: String) -> Int? { ids.firstIndex(of: id) }

    static func clipped(_ text: String, to limit: Int = 48) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
