/// The article's metadata as the page states it: JSON-LD first, then `<meta>` tags, then what
/// is visible (a byline element, `<time datetime>`), then what the URL implies.
struct PageMetadata: Sendable {
    var title: String?
    var byline: String?
    var published: String?
    var outlet: String?
    var url: String?
    var language: String?

    static func resolve(
        facts: PageFacts, linkedData ld: LinkedData?, h1: [String], h2: [String], visibleByline: String?,
        documentURL: String?
    ) -> PageMetadata {
        var metadata = PageMetadata()
        let siteName =
            facts.meta("og:site_name").flatMap(clean) ?? ld?.publisher.flatMap(clean)
            ?? facts.meta("application-name").flatMap(clean)
        metadata.title = PageTitle.resolve(facts: facts, linkedData: ld, h1: h1, h2: h2, siteName: siteName)
        metadata.byline = byline(facts: facts, ld: ld, visible: visibleByline)
        metadata.published = published(facts: facts, ld: ld)
        let base = documentURL ?? facts.meta("og:url")
        let url = [facts.canonical, facts.meta("og:url"), ld?.url, documentURL].lazy
            .compactMap { $0.flatMap { resolveURL($0, against: base) } }.first
        metadata.url = url
        metadata.outlet = siteName ?? url.flatMap(host)
        metadata.language =
            [
                facts.language, facts.meta("content-language", "dc.language", "language"), facts.meta("og:locale"),
                ld?.language,
            ].lazy.compactMap { $0.flatMap(languageTag) }.first
        return metadata
    }

    private static func clean(_ text: String) -> String? {
        let collapsed = PageTitle.collapse(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    static func byline(facts: PageFacts, ld: LinkedData?, visible: String?) -> String? {
        var candidates: [String] = []
        if let ld, !ld.authors.isEmpty { candidates.append(ld.authors.joined(separator: ", ")) }
        for key in [
            "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "parsely-author",
            "article:author", "og:article:author", "sailthru.author", "byl", "twitter:creator",
        ] {
            if let value = facts.meta(key) { candidates.append(value) }
        }
        if let visible { candidates.append(visible) }
        for candidate in candidates {
            let cleaned = cleanByline(candidate)
            if !cleaned.isEmpty, !cleaned.hasPrefix("http"), !cleaned.hasPrefix("@") || cleaned.count > 20 {
                return cleaned
            }
        }
        return nil
    }

    /// "By JANE DOE" → "JANE DOE"; white space collapsed.
    static func cleanByline(_ raw: String) -> String {
        var text = PageTitle.collapse(raw)
        for prefix in ["By ", "by ", "BY ", "Par ", "par ", "Von ", "von ", "Por ", "por ", "Di ", "Door "]
        where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        // A byline box often runs on into the date or a share count: "Jane Doe • 8h", "Jane Doe May 20, 2019".
        for separator in [" • ", " | ", " · "] {
            text = prefix(of: text, before: separator)
        }
        text = dropTrailingDate(text)
        if text.count > 200 { return "" }
        return text.trimmingWhitespace()
    }

    /// The part of `text` before the first `separator`, or all of it.
    static func prefix(of text: String, before separator: String) -> String {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(separator) { return String(text[..<index]) }
            index = text.index(after: index)
        }
        return text
    }

    /// "Joshua Sokol May 20, 2019" → "Joshua Sokol".
    static func dropTrailingDate(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return text }
        for (index, word) in words.enumerated() where index >= 1 {
            let bare = word.filter(\.isLetter)
            guard bare.count >= 3, PublishedDate.monthNumber(String(bare)) != nil,
                words[index...].contains(where: { $0.contains(where: \.isNumber) }),
                PublishedDate.iso8601(from: words[index...].joined(separator: " ")) != nil
            else { continue }
            return words[..<index].joined(separator: " ")
        }
        return text
    }

    static func published(facts: PageFacts, ld: LinkedData?) -> String? {
        var raw: [String] = []
        if let date = ld?.datePublished { raw.append(date) }
        for key in [
            "article:published_time", "parsely-pub-date", "og:published_time", "datepublished",
            "published_time", "article.published", "publish-date", "publishdate", "pubdate", "sailthru.date",
            "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "article:modified_time",
        ] {
            if let value = facts.meta(key) { raw.append(value) }
        }
        if let date = ld?.dateCreated { raw.append(date) }
        raw += facts.stamps.filter(\.published).map(\.value)
        raw += facts.stamps.map(\.value)
        for value in raw {
            if let date = PageDate.iso8601(value) { return date }
        }
        return nil
    }

    static func resolveURL(_ raw: String, against base: String?) -> String? {
        let url = raw.trimmingWhitespace()
        guard !url.isEmpty else { return nil }
        if url.hasPrefix("http://") || url.hasPrefix("https://") { return url }
        guard let base, let origin = origin(base) else { return nil }
        if url.hasPrefix("//") { return (base.hasPrefix("https") ? "https:" : "http:") + url }
        if url.hasPrefix("/") { return origin + url }
        return nil
    }

    /// "https://example.com" of "https://example.com/a/b".
    static func origin(_ url: String) -> String? {
        guard let scheme = schemeEnd(url) else { return nil }
        let rest = url[scheme...]
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        return String(url[..<hostEnd])
    }

    /// Where the host starts: just after "://".
    private static func schemeEnd(_ url: String) -> String.Index? {
        let scalars = Array(url.utf8.prefix(16))
        guard let colon = scalars.firstIndex(of: UInt8(ascii: ":")), colon + 2 < scalars.count,
            scalars[colon + 1] == UInt8(ascii: "/"), scalars[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        return url.utf8.index(url.utf8.startIndex, offsetBy: colon + 3)
    }

    /// "example.com" of "https://www.example.com/a".
    static func host(_ url: String) -> String? {
        guard let origin = origin(url), let scheme = schemeEnd(origin) else { return nil }
        var host = String(origin[scheme...])
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// "en_US" → "en-US", "EN" → "en", "zh-hant-tw" → "zh-Hant-TW".
    static func languageTag(_ raw: String) -> String? {
        let first = raw.split(separator: ",").first.map(String.init) ?? raw
        let parts = first.trimmingWhitespace().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isLetter) else {
            return nil
        }
        var tag = language.lowercased()
        for part in parts.dropFirst() {
            guard part.allSatisfy({ $0.isLetter || $0.isNumber }) else { break }
            if part.count == 2 {
                tag += "-" + part.uppercased()
            } else if part.count == 4 {
                tag += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercased()
            } else {
                tag += "-" + part.lowercased()
            }
        }
        return tag
    }
}
