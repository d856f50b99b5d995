import CopydeskText

/// Fixture text with expected spans marked inside it, as swift-format's tests do: `⟦` opens a
/// span and `⟧` closes it; spans may nest. The markers are removed and each span's Unicode
/// scalar offsets in the article's `text` are kept, in the order the spans open.
struct MarkedArticle {
    var article: Article
    var spans: [Range<Int>]

    init(id: String, published: String? = nil, dateline: String? = nil, _ marked: [String]) {
        var paragraphs: [String] = []
        var spans: [Range<Int>] = []
        var open: [(index: Int, start: Int)] = []
        var offset = 0
        for (number, paragraph) in marked.enumerated() {
            if number > 0 { offset += 2 }
            var clean = String.UnicodeScalarView()
            for scalar in paragraph.unicodeScalars {
                switch scalar {
                case "⟦":
                    open.append((spans.count, offset))
                    spans.append(offset..<offset)
                case "⟧":
                    if let last = open.popLast() { spans[last.index] = last.start..<offset }
                default:
                    clean.append(scalar)
                    offset += 1
                }
            }
            paragraphs.append(String(clean))
        }
        self.article = Article(
            source: "\(id).txt", id: id, published: published, dateline: dateline, paragraphs: paragraphs)
        self.spans = spans
    }

    /// The text of span `index`.
    func text(_ index: Int) -> String {
        let scalars = Array(article.text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[spans[index]]))
    }
}

extension Article {
    /// The text between two scalar offsets of ``text``.
    func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return "<out of range \(start)..<\(end)>" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
