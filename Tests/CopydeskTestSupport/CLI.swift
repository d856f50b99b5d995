public import Foundation

/// Runs the built `copydesk` binary, the way a user would.
public enum CLI {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Whether the process ended by a signal (a crash) rather than by exiting.
        public var crashed: Bool
        /// Standard error, one entry per line.
        public var errorLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
    }

    /// The `copydesk` executable next to the test bundle in the build folder.
    public static var executable: URL {
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1,
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("copydesk").path)
        {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("copydesk")
    }

    /// The environment the binary runs in: ours, without proxy settings that would send requests
    /// for the test server on 127.0.0.1 elsewhere.
    public static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.lowercased().hasSuffix("_proxy") }
    }

    /// Runs `copydesk` (or `program`, when given) and collects its output. A run that takes more
    /// than `limit` seconds is killed, so a hang fails the test instead of stalling the suite.
    public static func run(
        _ arguments: [String], stdin: Data? = nil, program: URL? = nil, in directory: URL? = nil, limit: Double = 30
    ) throws -> Result {
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        // Feed standard input and read both pipes concurrently so a full pipe never blocks.
        let writer = Thread {
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        nonisolated(unsafe) var errData = Data()
        let done = DispatchSemaphore(value: 0)
        let errThread = Thread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            crashed: process.terminationReason == .uncaughtSignal
        )
    }

    /// ``run(_:stdin:program:in:limit:)`` with standard input given as text.
    public static func run(
        _ arguments: [String], stdin text: String, program: URL? = nil, in directory: URL? = nil, limit: Double = 30
    ) throws -> Result {
        try run(arguments, stdin: Data(text.utf8), program: program, in: directory, limit: limit)
    }

    /// Starts `copydesk` without waiting: standard error goes to the file at `stderr`, output is
    /// discarded. For tests that kill a run part-way.
    public static func start(_ arguments: [String], stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A JSON line as a dictionary (nil when it is not one).
public func parseJSON(_ line: Substring) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}
