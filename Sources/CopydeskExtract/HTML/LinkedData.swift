/// What a page's JSON-LD says about its article (schema.org `NewsArticle` and kin).
struct LinkedData: Sendable {
    var headline: String?
    var name: String?
    var authors: [String] = []
    var datePublished: String?
    var dateCreated: String?
    var publisher: String?
    var articleBody: String?
    var language: String?
    var url: String?
    /// Organisations credited as authors or as the source ("Associated Press", "AFP").
    var organisations: [String] = []

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference", "WebPage", "ItemPage",
    ]

    /// The first article described in `scripts` (each the text of one JSON-LD script), or nil.
    static func read(_ scripts: [String]) -> LinkedData? {
        var pageLevel: LinkedData?
        for script in scripts {
            var text = script.trimmingWhitespace()
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9)) }
            if text.hasSuffix("]]>") { text = String(text.dropLast(3)) }
            guard let root = JSONValue.parse(text.trimmingWhitespace()) else { continue }
            var queue = root.array
            var index = 0
            while index < queue.count, index < 256 {
                let item = queue[index]
                index += 1
                if let graph = item["@graph"] { queue.append(contentsOf: graph.array) }
                let types = (item["@type"]?.array ?? []).compactMap(\.string)
                guard types.contains(where: { articleTypes.contains($0) }) else { continue }
                let found = LinkedData(item)
                if types.contains(where: { $0 == "WebPage" || $0 == "ItemPage" }) {
                    if pageLevel == nil { pageLevel = found }
                    continue
                }
                return found.merging(pageLevel)
            }
        }
        // A WebPage's name is the page's <title>, not a headline: keep only its dates and people.
        guard var page = pageLevel else { return nil }
        page.headline = nil
        page.name = nil
        page.articleBody = nil
        return page
    }

    init(_ item: JSONValue) {
        headline = item["headline"]?.string?.trimmingWhitespace()
        name = item["name"]?.string?.trimmingWhitespace()
        datePublished = item["datePublished"]?.string?.trimmingWhitespace()
        dateCreated = item["dateCreated"]?.string?.trimmingWhitespace()
        publisher = (item["publisher"]?.array.first).flatMap { $0["name"]?.string ?? $0.string }?.trimmingWhitespace()
        articleBody = item["articleBody"]?.string
        language = item["inLanguage"]?.string ?? item["inLanguage"]?["name"]?.string
        url = item["url"]?.string ?? item["mainEntityOfPage"]?["@id"]?.string ?? item["mainEntityOfPage"]?.string
        for author in item["author"]?.array ?? [] {
            let value = author["name"]?.string ?? author.string
            guard let value = value?.trimmingWhitespace(), !value.isEmpty else { continue }
            authors.append(value)
            if let type = author["@type"]?.string, type == "Organization" { organisations.append(value) }
        }
        for key in ["sourceOrganization", "creator", "provider"] {
            for source in item[key]?.array ?? [] {
                if let value = source["name"]?.string ?? source.string { organisations.append(value) }
            }
        }
    }

    private func merging(_ page: LinkedData?) -> LinkedData {
        guard let page else { return self }
        var merged = self
        merged.datePublished = datePublished ?? page.datePublished
        merged.dateCreated = dateCreated ?? page.dateCreated
        merged.publisher = publisher ?? page.publisher
        merged.language = language ?? page.language
        merged.url = url ?? page.url
        if merged.authors.isEmpty { merged.authors = page.authors }
        return merged
    }
}
