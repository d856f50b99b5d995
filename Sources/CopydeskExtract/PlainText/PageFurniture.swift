/// What a line of a page dump is when it is not the story: the parts of a page a layout editor
/// calls furniture. Each case is told from the line alone; ``BodyFinder`` weighs the rest with the
/// line's neighbours.
enum PageFurniture: Sendable, Hashable {
    /// Left-over markup or script: "!-- Google tag (gtag.js) -->", "gtag('js', new Date());".
    case markup
    /// A line that holds a date and little else: a date banner, "Published : … Count : 195",
    /// "Updated 3 hours ago". The ISO date, and whether a label says it is the publication date.
    case date(iso8601: String?, labelled: Label)
    /// Page counters: "Count : 195", "1,234 views", "5 min read".
    case counter
    /// A photo caption or photo credit: "… photo : AFP", "IMAGE SOURCE: …", "(AP Photo/…)".
    case photo
    /// Menus, breadcrumbs, pagination, "You Might Also Like", "Also read: …", share bars, tags.
    case navigation
    /// The head of a comment section: nothing after it belongs to the story.
    case comments
    /// Addresses, telephone numbers, e-mail, links.
    case contact
    /// Copyright, imprint and policy lines: "© 2022 …", "Published by the Editor on behalf of …".
    case imprint
    /// "By Jane Doe", "Staff Correspondent": the byline as printed after "By".
    case byline(String)
    /// A wire sign-off on a line of its own: "-AFP", "(With inputs from agencies)".
    case signOff([String])
    /// A wire trailer: "Reporting by Jane Doe; Editing by John Roe", with the reporters.
    case trailer(reporters: String?)

    enum Label: Sendable, Hashable {
        case published
        case updated
        case none
    }

    /// The furniture `text` is, or nil when it may be part of the story.
    static func of(_ text: String, words: [String], order: PublishedDate.NumericOrder?) -> PageFurniture? {
        let lower = text.lowercased()
        if isMarkup(text, lower: lower) { return .markup }
        if let names = signOffNames(text) { return .signOff(names) }
        if let trailer = trailer(lower: lower, text: text) { return trailer }
        if let byline = Byline.detect(in: text) { return .byline(byline) }
        if words.count <= 16, text.utf8.contains(where: { (0x30...0x39).contains($0) }),
            let reading = PublishedDate.reading(of: text, order: order),
            reading.otherWords == 0 || (reading.otherWords <= 3 && !text.hasSuffix("."))
        {
            // "He arrived on 15 September 2022." is a sentence of the story, not a date line.
            return .date(iso8601: reading.iso8601, labelled: label(lower))
        }
        if words.count <= 6, lower.hasSuffix(" ago") || lower.hasSuffix(" ago.") {
            return .date(iso8601: nil, labelled: .none)
        }
        if isCommentsHead(words, lower: lower) { return .comments }
        if isCounter(words) { return .counter }
        if isPhotoCredit(text, lower: lower, words: words) { return .photo }
        if isNavigation(text, lower: lower, words: words) { return .navigation }
        if isContact(lower, words: words) { return .contact }
        if isImprint(lower, words: words) { return .imprint }
        return nil
    }

    /// A caption that names people by their place in the picture: "Xi Jinping (R) and …".
    static func hasPositionMarker(_ text: String) -> Bool {
        let markers = [
            "(r)", "(l)", "(c)", "(l-r)", "(r-l)", "(left)", "(right)", "(centre)", "(center)", "(front)",
            "(2nd l)", "(2nd r)", "(2nd left)", "(2nd right)", "(top)", "(bottom)", "(file)",
        ]
        guard text.includes("(") else { return false }
        let lower = text.lowercased()
        return markers.contains { lower.includes($0) }
    }

    // MARK: Cues

    static func isMarkup(_ text: String, lower: String) -> Bool {
        guard text.utf8.contains(where: { markupBytes.contains($0) }) else { return false }
        if lower.hasPrefix("!--") { return true }
        if text.hasPrefix("<"), text.hasSuffix(">") { return true }
        guard hasCodeCue(text, lower: lower) else { return false }
        // A story about markup quotes it ("…the page showed <script> in place of the score");
        // code left over from a page has few plain words between its symbols.
        return !isMostlyProse(text)
    }

    private static func hasCodeCue(_ text: String, lower: String) -> Bool {
        if lower.includes("<!--") || lower.includes("-->") { return true }
        for code in ["function(", "function (", "window.", "document.", "datalayer", "gtag(", "){", "var ", "=>"]
        where lower.includes(code) && (lower.includes(";") || lower.includes("{") || lower.includes("(")) {
            if code == "var " && !lower.hasPrefix("var ") { continue }
            return true
        }
        return (text.includes("{") || text.includes("}")) && text.includes(";")
    }

    /// Whether most of the line's space-separated tokens are plain words: at least three, and
    /// seven in ten. Code tokens carry symbols (`x=1;`, `gtag('js',`, `{`) or dotted names.
    static func isMostlyProse(_ text: String) -> Bool {
        var tokens = 0
        var words = 0
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            // Dashes and lone punctuation are neither words nor code.
            if token.allSatisfy({ $0.isPunctuation && !"{}[]();".contains($0) }) { continue }
            tokens += 1
            if isPlainWord(token) { words += 1 }
        }
        return words >= 3 && words * 10 >= tokens * 7
    }

    /// A word as prose writes it: letters or digits, with inner apostrophes or hyphens and short
    /// dotted abbreviations ("U.S."), inside ordinary quotes, brackets and punctuation.
    static func isPlainWord(_ token: Substring) -> Bool {
        let leading: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«", "¿", "¡", "$", "£", "€", "#"]
        let trailing: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", ".", ",", ":", "!", "?", "…", "%"]
        var core = token[...]
        while let first = core.first, leading.contains(first) { core.removeFirst() }
        while let last = core.last, trailing.contains(last) { core.removeLast() }
        guard !core.isEmpty else { return false }
        var segment = 0
        var dotted = false
        for character in core {
            if character.isLetter || character.isNumber {
                segment += 1
            } else if character == "." {
                dotted = true
                if segment > 2 { return false }
                segment = 0
            } else if character == "'" || character == "’" || character == "-" || character == "," || character == "/" {
                segment = 0
            } else {
                return false
            }
        }
        return !dotted || segment <= 2
    }

    static let markupBytes: Set<UInt8> = Set("<>!{};=".utf8)

    static func signOffNames(_ text: String) -> [String]? {
        guard text.utf8.count <= 90, let (names, kept) = WireCredit.signOff(in: text), kept.isEmpty else { return nil }
        return names
    }

    static func trailer(lower: String, text: String) -> PageFurniture? {
        let stripped = lower.hasPrefix("(") ? String(lower.dropFirst()) : lower
        let openings = [
            "reporting by", "additional reporting by", "additional reporting from", "writing by", "editing by",
            "compiled by", "our standards:", "with additional reporting",
        ]
        guard openings.contains(where: { stripped.hasPrefix($0) }) else { return nil }
        guard stripped.hasPrefix("reporting by ") else { return .trailer(reporters: nil) }
        // "Reporting by Jane Doe in London; Editing by John Roe" → "Jane Doe"
        var names = text.dropFirst(text.hasPrefix("(") ? 14 : 13)
        if let end = names.firstIndex(where: { $0 == ";" || $0 == ")" }) { names = names[..<end] }
        if let place = names.firstRange(of: " in ") { names = names[..<place.lowerBound] }
        let reporters = String(names).trimmingWhitespace()
        return .trailer(reporters: reporters.isEmpty ? nil : reporters)
    }

    /// What the line says the date is. "September 15, 2022 10:42 AM UTC Updated 2 hours ago"
    /// prints the publication time first and the update after it: the label that opens the line
    /// wins.
    static func label(_ lower: String) -> Label {
        let updated = [
            "updated", "modified", "edited", "last updated", "mis à jour", "actualizado", "aktualisiert", "aggiornato",
            "atualizado",
        ]
        let published = [
            "published", "posted", "publication", "first published", "released", "publié", "publicado",
            "veröffentlicht", "pubblicato",
        ]
        if updated.contains(where: { lower.hasPrefix($0) }) { return .updated }
        if published.contains(where: { lower.includes($0) }) { return .published }
        return .none
    }

    static func isCounter(_ words: [String]) -> Bool {
        guard words.count <= 6, words.contains(where: { $0.first?.isNumber == true }) else { return false }
        let labels: Set<String> = [
            "count", "views", "view", "comments", "comment", "shares", "likes", "reads", "hits", "min", "mins",
            "minute", "minutes", "read", "seen", "visitors",
        ]
        return words.contains { labels.contains($0) }
    }

    static func isPhotoCredit(_ text: String, lower: String, words: [String]) -> Bool {
        let cues: Set<String> = [
            "photo", "photos", "photograph", "photographs", "photographer", "picture", "pictures", "pic", "image",
            "images", "credit", "courtesy", "getty", "shutterstock", "afp", "reuters", "ap", "via",
        ]
        guard words.contains(where: { cues.contains($0) }) else { return false }
        let markers = [
            "photo :", "photo:", "photo by", "photo credit", "photos:", "photos :", "photograph:", "photographs:",
            "photographer:", "picture:", "pictures:", "pic:", "image:", "image source", "image credit", "images:",
            "credit:", "courtesy:", "file photo", "ap photo", "getty images", "shutterstock", "/afp", "via reuters",
            "photo/",
        ]
        for marker in markers where lower.includes(marker) {
            guard let range = lower.firstRange(of: marker) else { continue }
            if range.lowerBound == lower.startIndex { return true }
            if EnglishStopwords.words(String(lower[range.upperBound...])).count <= 8 { return true }
        }
        return words.count <= 12 && WireCredit.isPhotoCredit(text) && !text.hasSuffix(".")
    }

    static func isCommentsHead(_ words: [String], lower: String) -> Bool {
        let heads: Set<String> = [
            "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
            "add comment", "join the conversation", "reader comments", "show comments", "view comments",
            "discussion", "write a comment", "your comment",
        ]
        guard words.count <= 5 else { return false }
        return heads.contains(words.filter { $0.first?.isNumber != true }.joined(separator: " "))
    }

    static func isNavigation(_ text: String, lower: String, words: [String]) -> Bool {
        let teasers = [
            "also read", "read more", "read also", "related:", "related story", "related stories", "related news",
            "related articles", "see also", "watch:", "listen:", "click here", "read:", "more:", "recommended:",
            "don't miss", "must read", "tags:", "tag:", "topics:", "keywords:", "filed under", "categories:",
            "category:", "share this", "share on", "follow us", "subscribe to", "sign up for", "register now",
            "sign up now", "subscribe now", "download the app", "get the app",
        ]
        if words.count <= 30, teasers.contains(where: { lower.hasPrefix($0) }) { return true }
        // "Home Foreign News", "Home > World > Asia"
        if words.count <= 6, words.first == "home", !endsSentence(text) { return true }
        for separator in [" > ", " » ", " › ", " | ", " • ", " · ", " / "]
        where text.count <= 300 && text.includes(separator) {
            let parts = text.splitting(separators: [separator])
            if parts.count >= 3, parts.allSatisfy({ $0.split(separator: " ").count <= 3 }) { return true }
        }
        // Words of the page's interface only: "Advance Search", "You Might Also Like", "« PreviousNext »".
        guard words.count <= 7 else { return false }
        let pieces = splitJoinedWords(text)
        guard !pieces.isEmpty, pieces.count <= 7 else { return false }
        return pieces.allSatisfy { interfaceWords.contains($0) }
    }

    static func isContact(_ lower: String, words: [String]) -> Bool {
        // Footers and contact boxes are short; a paragraph that quotes an address is not one.
        guard words.count <= 60 else { return false }
        let cues = [
            "e-mail:", "email:", "[email", "email protected", "phone:", "tel:", "telephone:", "fax:", "pabx",
            "mobile:", "hotline:", "p.o. box", "po box",
        ]
        if cues.contains(where: { lower.includes($0) }) { return true }
        if words.count <= 3, lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
            return true
        }
        // An e-mail address: "news@observerbd.com".
        if let at = lower.firstIndex(of: "@"), at != lower.startIndex {
            let after = lower[lower.index(after: at)...].prefix(while: { !$0.isWhitespace })
            let before = lower[..<at].last
            return after.contains(".") && (before?.isLetter == true || before?.isNumber == true)
        }
        return false
    }

    static func isImprint(_ lower: String, words: [String]) -> Bool {
        let openings = [
            "published by", "printed by", "printed and published", "editor :", "editor:", "editor-in-chief",
            "editor in chief", "acting editor", "publisher :", "publisher:", "developed by", "powered by",
            "designed by", "developed & maintenance", "developed and maintained", "site by", "design & development",
            "editorial office", "head office", "registered office", "corporate office",
        ]
        if openings.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.includes("©") || lower.includes("copyright") || lower.includes("all rights reserved") { return true }
        let policies = ["privacy policy", "terms of use", "terms of service", "terms and conditions", "cookie policy"]
        if words.count <= 20, policies.contains(where: { lower.includes($0) }) { return true }
        return lower.includes("cookie")
            && ["we use", "this site uses", "this website uses", "accept", "consent"]
                .contains(where: { lower.includes($0) })
    }

    /// Ends like a sentence: ".", "!", "?", "…" or ":", before any closing quotes and brackets.
    static func endsSentence(_ text: String) -> Bool {
        let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»", "*"]
        guard let last = text.reversed().first(where: { !closers.contains($0) }) else { return false }
        return [".", "!", "?", "…", ":"].contains(last)
    }

    /// Lowercased words with interface glue split apart: "PreviousNext" → previous, next.
    static func splitJoinedWords(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previousLower = false
        for character in text {
            if character.isLetter || character == "-" || character == "'" || character == "’" {
                if character.isUppercase, previousLower, !current.isEmpty {
                    pieces.append(current.lowercased())
                    current = ""
                }
                current.append(character)
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { pieces.append(current.lowercased()) }
                current = ""
                previousLower = false
                if character.isNumber { return [] }
            }
        }
        if !current.isEmpty { pieces.append(current.lowercased()) }
        return pieces
    }

    /// Words of a site's interface. A short line made only of them is a menu item, a button or a
    /// list heading; article subheadings almost always carry a word of their own.
    static let interfaceWords: Set<String> = [
        "home", "video", "videos", "gallery", "galleries", "photo", "photos", "epaper", "e-paper", "archive",
        "archives", "search", "advance", "advanced", "latest", "news", "breaking", "most", "read", "popular",
        "viewed", "shared", "commented", "trending", "top", "stories", "story", "related", "recommended", "more",
        "also", "like", "you", "might", "may", "for", "from", "the", "of", "in", "and", "us", "about", "contact",
        "advertise", "advertisement", "advertisements", "ad", "ads", "sponsored", "subscribe", "subscription",
        "newsletter", "newsletters", "sign", "up", "log", "login", "logout", "register", "account", "menu",
        "share", "this", "article", "on", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram",
        "email", "e-mail", "print", "copy", "link", "follow", "tags", "tag", "topics", "next", "previous",
        "prev", "back", "to", "page", "continue", "continues", "reading", "below", "scroll", "click", "here",
        "listen", "watch", "podcast", "podcasts", "live", "today", "editor's", "picks", "pick", "must", "don't",
        "miss", "see", "all", "view", "load", "show", "hide", "close", "skip", "content", "main", "navigation",
        "toggle", "open", "app", "download", "get", "rss", "feed", "save", "bookmark", "font", "size", "audio",
        "play", "updates", "headlines", "highlights", "featured", "feedback", "privacy", "policy", "terms", "faq",
        "help", "careers", "sitemap", "other", "your", "our", "a", "newer", "older", "posts", "post", "sections",
        "tweet", "reply", "replies", "report", "pin", "whatsapp", "messenger", "reddit", "forgot", "password",
        "create", "in", "out", "my",
    ]
}
