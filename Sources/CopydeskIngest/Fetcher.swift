public import CopydeskArchive
public import CopydeskExtract

internal import Dispatch
internal import Foundation

#if canImport(FoundationNetworking)
    internal import FoundationNetworking
#endif

/// A page fetched over HTTP, before decoding.
public struct FetchedPage: Sendable {
    /// The response body, inflated when the server compressed it.
    public var bytes: [UInt8]
    /// The `Content-Type` header as sent, charset parameter included.
    public var contentType: String?
    /// The address the bytes came from, after redirects.
    public var url: String
}

/// Fetches `http` and `https` addresses with a timeout, a size limit and a cap on redirects, and
/// turns every way a fetch fails into one line a user can act on.
public struct Fetcher: Sendable {
    /// The size limit, timeout and redirect cap of every fetch.
    public var options: ReadOptions

    /// A fetcher with the given limits.
    public init(options: ReadOptions = ReadOptions()) { self.options = options }

    /// A day: the longest timeout a fetch accepts.
    public static let longestTimeout: Double = 86_400

    /// The address to fetch, normalised, when `text` is an absolute `http(s)` URL with a host.
    static func validate(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return url.absoluteString
    }

    /// The scheme of an absolute URL reference (RFC 3986: a letter, then letters, digits, "+",
    /// "-" or ".", then ":"); nil for a relative one.
    static func scheme(of reference: String) -> String? {
        let scalars = Array(reference.trimmingWhitespace().unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return nil }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        guard isLetter(scalars[0]),
            scalars[1..<colon].allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[..<colon])
        return String(name)
    }

    /// The page at `address`, or an error a user can act on.
    ///
    /// - Parameters:
    ///   - address: an absolute `http` or `https` URL.
    ///   - source: the input as the user gave it, to name it in errors.
    public func fetch(_ address: String, source: String) throws(IngestError) -> FetchedPage {
        guard let url = URL(string: address) else {
            throw IngestError(.unsupported, source: source, "not a valid web address")
        }
        // FoundationNetworking traps on a timeout whose milliseconds overflow an Int, and libcurl
        // reads 0 ms as "no timeout": keep it between a millisecond and a day.
        let timeout = options.timeout.isNaN ? 30 : min(max(options.timeout, 0.001), Self.longestTimeout)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [
            "User-Agent": "Copydesk/0.1 (news article extraction)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        ]
        let delegate = FetchDelegate(source: source, options: options)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: DeliveryQueue())
        let task = session.dataTask(with: URLRequest(url: url))
        task.resume()
        // Our own deadline as well as URLSession's, so that a server that trickles bytes cannot
        // hold an input past the timeout.
        if delegate.finished.wait(timeout: .now() + timeout + 0.5) == .timedOut {
            delegate.fail(IngestError(.network, source: source, "timed out after \(Self.seconds(timeout))"))
            // Not cancelled: see `windDown(_:)`.
            Self.windDown(session)
            throw delegate.outcome().failure ?? IngestError(.network, source: source, "timed out")
        }
        let outcome = delegate.outcome()
        if let failure = outcome.failure {
            // A fetch refused mid-body (too large) ends here, not when the network thread has
            // drained what the server already sent; that winds down behind us.
            Self.windDown(session)
            throw failure
        }
        session.finishTasksAndInvalidate()
        guard let response = outcome.response else {
            throw IngestError(.network, source: source, "no response")
        }
        guard (200..<300).contains(response.statusCode) else {
            throw IngestError(
                .network, source: source, "HTTP \(response.statusCode) \(Self.reason(response.statusCode))")
        }
        var contentType: String?
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, key.lowercased() == "content-type", let value = value as? String {
                contentType = value
            }
        }
        return FetchedPage(bytes: outcome.bytes, contentType: contentType, url: response.url?.absoluteString ?? address)
    }

    /// Lets a fetch we have stopped waiting for end by itself: its further data is dropped by the
    /// delegate, and URLSession's own resource timeout (the same as ours) ends a transfer that
    /// would not. Never `cancel()`: cancelling a task that completes at the same moment traps
    /// inside FoundationNetworking ("Trying to access a behaviour for a task that in not in the
    /// registry"), which took down a whole test run.
    static func windDown(_ session: URLSession) {
        session.finishTasksAndInvalidate()
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// The reason phrase of common HTTP statuses, so that "HTTP 403" reads "HTTP 403 Forbidden".
    static func reason(_ status: Int) -> String {
        switch status {
        case 204: "No Content"
        case 300...399: "(a redirect without a usable Location)"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 408: "Request Timeout"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: status >= 500 ? "Server Error" : "Client Error"
        }
    }

    /// Words for URLSession's errors.
    static func describe(_ error: any Error, timeout: Double) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .timedOut: return "timed out after \(seconds(timeout))"
        case .cannotConnectToHost: return "could not connect (connection refused)"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .notConnectedToInternet: return "no network"
        case .networkConnectionLost: return "connection lost before the page was complete"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many redirects"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "TLS error: \(urlError.localizedDescription)"
        case .badServerResponse: return "the server sent a malformed response"
        default:
            // libcurl (under FoundationNetworking) answers a response header over its 100 KB limit
            // with its out-of-memory code: say what it most likely was.
            if urlError.localizedDescription == "Out of memory" {
                return "the response was refused: a header over 100 KB (or out of memory)"
            }
            return urlError.localizedDescription
        }
    }
}

/// Collects one fetch's bytes and enforces the limits as data arrives.
///
/// `@unchecked Sendable` (and an `NSLock`, not a `Mutex`) because URLSession's delegate must be an
/// `NSObject`, and the response it keeps is not `Sendable`; every field is read and written
/// under `lock`.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var bytes: [UInt8]
        var response: HTTPURLResponse?
        var failure: IngestError?
    }

    let finished = DispatchSemaphore(value: 0)
    private let source: String
    private let options: ReadOptions
    // Guarded by `lock`: URLSession calls from its own queue while the caller waits.
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: IngestError?
    private var redirects = 0
    /// The body's length as sent, when it was sent compressed.
    private var encodedLength: Int?

    init(source: String, options: ReadOptions) {
        self.source = source
        self.options = options
    }

    func outcome() -> Outcome {
        lock.withLock { Outcome(bytes: bytes, response: response, failure: failure) }
    }

    /// Records why the fetch failed; the first reason wins over the cancellation it causes.
    func fail(_ error: IngestError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    private var hasFailed: Bool { lock.withLock { failure != nil } }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            fail(IngestError(.network, source: source, "not an HTTP response"))
            return completionHandler(.cancel)
        }
        lock.withLock { self.response = http }
        if hasFailed { return completionHandler(.cancel) }
        if http.statusCode >= 300 {
            fail(IngestError(.network, source: source, "HTTP \(http.statusCode) \(Fetcher.reason(http.statusCode))"))
            return completionHandler(.cancel)
        }
        if http.expectedContentLength > Int64(options.maxBytes) {
            fail(FileReader.tooLarge(size: Int(http.expectedContentLength), limit: options.maxBytes, source: source))
            return completionHandler(.cancel)
        }
        // libcurl inflates a compressed body before we see it; what was sent is the header's
        // length, if it gave one.
        var encoded = false
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, key.lowercased() == "content-encoding", let value = value as? String,
                value.lowercased() != "identity"
            {
                encoded = true
            }
        }
        if encoded, http.expectedContentLength > 0 {
            lock.withLock { encodedLength = Int(http.expectedContentLength) }
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let refusal: IngestError? = lock.withLock {
            // Data still queued when the fetch has failed (cancelling takes a moment) is dropped.
            guard failure == nil else { return nil }
            bytes.append(contentsOf: data)
            if bytes.count > options.maxBytes {
                return FileReader.tooLarge(size: nil, limit: options.maxBytes, source: source)
            }
            if let encodedLength, bytes.count > GzipByteSource<MemoryByteSource>.defaultRatioAllowance,
                bytes.count / max(1, encodedLength) > GzipByteSource<MemoryByteSource>.defaultMaximumRatio
            {
                return IngestError(
                    .tooLarge, source: source,
                    "refused: \(ByteCount.format(encodedLength)) of compressed page inflate to more than \(ByteCount.format(bytes.count)) (a decompression bomb?)"
                )
            }
            return nil
        }
        if let refusal {
            fail(refusal)
            // The caller stops waiting now.
            finished.signal()
            // The task is not cancelled (`Fetcher.windDown(_:)`): its further pieces are dropped
            // above, and a body that never ends is ended by the session's resource timeout.
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let count = lock.withLock {
            redirects += 1
            return redirects
        }
        // FoundationNetworking resolves a Location of another scheme ("file:///etc/passwd") as a
        // path on the same server: the scheme is read from the header itself.
        let location = response.allHeaderFields.first { ($0.key as? String)?.lowercased() == "location" }?.value as? String
        let scheme = (location.flatMap(Fetcher.scheme(of:)) ?? request.url?.scheme)?.lowercased() ?? ""
        if count > options.maxRedirects {
            fail(IngestError(.network, source: source, "too many redirects (more than \(options.maxRedirects))"))
            // Declining the redirect ends the task with the 3xx response, which the response
            // handler then cancels. Cancelling here as well crashes FoundationNetworking ("Received
            // callback for HTTP redirection, but we're not waiting for it").
            return completionHandler(nil)
        }
        guard scheme == "http" || scheme == "https" else {
            fail(IngestError(.unsupported, source: source, "redirected to an unsupported URL scheme \"\(scheme)\""))
            return completionHandler(nil)
        }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            fail(IngestError(.network, source: source, Fetcher.describe(error, timeout: options.timeout)))
        }
        finished.signal()
    }
}

/// The queue URLSession hands a fetch's events to, with a bound on how many wait in it.
///
/// FoundationNetworking (Linux) reads the network on its own thread and queues every piece of
/// the body for the delegate without waiting for it: against a server that sends without end,
/// gigabytes piled up in the queue before the size limit was seen. Here the network thread
/// waits while ``limit`` events are queued, so memory stays within a few pieces of the body.
private final class DeliveryQueue: OperationQueue, @unchecked Sendable {
    /// Events queued at most; a piece of the body is at most libcurl's write size (16 KB to
    /// 512 KB).
    private static let limit = 16
    private let slots = DispatchSemaphore(value: DeliveryQueue.limit)

    override init() {
        super.init()
        maxConcurrentOperationCount = 1
    }

    override func addOperation(_ block: @escaping @Sendable () -> Void) {
        // An event queued from this queue's own work must not wait for that work to finish; and
        // no wait is endless, so a stuck queue can cost memory but never hang a fetch.
        let holds = OperationQueue.current !== self && slots.wait(timeout: .now() + 2) == .success
        super.addOperation { [slots] in
            block()
            if holds { slots.signal() }
        }
    }
}
