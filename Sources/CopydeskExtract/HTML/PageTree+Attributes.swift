internal import CLibXML2

/// Attribute names packed into a word, so reading attributes makes no `String` per attribute.
enum AttributeName {
    static func key(_ name: UnsafePointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length < 8 { key |= UInt64(name[length]) << UInt64(8 * length) }
            length += 1
        }
        return length <= 8 ? key : key ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
    }

    static func key(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        var length = 0
        for byte in name.utf8 {
            if length < 8 { key |= UInt64(byte) << UInt64(8 * length) }
            length += 1
        }
        return length <= 8 ? key : key ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
    }

    static let `class` = key("class")
    static let id = key("id")
    static let hidden = key("hidden")
    static let style = key("style")
    static let ariaHidden = key("aria-hidden")
    static let role = key("role")
    static let ariaModal = key("aria-modal")
    static let itemprop = key("itemprop")
    static let rel = key("rel")
    static let href = key("href")
    static let type = key("type")
    static let colspan = key("colspan")
    static let summary = key("summary")
    static let datatable = key("datatable")
}

extension PageTree {
    /// Reads what the extractor needs from the attributes of element `node` into tree node
    /// `index`. Returns false when the element is hidden from readers, so it is left out.
    static func readAttributes(
        _ attributes: AttributeList, _ index: Int32, _ tree: inout PageTree, _ facts: inout PageFacts
    ) -> Bool {
        var classValue: UnsafePointer<xmlChar>?
        var idValue: UnsafePointer<xmlChar>?
        var hidden = false
        var flags: Flags = []
        var role = ""
        var ariaModal = false
        var span: UInt8 = 1
        let tag = tree[index].tag
        attributes.forEach { rawName, content in
            switch AttributeName.key(rawName) {
            case AttributeName.class: classValue = content
            case AttributeName.id: idValue = content
            case AttributeName.hidden: hidden = true
            case AttributeName.style:
                if let content, styleHides(content) { hidden = true }
            case AttributeName.ariaHidden:
                if let content, String(cString: content).trimmingWhitespace().lowercased() == "true" {
                    hidden = true
                }
            case AttributeName.role: role = content.map { String(cString: $0).lowercased() } ?? ""
            case AttributeName.ariaModal: ariaModal = content.map { String(cString: $0) == "true" } ?? false
            case AttributeName.itemprop:
                guard let content else { return }
                var value: [UInt8] = []
                appendLowercased(content, to: &value)
                let found = Self.itempropWords.lists(in: value[...])
                if found & 1 != 0 { flags.insert(.authorMarkup) }
                if found & 2 != 0 { flags.insert(.articleBody) }
                if found & 4 != 0 {
                    if let stamp = attributes.value("datetime") ?? attributes.value("content") {
                        facts.stamps.append(.init(value: stamp, published: true))
                    }
                }
            case AttributeName.rel:
                if let content, String(cString: content).lowercased().split(separator: " ").contains("author") {
                    flags.insert(.authorMarkup)
                }
            case AttributeName.href:
                if tag == .a, let content, content[0] == UInt8(ascii: "#"), content[1] != 0 { flags.insert(.hashLink) }
            case AttributeName.type:
                if tag == .input, let content, String(cString: content).lowercased() == "password" {
                    flags.insert(.passwordField)
                    facts.passwordFields += 1
                }
            case AttributeName.colspan:
                if let content, let n = Int(String(cString: content).trimmingWhitespace()), n > 1 {
                    span = UInt8(clamping: n)
                }
            case AttributeName.summary:
                if tag == .table { flags.insert(.tableHeaders) }
            case AttributeName.datatable:
                if tag == .table, let content, String(cString: content) == "0" { flags.insert(.layoutTable) }
            default: return
            }
        }
        if hidden { return false }
        if ariaModal, role == "dialog" { flags.insert(.modalDialog) }
        switch role {
        case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog":
            flags.insert(.unlikelyRole)
        case "presentation":
            if tag == .table { flags.insert(.layoutTable) }
        default: break
        }
        let start = tree.attributes.count
        if let classValue { appendLowercased(classValue, to: &tree.attributes) }
        let middle = tree.attributes.count
        if let idValue {
            tree.attributes.append(0x20)
            appendLowercased(idValue, to: &tree.attributes)
        }
        let end = tree.attributes.count
        tree.nodes[Int(index)].start = Int32(start)
        tree.nodes[Int(index)].middle = Int32(middle)
        tree.nodes[Int(index)].end = Int32(end)
        tree.nodes[Int(index)].span = span
        if end > start {
            let both = tree.attributes[start..<end]
            let found = ClassWords.matcher.lists(in: both)
            func has(_ list: ClassWords.List) -> Bool { found & list.bit != 0 }
            if has(.unlikely), !has(.maybeCandidate) { flags.insert(.unlikelyClass) }
            if has(.byline) { flags.insert(.bylineClass) }
            if has(.boilerplate) { flags.insert(.boilerplateClass) }
            if has(.comment) { flags.insert(.commentClass) }
            if has(.content) { flags.insert(.contentClass) }
            if isShareWord(both) { flags.insert(.shareClass) }
            let weight =
                middle == start && end == middle
                ? 0
                : ClassWords.weight(tree.attributes[start..<middle])
                    + ClassWords.weight(tree.attributes[min(middle + 1, end)..<end])
            tree.nodes[Int(index)].classWeight = Int8(weight)
        }
        tree.nodes[Int(index)].flags = flags
        return true
    }

    /// itemprop values that matter: author, articleBody, datePublished.
    private static let itempropWords = ClassWords.Matcher([
        ClassWords.words("author"), ClassWords.words("articlebody"), ClassWords.words("datepublished"),
    ])

    private static func appendLowercased(_ value: UnsafePointer<xmlChar>, to buffer: inout [UInt8]) {
        var p = value
        while p.pointee != 0 {
            let byte = p.pointee
            buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : (byte == 0x09 || byte == 0x0A ? 0x20 : byte))
            p += 1
        }
    }

    /// `display:none` or `visibility:hidden` in an inline style.
    private static func styleHides(_ value: UnsafePointer<xmlChar>) -> Bool {
        var compact: [UInt8] = []
        var p = value
        while p.pointee != 0 {
            let byte = p.pointee
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            p += 1
        }
        let slice = compact[...]
        return ClassWords.matches([Array("display:none".utf8), Array("visibility:hidden".utf8)], slice)
    }

    /// Readability's share pattern: "share" or "sharedaddy" as a word (`_` counts as a boundary).
    private static func isShareWord(_ value: ArraySlice<UInt8>) -> Bool {
        var start = value.startIndex
        while start < value.endIndex {
            var end = start
            while end < value.endIndex, isWordByte(value[end]) { end += 1 }
            let length = end - start
            if length == 5 || length == 10, value[start] == UInt8(ascii: "s"),
                value[start..<start + 5].elementsEqual("share".utf8),
                length == 5 || value[start + 5..<end].elementsEqual("daddy".utf8)
            {
                return true
            }
            start = end + 1
        }
        return false
    }

    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Metadata carried by `<meta>`, `<link>` and `<time>`.
    static func gatherFacts(_ tag: HTMLTag, _ attributes: AttributeList, into facts: inout PageFacts) {
        switch tag {
        case .meta:
            guard let content = attributes.value("content") else { return }
            for name in ["property", "name", "itemprop", "http-equiv"] {
                guard let key = attributes.value(name) else { continue }
                // Some pages list several properties in one attribute ("og:title twitter:title").
                for part in key.lowercased().split(separator: " ") {
                    facts.metas.append(.init(key: String(part), content: content))
                }
            }
        case .link:
            guard let rel = attributes.value("rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
                facts.canonical == nil, let href = attributes.value("href")
            else { return }
            facts.canonical = href.trimmingWhitespace()
        case .time:
            guard let value = attributes.value("datetime") else { return }
            let marked =
                attributes.has("pubdate")
                || (attributes.value("itemprop")?.lowercased().contains("datepublished") ?? false)
                || (attributes.value("class")?.lowercased().contains("publish") ?? false)
            facts.stamps.append(.init(value: value, published: marked))
        default:
            return
        }
    }
}
