/// The element names the extractor reasons about; every other name is `.other`.
///
/// libxml2 lower-cases HTML element names, so the lookup is by the exact lower-case name.
enum HTMLTag: UInt8, Sendable {
    case other, text
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case iframe, object, embed, svg, math, canvas, video, audio, picture, source, img, map
    case figure, figcaption
    case p, div, span, a, br, hr, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption, col, colgroup
    case pre, code, blockquote, address, center
    case section, article, aside, nav, header, footer, main, hgroup, details, summary, dialog
    case form, fieldset, legend, input, textarea, select, option, optgroup, button, label
    case datalist, output, progress, meter
    case font, b, i, em, strong, small, big, sub, sup, time, abbr, cite, q, mark, del, ins
    case s, u, strike, tt, wbr, kbd, samp, `var`, dfn, bdi, bdo, data, ruby, rt, rp
    /// AMP's ads, analytics, sidebars, share buttons and consent prompts.
    case ampFurniture

    private static let all: [HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template,
            .iframe, .object, .embed, .svg, .math, .canvas, .video, .audio, .picture, .source, .img, .map,
            .figure, .figcaption, .p, .div, .span, .a, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6,
            .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .thead, .tbody, .tfoot, .tr, .td, .th,
            .caption, .col, .colgroup, .pre, .code, .blockquote, .address, .center,
            .section, .article, .aside, .nav, .header, .footer, .main, .hgroup, .details, .summary,
            .dialog, .form, .fieldset, .legend, .input, .textarea, .select, .option, .optgroup,
            .button, .label, .datalist, .output, .progress, .meter, .font, .b, .i, .em, .strong,
            .small, .big, .sub, .sup, .time, .abbr, .cite, .q, .mark, .del, .ins, .s, .u, .strike,
            .tt, .wbr, .kbd, .samp, .var, .dfn, .bdi, .bdo, .data, .ruby, .rt, .rp,
        ]
        return all
    }()

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for tag in all { table[tag.name] = tag }
        return table
    }()

    static func named(_ name: String) -> HTMLTag {
        if let tag = byName[name] { return tag }
        if name.hasPrefix("amp-") {
            for prefix in [
                "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel", "amp-sidebar",
                "amp-social-share", "amp-consent", "amp-user-notification", "amp-geo", "amp-auto-ads",
                "amp-call-tracking",
            ]
            where name.hasPrefix(prefix) {
                return .ampFurniture
            }
        }
        return .other
    }

    /// Names of up to 8 bytes packed little-endian into a word, in an open-addressing table:
    /// the lookup for every element of every page, so no `String` is made for it.
    private static let packed: (keys: [UInt64], tags: [HTMLTag]) = {
        var keys = [UInt64](repeating: 0, count: 512)
        var tags = [HTMLTag](repeating: .other, count: 512)
        for tag in all {
            let bytes = Array(tag.name.utf8)
            guard bytes.count <= 8 else { continue }
            var key: UInt64 = 0
            for (i, byte) in bytes.enumerated() { key |= UInt64(byte) << UInt64(8 * i) }
            var slot = slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & 511 }
            keys[slot] = key
            tags[slot] = tag
        }
        return (keys, tags)
    }()

    @inline(__always) private static func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> 55) }

    /// The tag named by the NUL-terminated lower-case `name`.
    static func named(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length == 8 { return named(String(cString: name)) }
            key |= UInt64(name[length]) << UInt64(8 * length)
            length += 1
        }
        guard length > 0 else { return .other }
        let table = packed
        var slot = slot(key)
        while table.keys[slot] != 0 {
            if table.keys[slot] == key { return table.tags[slot] }
            slot = (slot + 1) & 511
        }
        return .other
    }

    var name: String {
        switch self {
        case .var: return "var"
        default: return String(describing: self)
        }
    }

    var isHeading: Bool { self.rawValue >= HTMLTag.h1.rawValue && self.rawValue <= HTMLTag.h6.rawValue }

    /// Content that is never shown as text: left out of the tree (metadata is read from it first).
    var isDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .head, .title, .meta, .link, .base, .ampFurniture: return true
        default: return false
        }
    }

    /// Elements kept in the tree (they count as embeds or form fields) whose content is not text.
    var isOpaque: Bool {
        switch self {
        case .iframe, .object, .embed, .video, .audio, .canvas, .map, .select, .textarea, .datalist,
            .option, .optgroup, .svg:
            return true
        default: return false
        }
    }

    /// Phrasing content as HTML defines it (Readability's list); `a`, `del`, `ins` only when
    /// everything inside them is phrasing too.
    var isPhrasing: Bool {
        switch self {
        case .text, .abbr, .audio, .b, .bdo, .br, .button, .cite, .code, .data, .datalist, .dfn, .em,
            .embed, .i, .img, .input, .kbd, .label, .mark, .math, .meter, .noscript, .object, .output,
            .progress, .q, .ruby, .samp, .script, .select, .small, .span, .strong, .sub, .sup,
            .textarea, .time, .var, .wbr, .font, .big, .tt, .u, .s, .strike, .bdi, .rt, .rp:
            return true
        default: return false
        }
    }

    /// Elements that start a new block of text when rendered.
    var isBlock: Bool {
        switch self {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .menu, .table,
            .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .pre, .blockquote, .address, .center,
            .section, .article, .aside, .nav, .header, .footer, .main, .hgroup, .details, .summary,
            .dialog, .form, .fieldset, .legend, .figure, .figcaption, .hr, .body, .html, .option:
            return true
        default: return false
        }
    }

    /// HTML5 block elements that browsers let close an open `<p>`, but libxml2's HTML4 rules
    /// nest inside it.
    var closesParagraph: Bool {
        switch self {
        case .article, .section, .aside, .nav, .header, .footer, .main, .figure, .figcaption,
            .hgroup, .details, .summary, .dialog, .menu, .address, .blockquote, .dl, .fieldset,
            .form, .h1, .h2, .h3, .h4, .h5, .h6, .hr, .ol, .ul, .pre, .table, .div, .p, .center:
            return true
        default: return false
        }
    }

    /// A set of tags as a bitmask: membership is two shifts and an and, no hashing.
    struct Set: ExpressibleByArrayLiteral, Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(arrayLiteral tags: HTMLTag...) {
            for tag in tags { insert(tag) }
        }

        mutating func insert(_ tag: HTMLTag) {
            let raw = tag.rawValue
            if raw < 64 { low |= 1 << UInt64(raw) } else { high |= 1 << UInt64(raw - 64) }
        }

        @inline(__always) func contains(_ tag: HTMLTag) -> Bool {
            let raw = tag.rawValue
            return raw < 64 ? low & (1 << UInt64(raw)) != 0 : high & (1 << UInt64(raw - 64)) != 0
        }
    }
}
