@testable import CopydeskSimilarity
import CopydeskText
import Testing

/// Long texts are shingled a piece at a time, to the same hashes as in one go.
@Suite struct ShinglerPiecesTests {
    /// ~2.3 MB of news-like text: paragraphs, a hyphen at a line break, accents, numbers.
    static let longText: String = {
        let sentences = [
            "The harbour board met on Tuesday to discuss the dredging contract for the eastern berth.",
            "Officials said 1,200 tonnes of silt had been removed since March, at a cost of €4.5 million.",
            "Residents of Saint-Étienne-du-Port complained about the noise from the night shifts.",
            "The chair, Ingrid Larsson, said the work would be finished \"well before the autumn storms\".",
            "A spokesman for the dock-\nworkers' union declined to comment on the new rota.",
        ]
        var text = ""
        var paragraph = 0
        while text.utf8.count < 2_300_000 {
            for (offset, sentence) in sentences.enumerated() where (offset + paragraph) % 3 != 0 {
                text += sentence + " "
            }
            text += "Paragraph \(paragraph).\n\n"
            paragraph += 1
        }
        return text
    }()

    func whole(_ shingler: Shingler) -> [UInt64] {
        var hashes: [UInt64] = []
        var scratch = TokenizedText()
        shingler.appendHashes(of: Self.longText, to: &hashes, scratch: &scratch)
        return hashes
    }

    @Test func wordShinglesMatchTheWholeText() {
        let shingler = Shingler(kind: .words(5), seed: 3)
        #expect(shingler.pieceWiseHashes(Self.longText) == whole(shingler))
    }

    @Test func characterShinglesMatchTheWholeText() {
        let shingler = Shingler(kind: .characters(7))
        #expect(shingler.pieceWiseHashes(Self.longText) == whole(shingler))
    }

    @Test func cutsFallAfterALetterOnly() {
        let bytes = Array("ab- cd 12 ef gh".utf8)
        #expect(Shingler.cut(bytes, after: 3) == 6)  // not after the hyphen: after "cd"
        #expect(Shingler.cut(bytes, after: 7) == 12)  // not after "12": after "ef"
        #expect(Shingler.cut(bytes, after: 100) == bytes.count)
    }
}

extension ShinglerPiecesTests {
    @Test func theSetOfALongTextIsTheSortedUniqueHashes() {
        let shingler = Shingler(kind: .words(3))
        #expect(shingler.hashes(Self.longText) == SetSimilarity.sortedUnique(whole(shingler)))
    }
}

@Suite struct HashSortTests {
    @Test func sortsLikeTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let shapes: [[UInt64]] = [
            [],
            [7],
            (0..<10_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) },
            (0..<10_000).map { _ in UInt64.random(in: 0...5, using: &generator) },  // runs of equals
            Array(0..<5_000),  // sorted already
            Array((0..<5_000).reversed()),
            Array(repeating: 42, count: 3_000),
        ]
        for shape in shapes {
            var sorted = shape
            HashSort.sort(&sorted)
            #expect(sorted == shape.sorted())
        }
    }
}
