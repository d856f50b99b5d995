import CopydeskText

/// One mention of a fact in one source, with the key facts are merged by across sources.
struct FactMention: Sendable, Hashable {
    var kind: CoverageReport.Fact.Kind
    /// What makes two mentions the same fact: a name key, "3|day", "2022-09-14".
    var key: String
    /// The fact as shown to a reader.
    var display: String
    var span: Range<Int>
    /// A date whose year was not printed but taken from the story's own date: it says nothing
    /// about which year the story gives a yearless day ("Feb. 28").
    var yearInferred = false
}
