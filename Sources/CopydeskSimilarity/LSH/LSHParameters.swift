internal import Foundation
import Synchronization

/// How a signature of K values is cut into bands for locality-sensitive hashing: `bands` bands of
/// `rows` values. Two documents become a candidate pair when all rows of at least one band agree,
/// which happens with probability 1 − (1 − sʳ)ᵇ at Jaccard similarity s.
public struct LSHParameters: Sendable, Hashable {
    /// How many bands a signature is cut into: more bands find less similar pairs.
    public var bands: Int
    /// Values per band: more rows make a band match only nearer pairs.
    public var rows: Int

    /// `bands` × `rows` values of the signature are used; the rest are ignored.
    public init(bands: Int, rows: Int) {
        self.bands = max(1, bands)
        self.rows = max(1, rows)
    }

    /// The probability that two documents of Jaccard similarity `similarity` share a band.
    public func candidateProbability(at similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    /// The (bands, rows) with bands · rows ≤ K that minimise the weighted sum of the
    /// false-positive area (candidate probability integrated over [0, threshold]) and the
    /// false-negative area (its complement integrated over [threshold, 1]): the choice datasketch's
    /// `MinHashLSH` makes (t = 0.5 → 25 × 5 and t = 0.8 → 9 × 13 at K = 128).
    ///
    /// - Complexity: O(K log K) candidate pairs, each integrated numerically — a few million
    ///   `pow` calls, so each answer is computed once per process and remembered.
    public static func optimal(
        threshold: Double, k: Int = 128, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> LSHParameters {
        let key = OptimalKey(
            threshold: threshold, k: k, falsePositiveWeight: falsePositiveWeight, falseNegativeWeight: falseNegativeWeight)
        if let known = optimalAnswers.withLock({ $0[key] }) { return known }
        let best = search(
            threshold: threshold, k: k, falsePositiveWeight: falsePositiveWeight, falseNegativeWeight: falseNegativeWeight)
        optimalAnswers.withLock { $0[key] = best }
        return best
    }

    private struct OptimalKey: Hashable {
        var threshold: Double
        var k: Int
        var falsePositiveWeight: Double
        var falseNegativeWeight: Double
    }

    private static let optimalAnswers = Mutex<[OptimalKey: LSHParameters]>([:])

    private static func search(
        threshold: Double, k: Int, falsePositiveWeight: Double, falseNegativeWeight: Double
    ) -> LSHParameters {
        let threshold = min(max(threshold, 0), 1)
        var best = LSHParameters(bands: 1, rows: 1)
        var bestError = Double.infinity
        for bands in 1...max(1, k) {
            for rows in 1...max(1, k / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let falsePositive = integrate(from: 0, to: threshold) { candidate.candidateProbability(at: $0) }
                let falseNegative = integrate(from: threshold, to: 1) { 1 - candidate.candidateProbability(at: $0) }
                let error = falsePositive * falsePositiveWeight + falseNegative * falseNegativeWeight
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// One key per band: the band's rows hashed with the band's index mixed into the seed, so
    /// equal rows in different bands never meet. A document is a candidate of another when any
    /// key at the same index is equal.
    ///
    /// Values past `bands · rows` (when K is not a multiple) take part in no band.
    public func bandKeys(of signature: MinHashSignature) -> [UInt64] {
        let usable = min(bands, signature.count / rows)
        return signature.values.withUnsafeBytes { raw in
            (0..<usable).map { band in
                ShingleHash.hash(
                    raw.baseAddress.map { $0 + band * rows * 4 }, count: rows * 4,
                    preparedSeed: ShingleHash.prepare(seed: 0x4C53_4842_414E_4400 ^ UInt64(band)))
            }
        }
    }

    /// Adaptive Simpson integration to 1e-10: the integrands are smooth polynomials with a sharp
    /// step near the threshold, which fixed grids resolve badly for large `rows`.
    static func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        guard b > a else { return 0 }
        func simpson(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double, _ m: Double, _ fm: Double) -> Double {
            (b - a) / 6 * (fa + 4 * fm + fb)
        }
        func refine(
            _ a: Double, _ fa: Double, _ b: Double, _ fb: Double, _ m: Double, _ fm: Double, _ whole: Double,
            _ tolerance: Double, _ depth: Int
        ) -> Double {
            let lm = (a + m) / 2
            let rm = (m + b) / 2
            let flm = f(lm)
            let frm = f(rm)
            let left = simpson(a, fa, m, fm, lm, flm)
            let right = simpson(m, fm, b, fb, rm, frm)
            if depth <= 0 || abs(left + right - whole) <= 15 * tolerance {
                return left + right + (left + right - whole) / 15
            }
            return refine(a, fa, m, fm, lm, flm, left, tolerance / 2, depth - 1)
                + refine(m, fm, b, fb, rm, frm, right, tolerance / 2, depth - 1)
        }
        let m = (a + b) / 2
        let fa = f(a)
        let fb = f(b)
        let fm = f(m)
        return refine(a, fa, b, fb, m, fm, simpson(a, fa, b, fb, m, fm), 1e-10, 30)
    }
}
