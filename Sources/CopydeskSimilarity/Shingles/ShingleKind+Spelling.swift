/// How a shingle kind is written on the command line, in signature records and in an index's
/// metadata: `words:5`, `chars:7`. One spelling everywhere, so a value copied from one place
/// works in another.
extension ShingleKind: LosslessStringConvertible {
    /// The sizes a shingle may have: a 33-word shingle would match only whole paragraphs.
    public static let sizes = 1...32

    /// `words:5` or `chars:7`.
    public var description: String {
        switch self {
        case .words(let n): "words:\(n)"
        case .characters(let n): "chars:\(n)"
        }
    }

    /// Reads `words:N` or `chars:N` (also `word:N`, `w:N`, `characters:N`, `c:N`), with N in
    /// ``sizes``; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[1]), Self.sizes.contains(n) else { return nil }
        switch parts[0].lowercased() {
        case "words", "word", "w": self = .words(n)
        case "chars", "characters", "char", "c": self = .characters(n)
        default: return nil
        }
    }
}
