import CopydeskCompare

/// How the page names each source: a letter for narrow columns (A, B, C …) and the outlet beside
/// it, so matrix columns stay narrow and still say who is who. A source with no outlet is named
/// by where it came from (the file's name, the web address's host), which tells sources apart;
/// its title, cut to fit, often does not (two reprints share a headline).
struct SourceLabels: Sendable {
    let ids: [String]
    let names: [String]
    /// " — the title", for sources named by their outlet (empty when the name is the title).
    let titles: [String]

    init(_ sources: [CoverageReport.Source]) {
        ids = sources.map(\.id)
        let present = { (text: String?) in text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
        names = sources.map { source in
            Self.clipped(
                present(source.outlet) ?? Self.origin(source.input) ?? present(source.title) ?? present(source.id)
                    ?? source.input, to: 32)
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

    /// The host of a web address ("www." dropped) or the last part of a file path; nil for
    /// standard input ("-") and for anything that names neither.
    static func origin(_ input: String) -> String? {
        let trimmed = String(input.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty, trimmed != "-" else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            let rest = trimmed.drop { $0 != ":" }.dropFirst(3)
            let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            // user:password@host:port → host
            let host = authority.split(separator: "@").last.map { $0.prefix { $0 != ":" } } ?? ""
            let name = host.lowercased().hasPrefix("www.") ? host.dropFirst(4) : host[...]
            return name.isEmpty ? nil : String(name)
        }
        let name = trimmed.split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    static func clipped(_ text: String, to limit: Int = 48) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
