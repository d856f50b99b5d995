import ArgumentParser
import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskReport
import CopydeskSimilarity
import CopydeskText

#if canImport(Glibc)
    /// glibc's `malloc_trim(3)`, which its Swift module leaves out (it is in `malloc.h`).
    @_silgen_name("malloc_trim")
    private func mallocTrim(_ pad: Int) -> Int32
#endif

struct Similarity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How much of two articles is the same copy: Jaccard, MinHash estimate, containment, shared passages.",
        discussion: """
            Inputs are read as for `extract`. Offsets in shared passages count Unicode scalars of the \
            article text that `extract` prints.
            """
    )

    @Argument(help: "The first article, read as `extract` reads its inputs.")
    var a: String

    @Argument(help: "The second article.")
    var b: String

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// The spelling before `--shingles`, still read so that scripts keep working.
    enum Unit: String, ExpressibleByArgument, CaseIterable { case words, characters }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Shingles: words:N or chars:N, N from 1 to 32 (as in dedup); default words:5.")
    var shingles: ShingleKind?

    @Option(help: .hidden)
    var shingle: Unit?

    @Option(help: .hidden)
    var size: Int?

    @Option(name: .customLong("k"), help: "Values per MinHash signature.")
    var k: Int = 128

    @Option(help: "MinHash algorithm: oph (one-permutation hashing, densified) or classic.")
    var algorithm: Algorithm = .oph

    enum Algorithm: String, ExpressibleByArgument, CaseIterable { case oph, classic }

    @Option(help: "Seed for shingle hashing and MinHash.")
    var seed: UInt64 = 0

    func validate() throws {
        if shingles != nil, shingle != nil || size != nil {
            throw ValidationError("--shingles says it all: leave out --shingle and --size.")
        }
        if let size, !ShingleKind.sizes.contains(size) {
            throw ValidationError("--size must be from 1 to 32, got \(size).")
        }
        if k < 1 || k > 4096 { throw ValidationError("--k must be between 1 and 4096, got \(k).") }
    }

    func run() throws {
        // Only each article's id and text are kept: a 49 MB text's paragraphs are 49 MB more.
        let first: (id: String, text: String)
        let second: (id: String, text: String)
        func load(_ source: String) throws(IngestError) -> (id: String, text: String) {
            let article = try loadArticle(source)
            return (article.id, article.text)
        }
        do {
            first = try load(a)
            second = try load(b)
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(1)
        }
        #if canImport(Glibc)
            // Extraction of a long text frees hundreds of MB in small blocks, which the C
            // library keeps for reuse; the shingle sets that follow are allocated apart (mmap),
            // so without this the freed memory would stay counted against the process.
            _ = mallocTrim(0)
        #endif
        let kind: ShingleKind =
            switch (shingles, shingle) {
            case (let shingles?, _): shingles
            case (nil, .characters): .characters(size ?? 7)
            case (nil, _): .words(size ?? 5)
            }
        if shingle != nil || size != nil {
            printError("copydesk: --shingle and --size are now written --shingles \(kind) (as in dedup)")
        }
        let report = SimilarityReport(
            a: first.id, b: second.id, textA: first.text, textB: second.text,
            shingler: Shingler(kind: kind, seed: seed),
            hasher: MinHasher(k: k, seed: seed, algorithm: algorithm == .oph ? .onePermutation : .classic))
        for warning in report.warnings { printWarning(source: "\(a) \(b)", warning) }
        switch format {
        case .text: print(TerminalText.escaped(SimilarityRenderer.text(report), keepingLines: true))
        case .json: print(SimilarityRenderer.json(report))
        }
    }

}
