import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `-o`/`--output` says about the report before any work is done: the format its name asks
/// for, and whether a report can be written there at all.
enum ReportOutput {
    /// Format names by file extension, the first one the command writes wins: `report.txt` is
    /// compare's terminal text (without colour) and dedup's summary. A name outside this table
    /// (`report`, `report.out`) asks for nothing, and the command's default applies.
    static let formatsByExtension: [String: [String]] = [
        "html": ["html"], "htm": ["html"], "md": ["markdown"], "markdown": ["markdown"], "json": ["json"],
        "jsonl": ["jsonl"], "ndjson": ["jsonl"], "csv": ["csv"], "txt": textFormats,
        "text": textFormats,
    ]

    /// What `.txt` asks for: the command's text for people. It asks only when `--format` does not.
    static let textFormats = ["terminal", "summary", "text"]

    /// The format names `path`'s extension asks for ("report.html" → ["html"]), if any.
    static func formatName(for path: String) -> [String]? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return formatsByExtension[name[name.index(after: dot)...].lowercased()]
    }

    /// The format to write: `--format` when given, else the one `output`'s extension names, else
    /// nil (the command's default). A `--format` that contradicts the extension, or an extension
    /// naming a format this command does not write, is a usage error: the report would be a file
    /// whose name lies about what is in it.
    static func format<Format: RawRepresentable & CaseIterable>(
        explicit: Format?, output: String?, command: String
    ) throws -> Format? where Format.RawValue == String {
        guard let output, let names = formatName(for: output), let wanted = names.first else { return explicit }
        let named = names.lazy.compactMap { Format(rawValue: $0) }.first
        // Every format is text: `--format markdown -o notes.txt` is what was asked for.
        if let explicit, names == textFormats { return explicit }
        if let explicit {
            guard let named, named.rawValue == explicit.rawValue else {
                throw ValidationError(
                    "--format \(explicit.rawValue) and --output \(output) disagree (the name says \(named?.rawValue ?? wanted)); "
                        + "give a file name that fits the format, or leave out --format.")
            }
            return explicit
        }
        guard let named else {
            let formats = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("\(command) cannot write \(wanted) (\(output)); its formats are \(formats).")
        }
        return named
    }

    /// One plain line when no report file can be created at `path` (it is a folder, or its
    /// folder is missing or is not a folder); nil when it looks writable. Permissions and full
    /// disks are left to the write itself, which reports them.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "--output needs a file name." }
        if path.hasSuffix("/") || isFolder(path) {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            return "\(path) is a folder; name a file for the report, such as \(folder)/report.html."
        }
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        var status = stat()
        if stat(folder, &status) != 0 {
            return "\(path): the folder \(folder) does not exist; create it first."
        }
        if (status.st_mode & S_IFMT) != S_IFDIR {
            return "\(path): \(folder) is not a folder."
        }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// "wrote report.html (3 sources, 23 quotes)": on standard error, so a pipeline's output
    /// stays the report's, and a person who ran the command sees where it went.
    static func announce(_ path: String, _ figures: [String]) {
        printError("wrote \(path)" + (figures.isEmpty ? "" : " (" + figures.joined(separator: ", ") + ")"))
    }

    /// "1 source", "3 sources", "1,234 documents".
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        var digits = String(number)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " " + (number == 1 ? noun : plural ?? noun + "s")
    }
}
