public import CopydeskDedup

/// The terminal summary of a dedup run: totals, the largest clusters with their representatives,
/// and the outlets that reprint most.
public enum DedupSummaryRenderer {
    /// The summary for a terminal, from the run's result and its figures.
    public static func text(_ result: DedupResult, _ summary: DedupSummary) -> String {
        var lines: [String] = []
        lines.append(
            "\(summary.documents) documents, \(summary.clusters) clusters of reprints, \(summary.duplicates) duplicates, \(summary.unique) unique"
        )
        if summary.failures > 0 {
            lines.append("\(summary.failures) items could not be read (listed with --format jsonl or csv)")
        }
        if !result.skipped.isEmpty {
            let parts = result.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            lines.append("skipped WARC records: " + parts.joined(separator: ", "))
        }
        if !summary.largest.isEmpty {
            lines.append("")
            lines.append("Largest clusters")
            for cluster in summary.largest {
                let entry = result.catalog.entries[cluster.representative]
                var about = [entry.id ?? entry.source]
                if let outlet = result.catalog.outlet(of: cluster.representative) { about.append(outlet) }
                if let published = entry.published { about.append(published) }
                lines.append(
                    "  #\(cluster.number)  \(cluster.size) documents  representative: \(about.joined(separator: ", "))")
                if let title = entry.title { lines.append("      \"\(title)\"") }
                let relations = Relation.allCases.compactMap { relation in
                    cluster.relations[relation].map { "\($0) \(relation.rawValue.replacingAll("_", with: " "))" }
                }
                lines.append("      " + relations.joined(separator: ", "))
            }
        }
        if !summary.outlets.isEmpty {
            lines.append("")
            lines.append("Outlets that reprint most")
            let width = summary.outlets.map(\.name.count).max() ?? 0
            for outlet in summary.outlets {
                let padding = String(repeating: " ", count: max(0, width - outlet.name.count))
                let reprints = outlet.reprints == 1 ? "1 reprint" : "\(outlet.reprints) reprints"
                let documents = outlet.documents == 1 ? "1 document" : "\(outlet.documents) documents"
                lines.append("  \(outlet.name)\(padding)  \(reprints) among its \(documents)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
