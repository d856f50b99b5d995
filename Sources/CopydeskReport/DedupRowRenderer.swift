public import CopydeskDedup

/// One line per input document of a dedup run, as JSON Lines or CSV.
///
/// JSONL keys: `id`, `source`, `cluster`, `representative`, `similarity`, `relation` (null for a
/// representative); an item that could not be read has `id`, `source` and `error` instead. CSV has
/// the same columns plus `error`, empty for documents.
public enum DedupRowRenderer {
    /// The header line of the CSV output.
    public static let csvHeader = "id,source,cluster,representative,similarity,relation,error"

    /// The JSON line of entry `index` (no newline).
    ///
    /// A million rows are written per run, so rows are assembled directly; ids and sources
    /// rarely need escaping, and when they do ``JSONWriter`` escapes them.
    public static func jsonl(_ result: DedupResult, entry index: Int) -> String {
        let entry = result.catalog.entries[index]
        var line = "{\"id\":"
        line.reserveCapacity(128)
        quote(entry.id, into: &line)
        line += ",\"source\":"
        quote(entry.source, into: &line)
        if let assignment = result.assignments[index] {
            line += ",\"cluster\":\(assignment.cluster),\"representative\":"
            line += assignment.relation == nil ? "true" : "false"
            line += ",\"similarity\":" + JSONWriter.format(assignment.similarity, digits: 4)
            line += ",\"relation\":"
            quote(assignment.relation?.rawValue, into: &line)
        } else {
            line += ",\"error\":"
            quote(entry.error ?? "not clustered", into: &line)
        }
        line += "}"
        return line
    }

    /// Appends `text` as a JSON string (or `null`).
    static func quote(_ text: String?, into line: inout String) {
        guard let text else {
            line += "null"
            return
        }
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
                && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&") && byte != 0xE2  // U+2028/2029 start with E2
        }
        if plain {
            line += "\""
            line += text
            line += "\""
        } else {
            JSONWriter.appendQuoted(text, to: &line)
        }
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
