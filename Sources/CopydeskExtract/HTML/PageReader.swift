internal import CLibXML2

/// Reads a page with libxml2's HTML parser, building the ``PageTree`` straight from its SAX
/// events: no libxml2 tree is made and freed, which is close to half of libxml2's time.
///
/// The parser still decides the structure (implied `<html>`/`<body>`, auto-closed elements,
/// recovery from broken markup); the reader only records it. One reader per page and thread.
final class PageReader {
    /// Everything the reader builds, in one struct so each SAX callback pays for one
    /// exclusive access to the class, not one per field.
    private var state: State

    /// Deeper than this, elements become siblings (as in Blink), so no pass over the tree costs
    /// more than n × maximumDepth however deep the markup nests.
    static let maximumDepth: Int32 = 512

    /// The text, in UTF-8 bytes, from which a `<noscript>` may be the article printed for
    /// readers without scripts (a dozen sentences); most "enable JavaScript" notices and menus
    /// put there are far shorter.
    static let noscriptArticleBytes = 1000

    /// libxml2 must be initialised once before threads parse concurrently.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private init(size: Int) {
        state = State(size: size)
    }

    /// Parses UTF-8 `html` as UTF-8 whatever it declares, with no network and no diagnostics.
    static func read(_ html: String) -> (PageTree, PageFacts)? {
        guard initialised else { return nil }
        copydesk_silenceLibXML2()  // error handlers are per thread
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        guard let sax = context.pointee.sax else { return nil }
        installHandlers(sax)
        var text = html
        if text.isEmpty { text = "<html></html>" }
        let reader = PageReader(size: text.utf8.count)
        context.pointee._private = Unmanaged.passUnretained(reader).toOpaque()
        func parse(_ buffer: UnsafeBufferPointer<UInt8>) {
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return }
                // No startDocument handler, so no document is built; free one should it come.
                if let document = htmlCtxtReadMemory(
                    context, base, Int32(clamping: chars.count), nil, "UTF-8", COPYDESK_HTML_OPTIONS)
                {
                    xmlFreeDoc(document)
                }
            }
        }
        // Script and style text last, on the bytes libxml2 would read: the reader ignores it,
        // and the attribute values it never reads.
        func parseWithoutRawText(_ buffer: UnsafeBufferPointer<UInt8>) {
            if let lean = MarkupCleaning.withoutRawText(buffer, droppingUnreadAttributes: true) {
                lean.withUnsafeBufferPointer(parse)
            } else {
                parse(buffer)
            }
        }
        func parseWithoutCDATA(_ buffer: UnsafeBufferPointer<UInt8>) {
            if let cleaned = MarkupCleaning.withoutCDATASections(buffer) {
                cleaned.withUnsafeBufferPointer(parseWithoutRawText)
            } else {
                parseWithoutRawText(buffer)
            }
        }
        // NULs and attribute floods go first: libxml2 stops at the one and crawls on the other.
        func parseCleaned(_ buffer: UnsafeBufferPointer<UInt8>) {
            if let (safe, repairs) = MarkupCleaning.withSafeTags(buffer) {
                reader.state.facts.tagRepairs = repairs
                safe.withUnsafeBufferPointer(parseWithoutCDATA)
            } else {
                parseWithoutCDATA(buffer)
            }
        }
        // Native strings are contiguous UTF-8: libxml2 reads them in place unless they need repair.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable(parseCleaned)
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer(parseCleaned)
        }
        context.pointee._private = nil
        reader.state.flushText()
        reader.state.settleNoscripts()
        reader.state.facts.indexMetas()
        return (reader.state.tree, reader.state.facts)
    }

    private static func reader(_ context: UnsafeMutableRawPointer?) -> PageReader? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = parser.pointee._private else { return nil }
        return Unmanaged<PageReader>.fromOpaque(raw).takeUnretainedValue()
    }

    private static func installHandlers(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
        var handler = sax.pointee
        handler.internalSubset = nil
        handler.externalSubset = nil
        handler.startDocument = nil
        handler.endDocument = nil
        handler.reference = nil
        handler.processingInstruction = nil
        handler.comment = nil
        handler.warning = nil
        handler.error = nil
        handler.fatalError = nil
        handler.serror = nil
        handler.startElement = { context, name, attributes in
            guard let name else { return }
            PageReader.reader(context)?.state.start(name, AttributeList(raw: attributes))
        }
        handler.endElement = { context, _ in PageReader.reader(context)?.state.end() }
        handler.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            PageReader.reader(context)?.state.characters(bytes, Int(count))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        sax.pointee = handler
    }
}

extension PageReader {
    fileprivate enum Mode {
        /// Elements and text go into the tree under `target`.
        case normal
        /// Inside `<head>`: only metadata is read.
        case head
        /// Inside something never shown (scripts, hidden elements, embeds): ignored.
        case skip
        /// Inside `<title>` or a JSON-LD script: the text is kept for ``PageFacts``.
        case title, linkedData
    }

    fileprivate struct Open {
        var mode: Mode
        /// Where children attach: the element itself, or its parent once an HTML5 block has
        /// closed a `<p>`.
        var target: Int32
        /// The element's node (-1 when it has none).
        var node: Int32
    }

    fileprivate struct State {
        var tree = PageTree()
        var facts = PageFacts()
        var stack: [Open] = []
        var depth: [Int32] = [0]
        var pending: [UInt8] = []
        var pendingTarget: Int32 = -1
        var capture: [UInt8] = []
        var sawBody = false
        /// The open `<noscript>` elements, with the size of the page's text when each opened.
        var noscripts: [(node: Int32, textStart: Int)] = []
        /// The closed ones long enough to be an article, and the text of the short ones dropped.
        var longNoscripts: [(node: Int32, textBytes: Int)] = []
        var droppedNoscriptBytes = 0

        init(size: Int) {
            let root = tree.makeNode(.html)
            tree.body = root
            tree.nodes.reserveCapacity(max(1024, size / 40))
            tree.text.reserveCapacity(max(1 << 14, size / 4))
            stack.reserveCapacity(64)
        }

        // MARK: Events

        mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: AttributeList) {
            flushText()
            let tag = HTMLTag.named(name)
            let parent = stack.last ?? Open(mode: .normal, target: 0, node: 0)
            switch parent.mode {
            case .skip, .title, .linkedData:
                stack.append(Open(mode: .skip, target: -1, node: -1))
                return
            case .head, .normal:
                break
            }
            // <noscript> in the body is read like any element and judged when it closes. Before
            // the body, libxml2 may open an implied <body> inside it (an <img> pixel in the head's
            // <noscript>): there it stays unread, as every <noscript> used to be.
            if tag.isDropped, tag != .noscript || parent.mode == .head || !sawBody {
                stack.append(Open(mode: droppedMode(tag, attributes), target: -1, node: -1))
                return
            }
            if tag == .html {
                if let lang = attributes.value("lang") ?? attributes.value("xml:lang") { facts.language = lang }
                stack.append(Open(mode: .normal, target: 0, node: 0))
                return
            }
            if tag == .time { PageTree.gatherFacts(tag, attributes, into: &facts) }
            if parent.mode == .head {
                // Stray content of <head>: nothing a reader sees, but metadata may be inside.
                stack.append(Open(mode: .head, target: -1, node: -1))
                return
            }
            let index = tree.makeNode(tag)
            guard PageTree.readAttributes(attributes, index, &tree, &facts) else {
                tree.nodes.removeLast()
                stack.append(Open(mode: .skip, target: -1, node: -1))
                return
            }
            var target = parent.target
            // A block that a browser would not let sit inside <p> closes it (HTML5): that block and
            // what follows it become the paragraph's siblings.
            if tag.closesParagraph, let top = stack.indices.last, stack[top].node >= 0, stack[top].node == target,
                tree[target].tag == .p, tree[target].parent >= 0
            {
                target = tree[target].parent
                stack[top].target = target
            }
            if depth[Int(target)] >= PageReader.maximumDepth { target = tree[target].parent }
            depth.append(depth[Int(target)] + 1)
            if tree[target].flags.contains(.preformatted) || tag == .pre {
                tree.nodes[Int(index)].flags.insert(.preformatted)
            }
            tree.append(index, to: target)
            if tag == .noscript { noscripts.append((index, tree.text.count)) }
            if tag == .body, !sawBody {
                sawBody = true
                tree.body = index
            }
            stack.append(Open(mode: tag.isOpaque ? .skip : .normal, target: index, node: index))
        }

        static let linkedDataType = ClassWords.Matcher([ClassWords.words("ld+json")])

        private mutating func droppedMode(_ tag: HTMLTag, _ attributes: AttributeList) -> Mode {
            switch tag {
            case .head: return .head
            case .title:
                capture.removeAll(keepingCapacity: true)
                return facts.title == nil ? .title : .skip
            case .script:
                guard attributes.valueContains("type", Self.linkedDataType) else { return .skip }
                capture.removeAll(keepingCapacity: true)
                return .linkedData
            default:
                PageTree.gatherFacts(tag, attributes, into: &facts)
                return .skip
            }
        }

        mutating func end() {
            flushText()
            guard let closed = stack.popLast() else { return }
            switch closed.mode {
            case .title: facts.title = String(decoding: capture, as: UTF8.self)
            case .linkedData: facts.jsonLD.append(String(decoding: capture, as: UTF8.self))
            default: break
            }
            if closed.node >= 0, let open = noscripts.last, open.node == closed.node {
                noscripts.removeLast()
                closeNoscript(open.node, textBytes: tree.text.count - open.textStart)
            }
        }

        /// What a page shows without scripts is usually a tracking pixel or "please enable
        /// JavaScript"; but some blogs and archives print the whole article only there, for
        /// readers without scripts, and fill the visible page from a script. A short `<noscript>`
        /// is dropped at once, as browsers with scripts on do; a long one waits for the end of
        /// the page (``settleNoscripts()``).
        private mutating func closeNoscript(_ node: Int32, textBytes: Int) {
            if textBytes >= PageReader.noscriptArticleBytes {
                longNoscripts.append((node, textBytes))
            } else {
                droppedNoscriptBytes += textBytes
                tree.unlink(node)
            }
        }

        /// A long `<noscript>` is the article only when the page around it is a shell, with less
        /// text than it: a consent notice or a cookie wall of the same length on a full page
        /// stays out.
        mutating func settleNoscripts() {
            let inside = longNoscripts.reduce(0) { $0 + $1.textBytes }
            let outside = tree.text.count - inside - droppedNoscriptBytes
            for (node, textBytes) in longNoscripts {
                if textBytes > outside { tree[node].tag = .div } else { tree.unlink(node) }
            }
            longNoscripts.removeAll()
        }

        mutating func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
            guard let top = stack.last else { return }
            switch top.mode {
            case .normal:
                // libxml2 hands text over in pieces (it splits at every reference): gather them so
                // legacy entities such as "&nbsp" are seen whole.
                if pendingTarget != top.target {
                    flushText()
                    pendingTarget = top.target
                }
                pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            case .title, .linkedData:
                capture.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            case .head, .skip:
                return
            }
        }

        mutating func flushText() {
            guard !pending.isEmpty else { return }
            defer {
                pending.removeAll(keepingCapacity: true)
                pendingTarget = -1
            }
            let target = pendingTarget
            guard target >= 0 else { return }
            let start = Int32(tree.text.count)
            let preformatted = tree[target].flags.contains(.preformatted)
            pending.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                PageText.append(base, count: buffer.count, preformatted: preformatted, to: &tree.text)
            }
            guard tree.text.count > Int(start) else { return }
            let index = tree.makeNode(.text)
            tree.nodes[Int(index)].start = start
            tree.nodes[Int(index)].end = Int32(tree.text.count)
            var parent = target
            if depth[Int(parent)] >= PageReader.maximumDepth { parent = tree[parent].parent }
            depth.append(depth[Int(parent)] + 1)
            tree.append(index, to: parent)
        }

    }
}

/// The attributes of an element as libxml2's SAX interface passes them: name, value, name,
/// value…, ending with a null name; a value is null for an attribute written without one.
struct AttributeList {
    let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    func forEach(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?) -> Void) {
        guard let raw else { return }
        var i = 0
        while let name = raw[i] {
            body(name, raw[i + 1])
            i += 2
        }
    }

    func value(_ name: String) -> String? {
        guard let raw else { return nil }
        let key = AttributeName.key(name)
        var i = 0
        while let current = raw[i] {
            if AttributeName.key(current) == key, String(cString: current) == name {
                return raw[i + 1].map { String(cString: $0) } ?? ""
            }
            i += 2
        }
        return nil
    }

    func has(_ name: String) -> Bool { value(name) != nil }

    /// Whether the value of `name`, lower-cased, holds a word of `words`, without making strings.
    func valueContains(_ name: String, _ words: ClassWords.Matcher) -> Bool {
        guard let raw else { return false }
        let key = AttributeName.key(name)
        var i = 0
        while let current = raw[i] {
            if AttributeName.key(current) == key, let value = raw[i + 1] {
                var lowered: [UInt8] = []
                var p = value
                while p.pointee != 0 {
                    lowered.append(p.pointee >= 0x41 && p.pointee <= 0x5A ? p.pointee | 0x20 : p.pointee)
                    p += 1
                }
                return words.lists(in: lowered[...]) != 0
            }
            i += 2
        }
        return false
    }
}
