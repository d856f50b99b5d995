#if canImport(Glibc)
    package import Glibc
#elseif canImport(Darwin)
    package import Darwin
#endif

/// File system paths as the kernel sees them: bytes, of any length.
///
/// A Swift `String` holds only valid Unicode, but a Unix file name is any bytes but `/` and NUL,
/// and a path may be longer than `PATH_MAX`, which every path-taking system call refuses. So
/// that no file found in a directory is skipped for its name:
///
/// - A name that is not valid UTF-8 is carried in a `String` with each byte that is not part of
///   valid UTF-8 written as the private-use scalar U+10FF00 + byte (bytes 0x80–0xFF only: ASCII is
///   always valid). A valid scalar in that range (U+10FF80–U+10FFFF) is written byte by byte the
///   same way, so ``bytes(_:)`` gives back exactly the bytes read. ``display(_:)`` shows the
///   invalid bytes as U+FFFD for messages and reports.
/// - A path longer than `PATH_MAX` is opened a piece at a time, each piece relative to the folder
///   the previous one opened (`openat`), so each system call sees less than `PATH_MAX` bytes.
public enum LocalPath {
    private static let escapeBase: UInt32 = 0x10FF00

    /// A directory entry's name, from its bytes, losslessly.
    public static func name<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let array = Array(bytes)
        var scalars = String.UnicodeScalarView()
        var index = 0
        var escaped = false
        while index < array.count {
            let length = validSequenceLength(array, at: index)
            if length == 0 {
                appendEscaped(array[index], to: &scalars)
                escaped = true
                index += 1
                continue
            }
            let decoded = String(decoding: array[index..<index + length], as: UTF8.self).unicodeScalars
            if let scalar = decoded.first, scalar.value >= escapeBase + 0x80 {
                // A real U+10FF80–U+10FFFF would read back as bytes: escape its bytes instead.
                for byte in array[index..<index + length] { appendEscaped(byte, to: &scalars) }
                escaped = true
            } else {
                scalars.append(contentsOf: decoded)
            }
            index += length
        }
        return escaped ? String(scalars) : String(decoding: array, as: UTF8.self)
    }

    /// The bytes of a path that ``name(_:)`` or `joined(_:_:)` built (or the user typed).
    public static func bytes(_ path: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if scalar.value >= escapeBase + 0x80, scalar.value <= escapeBase + 0xFF {
                result.append(UInt8(truncatingIfNeeded: scalar.value - escapeBase))
            } else {
                result.append(contentsOf: String(scalar).utf8)
            }
        }
        return result
    }

    /// The path for people: bytes that are not UTF-8 shown as U+FFFD.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value >= escapeBase + 0x80 }) else { return path }
        var scalars = String.UnicodeScalarView()
        for scalar in path.unicodeScalars {
            let isEscape = scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
            scalars.append(isEscape ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// `directory/name`, without doubling a trailing slash.
    package static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func appendEscaped(_ byte: UInt8, to scalars: inout String.UnicodeScalarView) {
        if let scalar = Unicode.Scalar(escapeBase + UInt32(byte)) { scalars.append(scalar) }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 if none does (RFC 3629:
    /// no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (min, max): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= min, byte <= max else { return 0 }
        }
        return length
    }

    // MARK: System calls that take any path

    /// Runs `call` with a directory descriptor and a path relative to it shorter than
    /// `PATH_MAX`; `errno` is set and -1 returned when the path cannot be reached.
    package static func withShortPath(_ path: String, _ call: (Int32, UnsafePointer<CChar>) -> Int32) -> Int32 {
        let bytes = bytes(path)
        let limit = Int(PATH_MAX) - 1
        guard bytes.count > limit else { return withCString(bytes) { call(AT_FDCWD, $0) } }
        // Open the folders along the way in pieces under PATH_MAX, each from the last.
        var directory = AT_FDCWD
        var start = 0
        defer { if directory != AT_FDCWD { close(directory) } }
        while bytes.count - start > limit {
            // A doubled slash: a piece must not start with one, or openat would take it from
            // the root instead of from the folder opened so far.
            if directory != AT_FDCWD, bytes[start] == UInt8(ascii: "/") {
                start += 1
                continue
            }
            // The last slash within reach ends this piece; a single name longer than that is
            // longer than any file system allows.
            guard let slash = bytes[start..<(start + limit)].lastIndex(of: UInt8(ascii: "/")), slash > start
            else {
                if start == 0, bytes.first == UInt8(ascii: "/") {
                    // The root itself: step past it and go on from there.
                    let root = open("/", directoryFlags)
                    guard root >= 0 else { return -1 }
                    directory = root
                    start = 1
                    continue
                }
                errno = ENAMETOOLONG
                return -1
            }
            let from = directory
            let next = withCString(Array(bytes[start..<slash])) { openat(from, $0, directoryFlags) }
            guard next >= 0 else { return -1 }
            if directory != AT_FDCWD { close(directory) }
            directory = next
            start = slash + 1
        }
        while directory != AT_FDCWD, start < bytes.count - 1, bytes[start] == UInt8(ascii: "/") { start += 1 }
        let descriptor = directory
        return withCString(Array(bytes[start...])) { call(descriptor, $0) }
    }

    private static func withCString(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Int32) -> Int32 {
        var terminated = bytes
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else {
                    errno = EINVAL
                    return -1
                }
                return body(base)
            }
        }
    }

    /// Enough to walk through a folder, not to list it: search permission is all a path needs.
    private static var directoryFlags: Int32 {
        #if os(Linux)
            // O_PATH, which Glibc's module does not export (its value on every Linux target).
            Int32(0o10_000_000) | O_DIRECTORY | O_CLOEXEC
        #else
            O_RDONLY | O_DIRECTORY | O_CLOEXEC
        #endif
    }

    /// `open(2)` for any path.
    public static func open(_ path: String, _ flags: Int32) -> Int32 {
        withShortPath(path) { openat($0, $1, flags | O_CLOEXEC) }
    }

    /// `stat(2)` (following links) for any path; `nil` with `errno` set when it fails.
    package static func status(_ path: String, followingLinks: Bool = true) -> stat? {
        var status = stat()
        let result = withShortPath(path) { fstatat($0, $1, &status, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) }
        return result == 0 ? status : nil
    }

    /// Whether `path` is a directory, or a link to one.
    package static func isDirectory(_ path: String) -> Bool {
        guard let status = status(path) else { return false }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a directory (not `.` and `..`), as ``name(_:)`` carries them.
    package static func list(_ path: String) -> Result<[String], SystemError> {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        guard let directory = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            return .failure(SystemError(code: code))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(name(bytes))
        }
        return .success(names)
    }
}

/// An `errno` value.
package struct SystemError: Error {
    package var code: Int32
}
