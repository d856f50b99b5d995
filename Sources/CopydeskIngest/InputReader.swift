public import CopydeskArchive
public import CopydeskExtract

/// Reads one input into a `Document`: gets its bytes (file, standard input or web), refuses what
/// holds no text (empty, binary, too large), decodes it as browsers would and tells HTML from
/// plain text.
public struct InputReader: Sendable {
    /// The size limit, timeout and redirect cap of every read.
    public var options: ReadOptions

    /// A reader with the given limits.
    public init(options: ReadOptions = ReadOptions()) { self.options = options }

    /// The file extensions that make an input HTML whatever its content.
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// Reads an input that ``InputResolver`` produced.
    public func read(_ input: Input) throws(IngestError) -> Document {
        switch input.location {
        case .file(let path):
            let bytes = try FileReader(maxBytes: options.maxBytes).read(path: path, source: input.source)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return try document(
                from: bytes, source: input.source, id: input.id,
                isHTMLByName: Self.htmlExtensions.contains(DirectoryWalker.fileExtension(name)))
        case .standardInput:
            let bytes = try FileReader(maxBytes: options.maxBytes).readStandardInput(source: input.source)
            guard !bytes.isEmpty else { throw IngestError(.empty, source: input.source, "nothing on standard input") }
            return try document(from: bytes, source: input.source, id: input.id)
        case .url(let address):
            let page = try Fetcher(options: options).fetch(address, source: input.source)
            return try document(
                from: page.bytes, source: input.source, id: input.id, contentType: page.contentType,
                url: page.url)
        }
    }

    /// Reads one file, `-` or web address named by `source`; a directory is refused, since it is
    /// many inputs (``InputResolver`` expands it).
    public func read(_ source: String) throws(IngestError) -> Document {
        if InputResolver.isDirectory(source) {
            throw IngestError(.unsupported, source: source, "is a directory")
        }
        guard let entry = InputResolver().resolve([source]).first else {
            throw IngestError(.notFound, source: source, "nothing to read")
        }
        switch entry {
        case .input(let input): return try read(input)
        case .failure(let error): throw error
        case .warning(let source, let message): throw IngestError(.unsupported, source: source, message)
        }
    }

    /// The document in bytes already read.
    ///
    /// - Parameters:
    ///   - bytes: the input's bytes, as read.
    ///   - source: the input as the user gave it, to name it in errors.
    ///   - id: the article's id.
    ///   - isHTMLByName: the file name says HTML (`.html`, `.htm`, `.xhtml`).
    ///   - contentType: the HTTP `Content-Type` header, whose media type and charset count.
    ///   - url: the address the bytes came from, after redirects, when fetched.
    public func document(
        from bytes: [UInt8], source: String, id: String, isHTMLByName: Bool = false,
        contentType: String? = nil, url: String? = nil
    ) throws(IngestError) -> Document {
        guard !bytes.isEmpty else {
            throw IngestError(.empty, source: source, url == nil ? "empty file" : "empty response")
        }
        guard bytes.count <= options.maxBytes else {
            throw FileReader.tooLarge(size: bytes.count, limit: options.maxBytes, source: source)
        }
        if let kind = ContentSniffer.binaryKind(of: bytes) {
            throw IngestError(.binary, source: source, "binary file (\(kind)), not a web page or text")
        }
        let mediaType = contentType.map(MediaType.init)
        if let mediaType, !mediaType.isHTML, !mediaType.isText {
            throw IngestError(
                .unsupported, source: source, "content type \(mediaType.essence) is not a web page or text")
        }
        let sniffedHTML = ContentSniffer.looksLikeHTML(bytes)
        var isHTML = isHTMLByName || mediaType?.isHTML == true || sniffedHTML
        let decoded = CharsetDecoder().decode(bytes, headerCharset: mediaType?.charset, prescan: isHTML)
        if !isHTML && !decoded.charset.isASCIICompatible {
            // UTF-16 can only be sniffed once decoded.
            isHTML = ContentSniffer.looksLikeHTML(decoded.text)
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw IngestError(.empty, source: source, "holds only white space")
        }
        return Document(
            source: source, id: id, content: decoded.text, kind: isHTML ? .html : .text, url: url,
            warnings: decoded.warnings)
    }
}

/// The parts of a `Content-Type` header that matter here.
struct MediaType {
    /// `text/html`, lower-cased, without parameters.
    var essence: String
    var charset: String?

    init(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        essence = parts.first.map { String($0).lowercased().filter { !$0.isWhitespace } } ?? ""
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased().filter({ !$0.isWhitespace }) == "charset" else { continue }
            charset = pair[1].filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        }
    }

    var isHTML: Bool { essence.contains("html") }
    /// Text of some kind; an empty or generic type lets the content decide.
    var isText: Bool {
        essence.isEmpty || essence.hasPrefix("text/") || essence == "application/octet-stream"
            || essence == "application/xml"
    }
}
