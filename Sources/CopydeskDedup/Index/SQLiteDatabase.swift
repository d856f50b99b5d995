internal import CSQLite

/// A connection to an SQLite database through the system library: just what the index needs
/// (statements, bindings, transactions), with every failure turned into a ``DedupError`` that
/// names the database and SQLite's reason.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    init(path: String) throws {
        self.path = path
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            handle = nil
            throw DedupError("\(path): cannot open the index: \(reason)")
        }
        // Another process adding at the same time waits for its turn instead of failing at once.
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    func error(_ what: String) -> DedupError {
        let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "unknown error"
        return DedupError("\(path): \(what): \(reason)")
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
