/// What the page says about itself outside its visible text, gathered while the tree is built:
/// `<html lang>`, `<title>`, `<meta>`, `<link rel=canonical>`, JSON-LD, `<time datetime>`.
struct PageFacts: Sendable {
    struct Meta: Sendable {
        /// name, property, itemprop or http-equiv, lower-cased.
        var key: String
        var content: String
    }

    struct Stamp: Sendable {
        var value: String
        /// Marked as the publication date (itemprop=datePublished, pubdate, class "published").
        var published: Bool
    }

    var language: String?
    var title: String?
    var metas: [Meta] = []
    var jsonLD: [String] = []
    var canonical: String?
    var stamps: [Stamp] = []
    var passwordFields = 0
    /// NULs and attributes repaired before parsing (see ``MarkupCleaning/withSafeTags(_:)``).
    var tagRepairs = MarkupCleaning.TagRepairs()
    /// The first non-empty content of each `<meta>` key, see ``indexMetas()``.
    private var metaIndex: [String: String] = [:]

    /// Indexes the `<meta>` tags once all are read: pages carry a hundred and the lookups are many.
    mutating func indexMetas() {
        metaIndex.removeAll(keepingCapacity: true)
        for meta in metas where metaIndex[meta.key] == nil {
            let value = meta.content.trimmingWhitespace()
            if !value.isEmpty { metaIndex[meta.key] = value }
        }
    }

    /// The content of the first `<meta>` whose key is one of `keys`, in the order of `keys`.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            if let value = metaIndex[key] { return value }
        }
        return nil
    }
}
