/// The words in class and id attributes that tell content from furniture, matched as
/// Readability does: case-insensitive substrings of "class id".
enum ClassWords {
    static let unlikely = words(
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote")
    static let maybeCandidate = words("and", "article", "body", "column", "content", "main", "mathjax", "shadow")
    static let positive = words(
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
        "text", "blog", "story")
    static let negative = words(
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget")
    static let byline = words("byline", "author", "dateline", "writtenby", "p-author")
    /// Furniture Readability keeps but a reader does not want in the story: captions and credits,
    /// cookie and consent banners, newsletter boxes, "most read", breadcrumbs, tag lists, ads.
    static let boilerplate = words(
        "caption", "credit", "cookie", "consent", "newsletter", "most-read", "mostread", "most-popular",
        "mostpopular", "breadcrumb", "tag-list", "taglist", "post-tags", "article-tags", "entry-tags",
        "subscribe", "signup", "sign-up", "paywall", "advert", "ad-container", "ad-slot", "adslot",
        "ad-unit", "adunit", "outbrain", "taboola", "share", "social", "related", "recommend",
        "read-more", "readmore", "read-next", "more-stories", "promo", "sponsor", "print-only")
    static let content = words(
        "articlebody", "article-body", "article_body", "articlecontent", "article-content",
        "article__content", "article__body", "article-text", "articletext", "story-body", "storybody",
        "story-content", "storycontent", "entry-content", "post-content", "postcontent", "post-body",
        "postbody", "post-entry", "post_content", "entry_content", "main-content", "maincontent",
        "content-body", "body-text", "bodytext", "td-post-content", "single-post-content", "text-content",
        "article__text", "article-main", "news-text", "itemfulltext", "field-name-body", "rich-text",
        "c-entry-content", "blog-content", "page-content")
    static let comment = words("comment", "disqus", "replies", "respond")

    static func words(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }

    /// Whether any of `list` occurs in `haystack` (already lower-case).
    static func matches(_ list: [[UInt8]], _ haystack: ArraySlice<UInt8>) -> Bool {
        guard !haystack.isEmpty else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            for needle in list where needle.count <= hay.count {
                let first = needle[0]
                var i = 0
                let last = hay.count - needle.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
            }
            return false
        }
    }

    /// Readability's negative list also holds "hid" as a whole word.
    static func hasHidWord(_ haystack: ArraySlice<UInt8>) -> Bool {
        var word: [UInt8] = []
        for byte in haystack {
            if byte == 0x20 {
                if word == Array("hid".utf8) { return true }
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(byte)
            }
        }
        return word == Array("hid".utf8)
    }

    /// Readability's class weight of one attribute value: -25 for negative words, +25 for positive.
    static func weight(_ value: ArraySlice<UInt8>) -> Int {
        guard !value.isEmpty else { return 0 }
        var weight = 0
        if matches(negative, value) || hasHidWord(value) { weight -= 25 }
        if matches(positive, value) { weight += 25 }
        return weight
    }
}
