import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar on standard error, drawn only when standard error is a terminal and
/// at most ten times a second.
final class ProgressBar {
    private let totalBytes: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let enabled: Bool

    init(totalBytes: Int, quiet: Bool) {
        self.totalBytes = totalBytes
        enabled = !quiet && isatty(2) == 1
    }

    func update(items: Int, bytes: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(items) / elapsed
        var line = "\(items) documents  \(Int(rate)) documents/s"
        if totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            line =
                "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + "\(Int(fraction * 100))%  " + line
            if fraction > 0.01 {
                let remaining = elapsed * (1 - fraction) / fraction
                line += "  ETA \(Self.duration(remaining))"
            }
        }
        writeStandardError("\r\u{1B}[2K" + line)
    }

    func phase(_ name: String) {
        guard enabled else { return }
        writeStandardError("\r\u{1B}[2K" + name + "…")
    }

    func finish() {
        guard enabled else { return }
        writeStandardError("\r\u{1B}[2K")
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}

/// Standard output through a large buffer: a million JSON lines written one `print` at a time
/// would spend longer in system calls than dedup spends clustering.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    /// Where the lines go: a report file, or standard output when `nil`.
    private let report: ReportFile?
    /// The first write to the report that failed; what follows it is dropped.
    private(set) var failure: ReportFileError?

    init(to report: ReportFile? = nil) {
        self.report = report
        buffer.reserveCapacity(1 << 20)
    }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if let report {
            if failure == nil {
                do { try report.write(bytes: buffer) } catch { failure = error }
            }
        } else {
            FileHandle.standardOutput.write(Data(buffer))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, then puts the report file in place; on a failed write or commit, the reason on
    /// standard error and exit status 1 (the old report, if any, stays).
    mutating func commitReport() throws {
        flush()
        guard let report else { return }
        if let failure {
            report.discard()
            printError("copydesk: \(failure)")
            throw ExitCode(1)
        }
        try report.commitOrFail()
    }
}

/// Writes to standard error as it is, without a newline.
func writeStandardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
