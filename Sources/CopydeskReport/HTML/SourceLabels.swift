public import CopydeskCompare

/// How the page names each source: a letter for narrow columns (A, B, C …) and the outlet (or
/// the title, or the id) beside it, so matrix columns stay narrow and still say who is who.
struct SourceLabels: Sendable {
    let ids: [String]
    let names: [String]

    init(_ sources: [CoverageReport.Source]) {
        ids = sources.map(\.id)
        names = sources.map { source in
            for candidate in [source.outlet, source.title, source.id] {
                if let candidate, !candidate.allSatisfy(\.isWhitespace) { return Self.clipped(candidate) }
            }
            return source.input
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
