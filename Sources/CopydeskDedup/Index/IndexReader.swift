/// Answers `index query`: which indexed documents an input is a verified reprint of.
final class IndexReader {
    private let lookup: IndexLookup
    private let firstOfCluster: Statement

    init(index: ArchiveIndex) throws {
        lookup = try IndexLookup(index: index)
        firstOfCluster = try index.database.prepare(
            """
            SELECT rowid FROM documents WHERE cluster = ?
            ORDER BY published IS NULL, published, length DESC, rowid LIMIT 1
            """)
    }

    /// Call inside the read transaction the answers are read in.
    func beginReading() throws { try lookup.beginReading() }

    func answer(_ item: IntakeItem) throws -> IndexAnswer {
        var answer = IndexAnswer(id: item.id, source: item.source)
        guard case .document(let fingerprint, let shingles, _) = item.content else {
            if case .failure(let message) = item.content { answer.error = message }
            return answer
        }
        var bestCluster: Int64?
        for candidate in try lookup.candidates(fingerprint) {
            guard let verdict = Verdict(SetOverlap(shingles, try lookup.shingles(candidate)), options: lookup.options),
                let document = try lookup.document(candidate)
            else { continue }
            answer.matches.append(match(document, verdict))
        }
        answer.matches.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.id < $1.id }
        if let best = answer.matches.first { bestCluster = Int64(best.cluster) }
        if let bestCluster {
            var first: Int64?
            try firstOfCluster.rows([.integer(bestCluster)]) { first = $0.int(0) }
            if let first, let document = try lookup.document(first) {
                let verdict = Verdict(
                    describing: SetOverlap(shingles, try lookup.shingles(first)), options: lookup.options)
                answer.firstSeen = match(document, verdict)
            }
        }
        return answer
    }

    private func match(_ document: IndexLookup.Document, _ verdict: Verdict) -> IndexMatch {
        IndexMatch(
            id: document.id, source: document.source, title: document.title, outlet: document.outlet,
            published: document.published, added: document.added, cluster: Int(document.cluster),
            relation: verdict.relation, similarity: verdict.similarity)
    }
}
