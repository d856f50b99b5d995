/// Limits on reading one input, the same for files, standard input and URLs.
public struct ReadOptions: Sendable, Hashable {
    /// Inputs larger than this are refused, not truncated: a page past it is not an article (real
    /// news pages weigh well under 5 MB), and half a page would give half an article with no sign.
    public var maxBytes: Int
    /// Seconds a URL may take, connecting to last byte.
    public var timeout: Double
    /// Redirects a URL may take before it is given up.
    public var maxRedirects: Int

    /// The default page size limit, 50 MB: far above any news page, well below what would strain
    /// memory.
    public static let defaultMaxBytes = 50_000_000

    /// Limits with the defaults `extract` uses: 50 MB, 30 seconds, 5 redirects.
    public init(maxBytes: Int = ReadOptions.defaultMaxBytes, timeout: Double = 30, maxRedirects: Int = 5) {
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.maxRedirects = maxRedirects
    }
}
