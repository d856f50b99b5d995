import Foundation

/// Writes to standard output, through the C library's buffer.
func write(_ text: String) {
    guard !text.isEmpty else { return }
    print(text, terminator: "")
}

/// Writes one line to standard error, after what is pending on standard output, so that in a
/// terminal each message sits next to the output it concerns.
func printError(_ message: String) {
    fflush(nil)  // every C stream: stdout itself is out of reach under strict concurrency
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// `copydesk: warning: <source>: <text>`.
func printWarning(source: String, _ text: String) {
    printError("copydesk: warning: \(source): \(text)")
}
