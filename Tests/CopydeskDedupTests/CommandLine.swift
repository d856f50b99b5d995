import Foundation

/// Runs the built `copydesk` binary, the way a user would.
enum CommandLine {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `copydesk` executable in the build folder the tests run from.
    static var executable: URL {
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1,
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("copydesk").path)
        {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("copydesk")
    }

    /// Runs `copydesk`, or `program` when given (with `arguments` less the program itself when
    /// `dropFirst`: the form `[program, args…]`).
    static func run(
        _ arguments: [String], stdin: String? = nil, program: String? = nil, dropFirst: Bool = false
    ) throws -> Result {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? executable
        process.arguments = program != nil && dropFirst ? Array(arguments.dropFirst()) : arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        nonisolated(unsafe) var errData = Data()
        let done = DispatchSemaphore(value: 0)
        Thread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts the binary without waiting; standard error goes to `stderr`, output is discarded.
    static func start(_ arguments: [String], stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A JSON line as a dictionary (nil when it is not one).
func parseJSON(_ line: Substring) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}
