public import CopydeskSimilarity

/// Renders a `SimilarityReport` (the `similarity` command's output) as text or JSON.
public enum SimilarityRenderer {
    /// The JSON object: `a`, `b`, `jaccard`, `estimate`, `containment` {`a_in_b`, `b_in_a`},
    /// `shared_passages` [{`a_start`, `a_end`, `b_start`, `b_end`, `text`}]; offsets count
    /// Unicode scalars of each article's text.
    public static func write(_ report: SimilarityReport, to json: inout JSONWriter) {
        json.object {
            $0.field("a", report.a)
            $0.field("b", report.b)
            $0.field("jaccard", report.jaccard)
            $0.field("estimate", report.estimate)
            $0.field("containment") { json in
                json.object {
                    $0.field("a_in_b", report.aInB)
                    $0.field("b_in_a", report.bInA)
                }
            }
            $0.field("shared_passages") { json in
                json.array {
                    for passage in report.passages {
                        $0.object {
                            $0.field("a_start", passage.a.lowerBound)
                            $0.field("a_end", passage.a.upperBound)
                            $0.field("b_start", passage.b.lowerBound)
                            $0.field("b_end", passage.b.upperBound)
                            $0.field("text", passage.text)
                        }
                    }
                }
            }
        }
    }

    /// The report as a JSON document, compact by default.
    public static func json(_ report: SimilarityReport, pretty: Bool = false) -> String {
        var json = JSONWriter(pretty: pretty)
        write(report, to: &json)
        return json.output
    }

    /// The scores in a few lines, then each shared passage with its offsets.
    public static func text(_ report: SimilarityReport) -> String {
        let unit: String
        switch report.kind {
        case .words(let n): unit = "word \(n)-grams"
        case .characters(let n): unit = "character \(n)-grams"
        }
        var lines = [
            "A: \(report.a)",
            "B: \(report.b)",
            "Jaccard (exact, \(unit)): \(JSONWriter.format(report.jaccard, digits: 4))",
            "Estimate (MinHash, K = \(report.k)): \(JSONWriter.format(report.estimate, digits: 4))",
            "Containment: A in B \(JSONWriter.format(report.aInB, digits: 4)), B in A \(JSONWriter.format(report.bInA, digits: 4))",
            "Shared passages: \(report.passages.count)",
        ]
        for passage in report.passages {
            lines.append("")
            lines.append(
                "A \(passage.a.lowerBound)–\(passage.a.upperBound) · B \(passage.b.lowerBound)–\(passage.b.upperBound)")
            lines.append("  \(passage.text.replacingNewlines())")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
