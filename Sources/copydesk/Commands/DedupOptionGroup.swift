import ArgumentParser
import CopydeskDedup
import CopydeskSimilarity

/// Fingerprinting and matching options shared by `dedup` and `index`.
struct MatchingOptions: ParsableArguments {
    @Option(help: "Shingles: words:N or chars:N, N from 1 to 32.")
    var shingles: ShingleKind = .words(2)

    @Option(help: "MinHash permutations (signature length).")
    var permutations: Int = 128

    @Option(
        help:
            "Jaccard similarity LSH aims at when proposing pairs to verify (default: chosen from the archive's size and background similarity)."
    )
    var candidateThreshold: Double?

    @Option(help: "Exact Jaccard at or above which two documents are near-duplicates.")
    var jaccard: Double = DedupOptions().jaccardThreshold

    @Option(help: "Exact containment at or above which the shorter document is a truncated reprint.")
    var containment: Double = DedupOptions().containmentThreshold

    @Flag(
        inversion: .prefixedNo,
        help: "Also propose pairs whose first shingles match (finds truncated reprints at scale).")
    var leadCandidates = true

    @Option(help: "Worker threads (0: one per core).")
    var threads: Int = 0

    func dedupOptions() throws -> DedupOptions {
        var options = DedupOptions()
        options.shingleKind = shingles
        guard (16...1024).contains(permutations) else {
            throw ValidationError("--permutations must be between 16 and 1024")
        }
        for (name, value) in [
            ("--candidate-threshold", candidateThreshold ?? 0.5), ("--jaccard", jaccard),
            ("--containment", containment),
        ] {
            guard value > 0, value <= 1 else { throw ValidationError("\(name) must be in (0, 1]") }
        }
        options.permutations = permutations
        options.candidateThreshold = candidateThreshold
        options.jaccardThreshold = jaccard
        options.containmentThreshold = containment
        options.threads = max(0, threads)
        options.leadCandidates = leadCandidates
        return options
    }
}

/// The lead signature's banding, shared by `signatures` and `banding keys`: the Spark job passes
/// the rows that `banding choose` picked to both.
struct LeadRowsOption: ParsableArguments {
    @Option(help: "Rows per band of the lead signature's banding: 2, 3, 4, 5, 6 or 8.")
    var leadRows: Int = BandingChoice.leadRowsLadder[0]

    func validate() throws {
        guard BandingChoice.leadRowsLadder.contains(leadRows) else {
            throw ValidationError(
                "--lead-rows must be one of \(BandingChoice.leadRowsLadder.map(String.init).joined(separator: ", "))")
        }
    }

    func banding(_ options: DedupOptions) -> RecordBanding {
        RecordBanding(options: options, leadRows: leadRows)
    }
}
