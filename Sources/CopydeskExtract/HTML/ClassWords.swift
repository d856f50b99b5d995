/// The words in class and id attributes that tell content from furniture, matched as
/// Readability does: case-insensitive substrings of "class id".
enum ClassWords {
    static let unlikely = words(
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "author-info", "author-bio", "authorbio", "author-box",
        "authorbox", "about-author", "about-the-author", "author-description")
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
    /// The author's box under a post (photo, a few lines about them, "all posts by"): never the
    /// story, however long. WordPress themes and news CMSs name it these ways.
    static let authorBox = words(
        "author-info", "author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author",
        "author-description", "author-profile", "autor-box", "autorbox", "autoren-box", "author_bio", "author_box",
        "author-details", "post-author-bio", "entry-author-info")

    static func words(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }

    /// Whether any of `list` occurs in `haystack` (already lower-case).
    static func matches(_ list: [[UInt8]], _ haystack: ArraySlice<UInt8>) -> Bool {
        guard !haystack.isEmpty else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            for needle in list where needle.count <= hay.count {
                if find(needle, in: hay) { return true }
            }
            return false
        }
    }

    @inline(__always) static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { n in
            let first = n[0]
            let count = n.count
            var i = 0
            let last = hay.count - count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < count, hay[i + j] == n[j] { j += 1 }
                    if j == count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// The lists, by index, that have a word in `haystack`: one pass over the haystack, trying
    /// only the words that start with the byte at hand.
    /// An Aho–Corasick automaton over all the lists at once: one table step per byte of the
    /// class and id, whatever the number of words.
    struct Matcher: Sendable {
        private static let alphabet = 40
        /// `next[state * alphabet + symbol]`: the state after reading `symbol`.
        private let next: [Int16]
        /// The lists with a word ending at each state (through failure links too).
        private let output: [UInt16]

        /// a–z, 0–9, `-`, `_`, `:`; everything else (spaces too) is symbol 0, found in no word.
        @inline(__always) private static func symbol(_ byte: UInt8) -> Int {
            switch byte {
            case 0x61...0x7A: return Int(byte - 0x61) + 1
            case 0x30...0x39: return Int(byte - 0x30) + 27
            case 0x2D: return 37
            case 0x5F: return 38
            case 0x3A: return 39
            default: return 0
            }
        }

        init(_ lists: [[[UInt8]]]) {
            let size = Self.alphabet
            var trie: [[Int]] = [Array(repeating: -1, count: size)]
            var output: [UInt16] = [0]
            for (index, list) in lists.enumerated() {
                for word in list {
                    var state = 0
                    for byte in word {
                        let symbol = Self.symbol(byte)
                        if trie[state][symbol] < 0 {
                            trie.append(Array(repeating: -1, count: size))
                            output.append(0)
                            trie[state][symbol] = trie.count - 1
                        }
                        state = trie[state][symbol]
                    }
                    output[state] |= UInt16(1) << UInt16(index)
                }
            }
            // Breadth-first: failure links, and missing edges filled in so the table is a DFA.
            var failure = [Int](repeating: 0, count: trie.count)
            var queue: [Int] = []
            for symbol in 0..<size {
                let child = trie[0][symbol]
                if child < 0 { trie[0][symbol] = 0 } else { queue.append(child) }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                output[state] |= output[failure[state]]
                for symbol in 0..<size {
                    let child = trie[state][symbol]
                    if child < 0 {
                        trie[state][symbol] = trie[failure[state]][symbol]
                    } else {
                        failure[child] = trie[failure[state]][symbol]
                        queue.append(child)
                    }
                }
            }
            next = trie.flatMap { $0.map { Int16($0) } }
            self.output = output
        }

        func lists(in haystack: ArraySlice<UInt8>) -> UInt16 {
            var found: UInt16 = 0
            next.withUnsafeBufferPointer { next in
                output.withUnsafeBufferPointer { output in
                    var state = 0
                    for byte in haystack {
                        state = Int(next[state &* Self.alphabet &+ Self.symbol(byte)])
                        found |= output[state]
                    }
                }
            }
            return found
        }
    }

    enum List: UInt16 {
        case unlikely, maybeCandidate, positive, negative, byline, boilerplate, content, comment
        var bit: UInt16 { 1 << rawValue }
    }

    static let matcher = Matcher([unlikely, maybeCandidate, positive, negative, byline, boilerplate, content, comment])

    /// Readability's negative list also holds "hid" as a whole word.
    static func hasHidWord(_ haystack: ArraySlice<UInt8>) -> Bool {
        var start = haystack.startIndex
        while start < haystack.endIndex {
            let end = haystack[start...].firstIndex(of: 0x20) ?? haystack.endIndex
            if end - start == 3, haystack[start] == 0x68, haystack[start + 1] == 0x69, haystack[start + 2] == 0x64 {
                return true
            }
            start = end + 1
        }
        return false
    }

    /// Readability's class weight of one attribute value: -25 for negative words, +25 for positive.
    static func weight(_ value: ArraySlice<UInt8>) -> Int {
        guard !value.isEmpty else { return 0 }
        let found = matcher.lists(in: value)
        var weight = 0
        if found & List.negative.bit != 0 || hasHidWord(value) { weight -= 25 }
        if found & List.positive.bit != 0 { weight += 25 }
        return weight
    }
}
