public import CopydeskDedup

/// One line per input document of a dedup run, as JSON Lines or CSV.
///
/// JSONL keys: `id`, `source`, `cluster`, `representative`, `similarity`, `relation` (null for a
/// representative); an item that could not be read has `id`, `source` and `error` instead. CSV has
/// the same columns plus `error`, empty for documents.
public enum DedupRowRenderer {
    public static let csvHeader = "id,source,cluster,representative,similarity,relation,error"

    /// The JSON line of entry `index` (no newline).
    public static func jsonl(_ result: DedupResult, entry index: Int) -> String {
        let entry = result.catalog.entries[index]
        var json = JSONWriter()
        json.object { json in
            json.field("id", entry.id)
            json.field("source", entry.source)
            if let assignment = result.assignments[index] {
                json.field("cluster", assignment.cluster)
                json.field("representative", assignment.relation == nil)
                json.field("similarity", assignment.similarity, digits: 4)
                json.field("relation", assignment.relation?.rawValue)
            } else {
                json.field("error", entry.error ?? "not clustered")
            }
        }
        return json.output
    }

    /// The CSV row of entry `index` (no newline), quoted as RFC 4180 asks.
    public static func csv(_ result: DedupResult, entry index: Int) -> String {
        let entry = result.catalog.entries[index]
        var fields = [entry.id ?? "", entry.source]
        if let assignment = result.assignments[index] {
            fields += [
                String(assignment.cluster), assignment.relation == nil ? "true" : "false",
                JSONWriter.format(assignment.similarity, digits: 4), assignment.relation?.rawValue ?? "", "",
            ]
        } else {
            fields += ["", "", "", "", entry.error ?? "not clustered"]
        }
        return fields.map(quoted).joined(separator: ",")
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
