/// A self-contained HTML page being written: markup appended to a string, every piece of data
/// through ``Swift/String/htmlEscaped()``.
///
/// Tag and attribute names are the renderer's own literals; only attribute values and text come
/// from articles, and both are escaped here, so no caller writes data into markup by hand.
struct HTMLPage: Sendable {
    private(set) var body = ""

    /// Opens `tag` with `attributes`; nil values are left out, so optional data needs no `if`.
    mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        body += "<\(tag)"
        for (name, value) in attributes {
            guard let value else { continue }
            body += " \(name)=\"" + value.htmlEscaped() + "\""
        }
        body += ">"
    }

    mutating func close(_ tag: StaticString) { body += "</\(tag)>" }

    /// `<tag …>text</tag>`.
    mutating func element(
        _ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String
    ) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// `<tag …>` filled by `content`, then `</tag>`.
    mutating func element(
        _ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
        _ content: (inout HTMLPage) -> Void
    ) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    mutating func text(_ text: String) { body += text.htmlEscaped() }

    /// Fixed markup written by the renderer itself (icons, SVG definitions); never data.
    mutating func markup(_ markup: StaticString) { body += "\(markup)" }

    /// The complete document: the CSP (hashes of exactly the inline style and script blocks, and
    /// nothing that could be fetched), the style, the body, the data island and the script.
    ///
    /// `data` must be JSON from ``JSONWriter``, which escapes `<`, `>`, `&`, U+2028 and U+2029, so
    /// no article text can close the `<script type="application/json">` block or start a comment.
    static func document(title: String, style: String, script: String, data: String, body: String) -> String {
        let policy = [
            "default-src 'none'",
            "script-src " + SHA256.cspSource(for: script),
            "style-src " + SHA256.cspSource(for: style),
            "base-uri 'none'",
            "form-action 'none'",
            "frame-src 'none'",
        ].joined(separator: "; ")
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy.htmlEscaped() + "\">\n"
        page += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"copydesk\">\n"
        page += "<title>" + title.htmlEscaped() + "</title>\n"
        page += "<style>" + style + "</style>\n</head>\n<body>\n"
        page += body
        page += "\n<script type=\"application/json\" id=\"report-data\">" + data + "</script>\n"
        page += "<script>" + script + "</script>\n</body>\n</html>\n"
        return page
    }
}

extension String {
    /// The one escape every byte of article text goes through on its way into the HTML report,
    /// as element text or as an attribute value: `&`, `<`, `>`, `"` and `'` become character
    /// references, and control characters an HTML parser would reject become U+FFFD.
    func htmlEscaped() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
