import CopydeskText

/// "Did you mean" for a mistyped command: the nearest command names by edit distance.
enum CommandSuggestion {
    /// The message for `word` given as the command, or nil when it is a command, an option or a
    /// word too far from every command to be a typo of one.
    static func unknownCommandMessage(_ word: String, known: [String]) -> String? {
        guard !word.hasPrefix("-"), !known.contains(word), word != "help" else { return nil }
        let scored = known.map { (name: $0, distance: distance(word.lowercased(), $0)) }
        // A typo changes a few letters: at most a third of the name, and at least one letter.
        let close = scored.filter { $0.distance <= max(1, $0.name.count / 3) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        let safeWord = TerminalText.escaped(word)
        guard let best = close.first else {
            return "Error: '\(safeWord)' is not a copydesk command (\(known.joined(separator: ", "))).\n"
                + "  See 'copydesk --help'."
        }
        return "Error: '\(safeWord)' is not a copydesk command. Did you mean '\(best.name)'?\n"
            + "  See 'copydesk \(best.name) --help'."
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters ("comapre") each count one.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        // A command name is short; a word given as a command may not be: cap the work.
        guard x.count <= 64 else { return Int.max / 2 }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { best = min(best, previous2[j - 2] + 1) }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
