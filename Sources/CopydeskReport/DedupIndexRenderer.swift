public import CopydeskDedup

/// Output of `copydesk index`: query answers as text or JSON lines, `add` and `stats` summaries.
public enum DedupIndexRenderer {
    /// One JSON line per queried input: `id`, `source`, `reprint`, `matches` (each `id`, `source`,
    /// `outlet`, `published`, `added`, `cluster`, `relation`, `similarity`), `first_seen`; or `id`,
    /// `source`, `error`.
    public static func jsonl(_ answer: IndexAnswer) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("id", answer.id)
            json.field("source", answer.source)
            if let error = answer.error {
                json.field("error", error)
                return
            }
            json.field("reprint", answer.isReprint)
            json.field("matches") { json in
                json.array { json in
                    for match in answer.matches { write(match, to: &json) }
                }
            }
            json.field("first_seen") { json in
                if let first = answer.firstSeen { write(first, to: &json) } else { json.null() }
            }
        }
        return json.output
    }

    private static func write(_ match: IndexMatch, to json: inout JSONWriter) {
        json.object { json in
            json.field("id", match.id)
            json.field("source", match.source)
            json.field("outlet", match.outlet)
            json.field("published", match.published)
            json.field("added", match.added)
            json.field("cluster", match.cluster)
            json.field("relation", match.relation.rawValue)
            json.field("similarity", match.similarity, digits: 4)
        }
    }

    /// A query answer for people: whether the input reprints indexed copy, what, and when first
    /// seen.
    public static func text(_ answer: IndexAnswer) -> String {
        let name = answer.id ?? answer.source
        if let error = answer.error { return "\(answer.source): \(error)" }
        guard let best = answer.matches.first else { return "\(name): not a reprint of anything indexed" }
        var lines = [
            "\(name): \(describe(best.relation)) \(best.id)\(about(best)), similarity \(JSONWriter.format(best.similarity, digits: 3))"
        ]
        for match in answer.matches.dropFirst().prefix(4) {
            lines.append(
                "  also \(describe(match.relation)) \(match.id)\(about(match)), \(JSONWriter.format(match.similarity, digits: 3))"
            )
        }
        if answer.matches.count > 5 { lines.append("  … and \(answer.matches.count - 5) more") }
        if let first = answer.firstSeen {
            lines.append("  first seen: \(first.id)\(about(first)), indexed \(first.added)")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ relation: Relation) -> String {
        switch relation {
        case .identical: "identical to"
        case .nearDuplicate: "near-duplicate of"
        case .contained: "truncated copy of"
        case .contains: "extended copy of"
        }
    }

    private static func about(_ match: IndexMatch) -> String {
        let parts = [match.outlet, match.published].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// The one-line summary of `copydesk index add`.
    public static func text(_ report: IndexAddReport) -> String {
        var line =
            "\(report.added) added (\(report.reprints) reprints of indexed copy), \(report.alreadyIndexed) already indexed"
        if !report.failures.isEmpty { line += ", \(report.failures.count) unreadable" }
        if !report.skipped.isEmpty {
            line +=
                "; skipped "
                + report.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        return line
    }

    /// The summary of `copydesk index stats`.
    public static func text(_ statistics: IndexStatistics) -> String {
        var lines = [
            "\(statistics.documents) documents, \(statistics.clusters) clusters, \(statistics.clustersWithReprints) with reprints, \(statistics.reprints) reprints",
            "file: \(statistics.fileBytes / 1024) KB",
            "settings: "
                + statistics.settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "),
        ]
        if !statistics.largest.isEmpty {
            lines.append("largest clusters:")
            for cluster in statistics.largest {
                lines.append(
                    "  #\(cluster.cluster)  \(cluster.size) documents  representative \(cluster.representative)\(cluster.published.map { " (\($0))" } ?? "")"
                )
            }
        }
        return lines.joined(separator: "\n")
    }
}
