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

    /// The content of the first `<meta>` whose key is one of `keys`, in the order of `keys`.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            if let found = metas.first(where: { $0.key == key }) {
                let value = found.content.trimmingWhitespace()
                if !value.isEmpty { return value }
            }
        }
        return nil
    }
}
