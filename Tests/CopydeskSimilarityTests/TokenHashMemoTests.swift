@testable import CopydeskSimilarity
import CopydeskText
import Testing

/// Hashes through the token hash memo are the hashes without it, however the memo was filled.
@Suite struct TokenHashMemoTests {
    static let texts: [String] = [
        "The ferry crews ended their strike on Friday, the union said after a night of talks.",
        "The crews of the ferry ended the strike; the union's talks lasted the night, it said on Friday.",
        "rnodern wcre tbe 0n 1462 vvater l0cal modem were the on water local modern",
        "Zürich’s council met — Ελλάδα, Москва; 東京都で会議 — and O’Neill's 1,250.5 figures.",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb abcdefgh abcdefghi abcdefghijklmnop internationalisation spokeswoman",
        "govern-\nment dock-\n workers ＦＵＬＬ ﬁnance",
        "word",
        "",
    ]

    func plain(_ shingler: Shingler, _ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var scratch = TokenizedText()
        shingler.appendHashes(of: text, to: &hashes, scratch: &scratch)
        return hashes
    }

    func memoized(_ shingler: Shingler, _ text: String, _ memo: inout TokenHashMemo) -> [UInt64] {
        var hashes: [UInt64] = []
        var scratch = TokenizedText()
        var text = text
        text.withUTF8 { shingler.appendHashes(ofUTF8: $0, to: &hashes, scratch: &scratch, memo: &memo) }
        return hashes
    }

    @Test func oneMemoAcrossTextsSeedsAndFoldingGivesThePlainHashes() {
        var memo = TokenHashMemo()
        // The same memo under shinglers that differ in seed, folding and n, and twice over, so
        // that keys are found in it filled under the current settings or others.
        for round in 0..<2 {
            for seed: UInt64 in [0, 7] {
                for folds in [true, false] {
                    for n in [1, 2, 5] {
                        var shingler = Shingler(kind: .words(n), seed: seed)
                        shingler.foldsOCRConfusions = folds
                        for text in Self.texts {
                            #expect(memoized(shingler, text, &memo) == plain(shingler, text), "\(round) \(seed) \(folds) \(n) \(text)")
                        }
                    }
                }
            }
        }
        // Character shingles take the plain path.
        let characters = Shingler(kind: .characters(5))
        #expect(memoized(characters, Self.texts[0], &memo) == plain(characters, Self.texts[0]))
    }

    @Test func keysAreRememberedByTheirWordsAndLength() {
        let bytes: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            let keys = (1...16).compactMap { TokenHashMemo.words(base, count: $0) }
            #expect(keys.count == 16)
            #expect(Set(keys.map { "\($0.0) \($0.1)" }).count == 16)
            #expect(keys.prefix(8).allSatisfy { $0.1 == 0 })
            #expect(keys.dropFirst(8).allSatisfy { $0.1 != 0 })
            #expect(TokenHashMemo.words(base, count: 17) == nil)
            #expect(TokenHashMemo.words(base, count: 0) == nil)
        }
        // A key whose last byte is 0 is not remembered: its words would be a shorter key's.
        var zero = [UInt8](repeating: 0x61, count: 24)
        zero[1] = 0
        zero[10] = 0
        zero.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            #expect(TokenHashMemo.words(base, count: 2) == nil)
            #expect(TokenHashMemo.words(base, count: 11) == nil)
            #expect(TokenHashMemo.words(base, count: 1) != nil)
            #expect(TokenHashMemo.words(base, count: 12) != nil)
        }
    }
}
