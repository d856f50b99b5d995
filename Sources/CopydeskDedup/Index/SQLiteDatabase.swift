internal import CSQLite

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A connection to an SQLite database through the system library: just what the index needs
/// (statements, bindings, transactions), with every failure turned into a ``DedupError`` that
/// names the database and SQLite's reason.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String
    let readOnly: Bool
    /// A descriptor of the database file that carries the writers' lock (``lockWriters(waiting:)``);
    /// closed only after SQLite's own, since closing any descriptor of a file drops the process's
    /// POSIX locks on it, SQLite's included.
    private var lockDescriptor: Int32 = -1

    /// - Parameter readOnly: open for reading only: no file is created or written, so an index
    ///   in a folder the user cannot write is still read. When SQLite cannot even create the
    ///   WAL's shared-memory file there, the index is opened as immutable: nobody can be
    ///   writing it in such a folder.
    init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.readOnly = readOnly
        if readOnly {
            try open(path, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX)
            if !canRead() {
                sqlite3_close_v2(handle)
                handle = nil
                try open(Self.immutableURI(path), flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI)
            }
        } else {
            try open(path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        }
        // Another process adding at the same time waits for its turn instead of failing at once.
        sqlite3_busy_timeout(handle, 60_000)
    }

    private func open(_ name: String, flags: Int32) throws {
        let status = sqlite3_open_v2(name, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            handle = nil
            // No file there at all: nothing to read, which is not SQLite's failure.
            let code: DedupError.Code = access(path, F_OK) != 0 ? .notAnIndex : .database
            throw DedupError(code, "\(path): cannot open the index: \(reason)")
        }
    }

    /// Whether the schema can be read through this connection (a WAL database read-only in a
    /// read-only folder cannot be, unless opened as immutable).
    private func canRead() -> Bool {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_schema", -1, &statement, nil) == SQLITE_OK
        else { return false }
        return sqlite3_step(statement) == SQLITE_ROW
    }

    /// `file:` URI of `path` with `immutable=1`, the path percent-encoded where a URI needs it.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"), 0x00...0x20, 0x7F...0xFF:
                encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            default:
                encoded.append(Character(Unicode.Scalar(byte)))
            }
        }
        return "file:" + encoded + "?immutable=1"
    }

    deinit {
        sqlite3_close_v2(handle)
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Makes this connection the index's only writer until ``unlockWriters()``: a second
    /// `index add` on the same file waits for the first to finish, so runs never interleave
    /// their batches (interleaved, two runs clustered differently from either order). An
    /// advisory `flock`, which SQLite's own POSIX locks do not see; `waiting` is called once if
    /// another writer holds it.
    func lockWriters(waiting: (() -> Void)?) throws {
        if lockDescriptor < 0 {
            lockDescriptor = openForLock(path)
            guard lockDescriptor >= 0 else {
                throw DedupError(.locked, "\(path): cannot lock the index for writing: \(String(cString: strerror(errno)))")
            }
        }
        if flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            throw DedupError(.locked, "\(path): cannot lock the index for writing: \(String(cString: strerror(errno)))")
        }
        waiting?()
        while flock(lockDescriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw DedupError(.locked, "\(path): cannot lock the index for writing: \(String(cString: strerror(errno)))")
            }
        }
    }

    func unlockWriters() {
        if lockDescriptor >= 0 { flock(lockDescriptor, LOCK_UN) }
    }

    func error(_ what: String) -> DedupError {
        let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "unknown error"
        return DedupError(.database, "\(path): \(what): \(reason)")
    }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw error("cannot run \(sql.prefix(40))")
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
            let statement
        else {
            throw error("cannot prepare \(sql.prefix(60))")
        }
        return Statement(statement, database: self)
    }

    /// Runs `body` in one transaction: all of it is written, or (on an error, a crash or
    /// SIGKILL) none of it.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try begin()
        do {
            let value = try body()
            try commit()
            return value
        } catch {
            rollback()
            throw error
        }
    }

    /// The steps of ``transaction(_:)``, for a transaction that spans callbacks.
    func begin() throws { try execute("BEGIN IMMEDIATE") }
    func commit() throws { try execute("COMMIT") }
    func rollback() { try? execute("ROLLBACK") }

    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The value of a one-row, one-column query, or nil when it returns no row.
    func integer(_ sql: String) throws -> Int64? {
        var value: Int64?
        try prepare(sql).rows { value = $0.int(0) }
        return value
    }
}

/// A prepared statement, reset before each use.
final class Statement {
    private let statement: OpaquePointer
    private unowned let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    enum Value {
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob([UInt8])
        case null
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    @discardableResult
    func bind(_ values: [Value]) throws -> Statement {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let v): status = sqlite3_bind_int64(statement, index, v)
            case .real(let v): status = sqlite3_bind_double(statement, index, v)
            case .text(let v):
                status = v.utf8CString.withUnsafeBufferPointer {
                    copydesk_sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count - 1))
                }
            case .blob(let v):
                status = v.withUnsafeBytes {
                    copydesk_sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count))
                }
            case .null: status = sqlite3_bind_null(statement, index)
            }
            guard status == SQLITE_OK else { throw database.error("cannot bind a value") }
        }
        return self
    }

    /// Resets the statement for new bindings, without the allocations of ``bind(_:)``: for the
    /// statements run once per document or per band.
    func reset() { sqlite3_reset(statement) }

    func bind(_ index: Int32, _ value: Int64) throws {
        guard sqlite3_bind_int64(statement, index, value) == SQLITE_OK else {
            throw database.error("cannot bind a value")
        }
    }

    /// Calls `body` with the bytes of a BLOB column, valid only during the call.
    func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return try body(UnsafeRawBufferPointer(start: count > 0 ? pointer : nil, count: count))
    }

    /// Steps once: true when a row is ready to read, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error("statement failed")
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [Value] = []) throws {
        try bind(values)
        while try step() {}
    }

    /// Calls `body` for each row.
    func rows(_ values: [Value] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        while try step() { try body(self) }
    }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: pointer)
    }
}

/// `open(2)` read-only, named apart from ``SQLiteDatabase``'s own `open`.
private func openForLock(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
