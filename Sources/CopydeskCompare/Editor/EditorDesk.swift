/// Reads a finished ``CoverageReport`` as an editor would and writes its ``EditorAnswers``.
/// Everything here comes from the report's rows (sentences, passages, quotes, facts, summary),
/// so the answers never disagree with the inventory printed under them.
public enum EditorDesk {
    /// - Complexity: linear in the report's rows, plus one word alignment per aligned sentence
    ///   pair (framing), each bounded by the two sentences' lengths.
    public static func answers(for report: CoverageReport) -> EditorAnswers {
        let index = ReportIndex(report)
        let gaps = GapFinder(index: index)
        return EditorAnswers(
            verdict: VerdictWriter(index: index).verdict(),
            omissions: index.ids.map { gaps.omissions(of: $0) },
            exclusives: index.ids.map { gaps.exclusives(of: $0) },
            voices: VoiceCounter(index: index).voices(),
            conflicts: ConflictFinder(index: index).conflicts(),
            framing: FramingFinder(index: index).framing())
    }
}
