import CopydeskArchive
import CopydeskExtract

internal import Foundation

/// Short ids that stay the same from run to run: the file name without its extension, host and
/// path slug for a web address (`example.com-2022-09-15-xi-visit`), `stdin` for standard input.
enum StableID {
    static func forFile(_ path: String) -> String {
        var name = path
        while name.count > 1 && name.hasSuffix("/") { name.removeLast() }
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        // Only the last extension goes: "story.en.html" is "story.en".
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name.isEmpty || name == "/" ? "input" : name
    }

    static func forURL(_ address: String) -> String {
        guard let components = URLComponents(string: address), let host = components.host, !host.isEmpty else {
            return slug(address).isEmpty ? "url" : slug(address)
        }
        var parts = [host.lowercased().hasPrefix("www.") ? String(host.lowercased().dropFirst(4)) : host.lowercased()]
        var path = components.percentEncodedPath.removingPercentEncoding ?? components.path
        // A page's file extension says nothing about the story.
        for suffix in [".html", ".htm", ".shtml", ".xhtml", ".php", ".aspx", ".asp", ".jsp", ".cms"]
        where path.lowercased().hasSuffix(suffix) {
            path.removeLast(suffix.count)
            break
        }
        let pathSlug = slug(path)
        if !pathSlug.isEmpty { parts.append(pathSlug) }
        if let query = components.query, !slug(query).isEmpty { parts.append(slug(query)) }
        var id = parts.joined(separator: "-")
        if id.count > 100 {
            id = String(id.prefix(100))
            while id.hasSuffix("-") { id.removeLast() }
        }
        return id
    }

    /// Letters and digits of any script, lower-cased; every other run becomes one `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(character)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    /// Hands out ids unique within one run: a second `story` becomes `story-2`, then `story-3`.
    struct Registry {
        private var used: Set<String> = []

        mutating func claim(_ base: String) -> String {
            if used.insert(base).inserted { return base }
            var n = 2
            while !used.insert("\(base)-\(n)").inserted { n += 1 }
            return "\(base)-\(n)"
        }
    }
}
