extension MarkupCleaning {
    /// Attributes ``PageReader`` never reads, left out before libxml2 copies their values: image
    /// addresses (`src`, `srcset`), `data-*` and `on*` attributes, SVG path data, alternative
    /// text and tooltips, sizes. A link's address counts only by its first byte (`#` marks an
    /// in-page link, which weighs less in link density), so the rest of it goes too.
    ///
    /// What the reader does read is never touched: `class`, `id`, `style`, `hidden`, `role`,
    /// `aria-hidden`, `aria-modal`, `itemprop`, `rel`, `type`, `colspan`, `summary`,
    /// `datatable`, `lang`, `datetime`, `content`, `pubdate`; nor is any attribute of the
    /// elements whose attributes carry metadata or change how libxml2 reads the page (`<html>`,
    /// `<meta>`, `<link>`, `<base>`, `<script>`, `<style>`).
    enum AttributeCuts {
        enum Element: Equatable {
            /// Leave every attribute alone.
            case keepAll
            /// Drop unread attributes.
            case plain
            /// Drop unread attributes and all of `href` but its first byte.
            case anchor
        }

        enum Verdict {
            case keep, drop, firstByteOnly
        }

        /// How the attributes of the element named by `name` (bytes of the start tag) are treated.
        static func element(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>) -> Element {
            if name.count == 1 { return bytes[name.lowerBound] | 0x20 == 0x61 ? .anchor : .plain }
            for kept in keepAllElements where kept.count == name.count && MarkupCleaning.equalsLowercased(bytes, name, kept) {
                return .keepAll
            }
            return .plain
        }

        private static let keepAllElements: [[UInt8]] = ["html", "meta", "link", "base", "script", "style"].map {
            Array($0.utf8)
        }

        /// Names (lower-case) of attributes the reader never reads and pages fill with long values.
        private static let unreadNames: [[UInt8]] = [
            "src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding", "target", "d",
            "viewbox", "points", "transform", "fill", "stroke", "poster", "srcdoc", "tabindex", "aria-label",
            "aria-labelledby", "aria-describedby", "aria-controls", "aria-expanded", "integrity", "crossorigin",
            "referrerpolicy", "allow", "frameborder", "sandbox", "action", "placeholder", "xmlns", "xmlns:xlink",
            "xlink:href",
        ].map { Array($0.utf8) }

        /// ``unreadNames`` by their first letter, a–z.
        private static let unreadByFirstLetter: [[[UInt8]]] = (0..<26).map { letter in
            unreadNames.filter { $0.first == UInt8(0x61 + letter) }
        }

        private static let dataPrefix = Array("data-".utf8)

        /// What becomes of the attribute named by `name` on an element treated as `element`.
        static func verdict(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, element: Element) -> Verdict {
            // libxml2 cuts names at 100 bytes and reads on from there: such a name is left alone.
            guard element != .keepAll, name.count >= 1, name.count < 100 else { return .keep }
            let first = bytes[name.lowerBound] | 0x20
            if element == .anchor, name.count == 4, MarkupCleaning.equalsLowercased(bytes, name, Self.href) { return .firstByteOnly }
            // onclick, onload, onmouseover…: script, never text.
            if first == 0x6F, name.count > 2, bytes[name.lowerBound + 1] | 0x20 == 0x6E { return .drop }
            if first == 0x64, name.count > 5,
                MarkupCleaning.equalsLowercased(bytes, name.lowerBound..<name.lowerBound + 5, Self.dataPrefix)
            {
                return .drop
            }
            guard first >= 0x61, first <= 0x7A else { return .keep }
            for unread in unreadByFirstLetter[Int(first - 0x61)] where unread.count == name.count {
                if MarkupCleaning.equalsLowercased(bytes, name, unread) { return .drop }
            }
            return .keep
        }

        private static let href = Array("href".utf8)

        /// A link address whose first byte says all the reader needs: a letter or a slash is
        /// neither `#` (an in-page link) nor the start of a character reference.
        static func isPlainAddressStart(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || byte == 0x2F
        }
    }
}
