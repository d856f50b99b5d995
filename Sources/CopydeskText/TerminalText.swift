/// Text from pages and file names made safe to print for people: every control character that a
/// terminal would act on is shown as an escape instead.
///
/// An article or a file name is untrusted. Printed raw, an ESC or OSC sequence in it can retitle
/// the window, clear the screen or write the clipboard, a carriage return can overprint a line,
/// and a newline in a file name can forge a `copydesk: …` message of its own. Bidirectional
/// overrides are shown too, so a name cannot display as something else. JSON output escapes its
/// own controls and HTML its own markup, so this is for the human-readable formats and standard
/// error only.
public enum TerminalText {
    /// `text` with C0 controls (except, when `keepingLines`, newline and tab), DEL, C1 controls
    /// and bidirectional formatting characters written as `\xNN` or `\u{NNNN}`. A backslash is
    /// left alone: it is harmless to a terminal, and doubling it would garble Windows-style paths.
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        // Most text has nothing to escape: no copy then.
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLines: keepingLines) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a terminal could act on `scalar` (or it could disguise the text around it).
    public static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLines
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates, and the line and paragraph
        // separators some terminals break lines at.
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value < 0x100 { return "\\x" + (hex.count < 2 ? "0" + hex : hex) }
        return "\\u{" + hex + "}"
    }
}
