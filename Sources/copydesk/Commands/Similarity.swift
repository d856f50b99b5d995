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

    enum Unit: String, ExpressibleByArgument, CaseIterable { case words, characters }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Shingle unit: words or characters.")
    var shingle: Unit = .words

    @Option(help: "Tokens (or characters) per shingle; default 5 for words, 7 for characters.")
    var size: Int?

    @Option(name: .customLong("k"), help: "Values per MinHash signature.")
    var k: Int = 128

    @Option(help: "MinHash algorithm: oph (one-permutation hashing, densified) or classic.")
    var algorithm: Algorithm = .oph

    enum Algorithm: String, ExpressibleByArgument, CaseIterable { case oph, classic }

    @Option(help: "Seed for shingle hashing and MinHash.")
    var seed: UInt64 = 0

    func validate() throws {
        if let size, size < 1 { throw ValidationError("--size must be at least 1, got \(size).") }
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
            switch shingle {
            case .words: .words(size ?? 5)
            case .characters: .characters(size ?? 7)
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
