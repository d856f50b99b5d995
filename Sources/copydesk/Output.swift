import ArgumentParser
import CopydeskText
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard output, through the C library's buffer.
func write(_ text: String) {
    guard !text.isEmpty else { return }
    print(text, terminator: "")
}

/// Writes one line to standard error, after what is pending on standard output, so that in a
/// terminal each message sits next to the output it concerns.
///
/// The message names inputs and quotes what was in them, so every control character in it is
/// escaped, newlines included: a file name cannot forge a line of its own or drive the terminal.
func printError(_ message: String) {
    printErrorLines(TerminalText.escaped(message))
}

/// Writes text of our own (usage, a report that names no input) to standard error as it is.
func printErrorLines(_ text: String) {
    fflush(nil)  // every C stream: stdout itself is out of reach under strict concurrency
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The `--statistics` line's seconds by phase: "candidates 0.74s, intake 1.91s, …", by name.
func phaseTimes(_ seconds: [String: Double]) -> String {
    seconds.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.2f", $0.value))s" }.joined(separator: ", ")
}

extension ArgumentHelp {
    /// The input argument of every command that reads archives (`dedup`, `reuse`, `index`, `signatures`).
    static let archiveInputs = ArgumentHelp(
        "Directories, JSONL or WARC files (optionally .gz), pages, or - for JSONL on standard input.")
}

/// `copydesk: warning: <source>: <text>`.
func printWarning(source: String, _ text: String) {
    printError("copydesk: warning: \(source): \(text)")
}

/// A report file written whole or not at all: the text goes to a temporary file beside it, which
/// is renamed over the report only when complete, so a crash or a full disk never leaves an
/// existing report emptied or half written.
struct ReportFile {
    let path: String
    let temporary: String
    /// The temporary file, open for writing.
    let descriptor: Int32

    /// Creates the temporary file now, so an unwritable folder fails before any work is done.
    init(_ path: String) throws(ReportFileError) {
        self.path = path
        // A folder, or a missing one, gets one line that says so, not the system's error.
        if let problem = ReportOutput.problem(with: path) {
            throw ReportFileError(path: path, reason: "", message: problem)
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        Self.removeAbandoned(folder: folder, name: name)
        var created: (String, Int32)?
        // ".NAME.copydesk-PID-RANDOM": the process id lets a later run tell a killed run's file.
        let prefix = "." + name + ".copydesk-" + String(getpid()) + "-"
        for _ in 0..<16 {
            let candidate = folder + prefix + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            // 0666 less the umask, as the report itself would be created.
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                created = (candidate, descriptor)
                break
            }
            if errno != EEXIST { break }
        }
        guard let (temporary, descriptor) = created else {
            throw ReportFileError(path: path, reason: FileError.reason(errno))
        }
        self.temporary = temporary
        self.descriptor = descriptor
    }

    /// Deletes the temporary files of runs that were killed while writing this report (SIGKILL,
    /// a power cut): those named for it whose process no longer exists. A file whose process id
    /// has been reused by a live process is left; so is anything not named as this type names.
    static func removeAbandoned(folder: String, name: String) {
        let prefix = "." + name + ".copydesk-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)
        else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let tail = entry.dropFirst(prefix.count)
            guard let dash = tail.firstIndex(of: "-"), let pid = pid_t(tail[..<dash]), pid > 0,
                !tail[tail.index(after: dash)...].isEmpty
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + entry) }
        }
    }

    /// Writes all of `text` to the temporary file.
    func write(_ text: String) throws(ReportFileError) { try write(bytes: Array(text.utf8)) }

    /// Writes all of `bytes` to the temporary file.
    func write(bytes: [UInt8]) throws(ReportFileError) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReportFileError(path: path, reason: FileError.reason(errno))
            }
            offset += count
        }
    }

    /// Puts the finished report in place.
    func commit() throws(ReportFileError) {
        let closed = close(descriptor)
        guard closed == 0, rename(temporary, path) == 0 else {
            let reason = FileError.reason(errno)
            unlink(temporary)
            throw ReportFileError(path: path, reason: reason)
        }
    }

    /// The report file for `-o path`, opened before any work so an unwritable path fails at once;
    /// `nil` when there is no path; the reason on standard error and exit status 1 when it
    /// cannot be opened.
    static func openOrFail(_ path: String?) throws -> ReportFile? {
        guard let path else { return nil }
        do {
            return try ReportFile(path)
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
    }

    /// ``commit()``, or the reason on standard error and exit status 1.
    func commitOrFail() throws {
        do {
            try commit()
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
    }

    /// Removes the temporary file: the run failed, the old report (if any) stays.
    func discard() {
        close(descriptor)
        unlink(temporary)
    }
}

struct ReportFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    /// The whole line, when the path itself is the problem (a folder, a missing folder).
    var message: String? = nil
    var description: String { message ?? "\(path): cannot write the report (\(reason))" }
}

enum FileError {
    static func reason(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}

/// `write(2)`, named apart from ``write(_:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
