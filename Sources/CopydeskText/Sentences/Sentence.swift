/// One sentence of a text, located by offsets into the original.
public struct Sentence: Sendable, Hashable {
    /// Unicode scalar offsets in the original text (what ``Article`` offsets count).
    public var scalars: Range<Int>
    /// UTF-8 byte offsets in the original text.
    public var utf8: Range<Int>
    /// The sentence as printed.
    public var text: String

    /// A sentence from its offsets in both units and its text.
    public init(scalars: Range<Int>, utf8: Range<Int>, text: String) {
        self.scalars = scalars
        self.utf8 = utf8
        self.text = text
    }
}
