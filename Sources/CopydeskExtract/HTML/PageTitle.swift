/// The article's title: JSON-LD, then the title `<meta>` tags, then the page's `<title>` with
/// the site name cut off the way Readability does it.
enum PageTitle {
    static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»", "–", "—", ":", "·"]

    static func resolve(
        facts: PageFacts, linkedData: LinkedData?, h1: [String], h2: [String], siteName: String?
    ) -> String? {
        let documentTitle = fromDocumentTitle(facts.title ?? "", h1: h1, h2: h2)
        var title: String?
        if let ld = linkedData {
            if let name = ld.name, let headline = ld.headline, name != headline {
                let nameMatches = TitleSimilarity.similarity(name, documentTitle) > 0.75
                let headlineMatches = TitleSimilarity.similarity(headline, documentTitle) > 0.75
                title = headlineMatches && !nameMatches ? headline : name
            } else {
                title = ld.headline ?? ld.name
            }
        }
        if title?.isEmpty ?? true {
            title = facts.meta(
                "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                "twitter:title", "parsely-title")
        }
        if title?.isEmpty ?? true { title = documentTitle }
        guard var result = title.map(collapse), !result.isEmpty else { return nil }
        if let siteName { result = dropSiteName(siteName, from: result) }
        return result
    }

    /// "Headline | Section | Site" → "Headline | Section" (Readability's rules), or the `<h1>`
    /// when the title is too short or too long to be a headline.
    static func fromDocumentTitle(_ raw: String, h1: [String], h2: [String]) -> String {
        let original = collapse(raw)
        var title = original
        func wordCount(_ s: String) -> Int { s.split(whereSeparator: \.isWhitespace).count }
        var hierarchical = false
        let chars = Array(original)
        func isSeparatorAt(_ i: Int, _ set: Set<Character>) -> Bool {
            i > 0 && i + 1 < chars.count && chars[i - 1] == " " && chars[i + 1] == " " && set.contains(chars[i])
        }
        let primary = Self.primarySeparators
        let separatorPositions = chars.indices.filter { isSeparatorAt($0, primary) }
        if let last = separatorPositions.last {
            hierarchical = chars.indices.contains { isSeparatorAt($0, Self.hierarchicalSeparators) }
            title = String(chars[..<(last - 1)])
            if wordCount(title) < 3, let first = chars.firstIndex(where: { primary.contains($0) }) {
                title = String(chars[(first + 1)...])
            }
        } else if original.contains(": ") {
            if !(h1 + h2).contains(where: { $0 == original }) {
                if let colon = original.lastIndex(of: ":") {
                    title = String(original[original.index(after: colon)...])
                }
                if wordCount(title) < 3, let colon = original.firstIndex(of: ":") {
                    title = String(original[original.index(after: colon)...])
                } else if let colon = original.firstIndex(of: ":"), wordCount(String(original[..<colon])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            if h1.count == 1, let only = h1.first { title = only }
        }
        title = collapse(title)
        let count = wordCount(title)
        let withoutSeparators = original.filter { !primary.contains($0) }
        if count <= 4, !hierarchical || count != wordCount(withoutSeparators) - 1 {
            title = original
        }
        return title
    }

    /// "Headline | Site" → "Headline" when Site is the outlet's name.
    static func dropSiteName(_ site: String, from title: String) -> String {
        let siteLower = site.lowercased()
        let lower = title.lowercased()
        guard lower.hasSuffix(siteLower), title.count > site.count + 3 else { return title }
        var head = String(title.dropLast(site.count))
        let before = head
        head = head.trimmingWhitespace()
        guard let last = head.last, separators.contains(last), before.hasSuffix(" ") else { return title }
        head = String(head.dropLast()).trimmingWhitespace()
        return head.count >= 3 ? head : title
    }

    static let primarySeparators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
    static let hierarchicalSeparators: Set<Character> = ["\\", "/", ">", "»"]

    /// White space runs (ASCII and Unicode spaces) as one ASCII space, trimmed; on UTF-8 bytes.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = !out.isEmpty
                    i += 1
                    continue
                }
                if byte >= 0xC2 {
                    let width = PageText.spaceWidth(base + i, bytes.count - i)
                    if width > 0 {
                        space = !out.isEmpty
                        i += width
                        continue
                    }
                }
                if space { out.append(0x20) }
                space = false
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
