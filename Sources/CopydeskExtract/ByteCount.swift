/// Byte counts as people write and read them: `50M`, `1.5 MB`, `512k`.
public enum ByteCount {
    /// Parses a count with an optional decimal suffix K, M or G (B optional); `nil` if malformed
    /// or not positive.
    public static func parse(_ text: String) -> Int? {
        var digits = Substring(text.uppercased().filter { !$0.isWhitespace })
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var scale = 1.0
        switch digits.last {
        case "K": scale = 1e3
        case "M": scale = 1e6
        case "G": scale = 1e9
        default: break
        }
        if scale > 1 { digits = digits.dropLast() }
        guard let value = Double(digits), value.isFinite, value > 0, value * scale < 9e18 else {
            return nil
        }
        let count = Int(value * scale)
        return count > 0 ? count : nil
    }

    /// `712 bytes`, `48.2 KB`, `104.9 MB`: what a user compares with a limit.
    public static func format(_ count: Int) -> String {
        if count < 1000 { return "\(count) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(count) / 1000
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}
