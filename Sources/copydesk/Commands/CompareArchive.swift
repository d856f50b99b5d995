import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskText

/// `compare` given a JSONL archive (`.jsonl`, `.ndjson`, optionally gzipped): each line is one
/// source, as `dedup` reads it, not the whole file one 30,000-word "article". `--ids` picks the
/// lines; without it every line is taken, up to what compare accepts.
enum CompareArchive {
    static func isArchive(_ input: String) -> Bool {
        let name = input.lowercased()
        let stem = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return stem.hasSuffix(".jsonl") || stem.hasSuffix(".ndjson")
    }

    /// The articles of `input`'s lines: those with the `wanted` ids, in that order, or every
    /// readable line when `wanted` is nil. More than `limit` lines without `--ids` is refused
    /// (reading stops there, so a large archive is not read through to say so).
    static func articles(
        in input: String, wanted: [String]?, limit: Int, warning: (String) -> Void
    ) throws(CompareArchiveError) -> [Article] {
        var reader = ArchiveInputs([input])
        var found: [String: Article] = [:]
        var all: [Article] = []
        var failures: [String: String] = [:]
        reading: while let entry = reader.next() {
            switch entry {
            case .failure(let failure):
                if let id = failure.id { failures[id] = failure.message }
                // A line nobody asked for is no reason to stop; one asked for is reported below.
                if wanted == nil { warning("\(failure)") }
            case .document(let document):
                let id = document.document.id
                if let wanted {
                    guard wanted.contains(id), found[id] == nil else { continue }
                    do { found[id] = try document.article() } catch { failures[id] = error.message }
                    if found.count == Set(wanted).count { break reading }
                } else {
                    do {
                        all.append(try document.article())
                    } catch {
                        warning("\(document.document.source): \(error.message)")
                    }
                    if all.count > limit {
                        throw CompareArchiveError(
                            "\(input) holds more than \(limit) articles; compare takes 2 to \(limit) sources: "
                                + "pick the lines with --ids ID,ID,… (the archive's \"id\" fields).")
                    }
                }
            }
        }
        for failure in reader.warnings { warning("\(failure)") }
        guard let wanted else { return all }
        var picked: [Article] = []
        var missing: [String] = []
        for id in wanted {
            if let article = found[id] {
                picked.append(article)
            } else if let reason = failures[id] {
                throw CompareArchiveError("\(input): the line with id \(id) cannot be read (\(reason)).")
            } else {
                missing.append(id)
            }
        }
        guard missing.isEmpty else {
            throw CompareArchiveError("\(input) has no line with the id " + missing.joined(separator: ", ") + ".")
        }
        return picked
    }

    /// `--ids a,b , c` → ["a", "b", "c"], each once, in the order given.
    static func ids(_ list: String) -> [String] {
        var seen = Set<String>()
        return list.split(separator: ",")
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

struct CompareArchiveError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
