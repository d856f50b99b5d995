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
        let bytes = Array(name.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return key(base)
        }
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
    /// The value of attribute `name` of `node`, or nil.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let current = attr {
            if let rawName = current.pointee.name, String(cString: rawName) == name {
                return value(of: current)
            }
            attr = current.pointee.next
        }
        return nil
    }

    static func value(of attr: xmlAttrPtr) -> String {
        var result = ""
        var child = attr.pointee.children
        while let text = child {
            if let content = text.pointee.content { result += String(cString: content) }
            child = text.pointee.next
        }
        return result
    }

    /// Reads what the extractor needs from the attributes of element `node` into tree node
    /// `index`. Returns false when the element is hidden from readers, so it is left out.
    static func readAttributes(
        _ node: xmlNodePtr, _ index: Int32, _ tree: inout PageTree, _ facts: inout PageFacts
    ) -> Bool {
        var classValue: UnsafeMutablePointer<xmlChar>?
        var idValue: UnsafeMutablePointer<xmlChar>?
        var flags: Flags = []
        var role = ""
        var ariaModal = false
        var span: UInt8 = 1
        let tag = tree[index].tag
        var attr = node.pointee.properties
        while let current = attr {
            attr = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let content = current.pointee.children?.pointee.content
            switch AttributeName.key(rawName) {
            case AttributeName.class: classValue = content
            case AttributeName.id: idValue = content
            case AttributeName.hidden: return false
            case AttributeName.style:
                if let content, styleHides(content) { return false }
            case AttributeName.ariaHidden:
                if let content, String(cString: content).trimmingWhitespace().lowercased() == "true" {
                    return false
                }
            case AttributeName.role: role = content.map { String(cString: $0).lowercased() } ?? ""
            case AttributeName.ariaModal: ariaModal = content.map { String(cString: $0) == "true" } ?? false
            case AttributeName.itemprop:
                let value = content.map { String(cString: $0).lowercased() } ?? ""
                if value.contains("author") { flags.insert(.authorMarkup) }
                if value.contains("articlebody") { flags.insert(.articleBody) }
                if value.contains("datepublished") {
                    if let stamp = attribute(node, "datetime") ?? attribute(node, "content") {
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
            default: continue
            }
        }
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

    private static func appendLowercased(_ value: UnsafeMutablePointer<xmlChar>, to buffer: inout [UInt8]) {
        var p = value
        while p.pointee != 0 {
            let byte = p.pointee
            buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : (byte == 0x09 || byte == 0x0A ? 0x20 : byte))
            p += 1
        }
    }

    /// `display:none` or `visibility:hidden` in an inline style.
    private static func styleHides(_ value: UnsafeMutablePointer<xmlChar>) -> Bool {
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

    /// Metadata carried by elements that are not part of the text.
    static func gatherFacts(_ tag: HTMLTag, _ node: xmlNodePtr, into facts: inout PageFacts) {
        switch tag {
        case .title:
            guard facts.title == nil else { return }
            var text = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { text += String(cString: content) }
                child = current.pointee.next
            }
            facts.title = text
        case .meta:
            guard let content = attribute(node, "content") else { return }
            for name in ["property", "name", "itemprop", "http-equiv"] {
                guard let key = attribute(node, name) else { continue }
                // Some pages list several properties in one attribute ("og:title twitter:title").
                for part in key.lowercased().split(separator: " ") {
                    facts.metas.append(.init(key: String(part), content: content))
                }
            }
        case .link:
            guard let rel = attribute(node, "rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
                facts.canonical == nil, let href = attribute(node, "href")
            else { return }
            facts.canonical = href.trimmingWhitespace()
        case .script:
            guard let type = attribute(node, "type")?.lowercased(), type.contains("ld+json") else { return }
            var text = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { text += String(cString: content) }
                child = current.pointee.next
            }
            facts.jsonLD.append(text)
        case .time:
            guard let value = attribute(node, "datetime") else { return }
            let marked =
                attribute(node, "pubdate") != nil
                || (attribute(node, "itemprop")?.lowercased().contains("datepublished") ?? false)
                || (attribute(node, "class")?.lowercased().contains("publish") ?? false)
            facts.stamps.append(.init(value: value, published: marked))
        default:
            return
        }
    }
}
