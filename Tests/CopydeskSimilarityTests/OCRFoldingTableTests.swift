import CopydeskSimilarity
import Testing

/// The table-driven ``OCRFolding/fold(_:count:into:)`` must fold every key exactly as the
/// letter-by-letter rules it replaced: dedup's clusters depend on each folded byte.
@Suite struct OCRFoldingTableTests {
    /// The rules as first written, one branch per rule (the reference).
    static func referenceFold(_ key: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var letters = false
        var previous: UInt8 = 0
        var index = 0
        while index < key.count {
            var byte = key[index]
            if byte >= 0x80 { return key }
            if byte &- UInt8(ascii: "a") < 26 { letters = true }
            let next: UInt8 = index + 1 < key.count ? key[index + 1] : 0
            if byte == UInt8(ascii: "r"), next == UInt8(ascii: "n") {
                byte = UInt8(ascii: "m")
                index += 1
            } else if byte == UInt8(ascii: "v"), next == UInt8(ascii: "v") {
                byte = UInt8(ascii: "w")
                index += 1
            }
            let folded: UInt8
            let letter = byte &- UInt8(ascii: "a")
            if letter < 26 {
                folded = Array("ohedetghljklnnopgrstuuwxyz".utf8)[Int(letter)]
            } else {
                switch byte {
                case 0x30: folded = UInt8(ascii: "o")
                case 0x31, 0x7C, 0x21: folded = UInt8(ascii: "l")
                case 0x35: folded = UInt8(ascii: "s")
                default: folded = byte
                }
            }
            if folded != previous {
                output.append(folded)
                previous = folded
            }
            index += 1
        }
        return letters ? output : key
    }

    static func fold(_ key: [UInt8]) -> [UInt8] {
        key.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return [] }
            return [UInt8](unsafeUninitializedCapacity: max(1, key.count)) { buffer, count in
                guard let output = buffer.baseAddress else { return }
                count = OCRFolding.fold(base, count: key.count, into: output)
            }
        }
    }

    @Test func everyShortKeyOverTheConfusedLettersFoldsAsTheRulesSay() {
        // Every key of up to four bytes over the letters and marks the rules treat specially,
        // plus a plain letter, a digit that is not confused, an apostrophe and a byte outside ASCII.
        let alphabet = Array("rnvwmeclio015|!sa'7z".utf8) + [0xC3]
        var keys: [[UInt8]] = [[]]
        var checked = 0
        for _ in 0..<4 {
            keys = keys.flatMap { key in alphabet.map { key + [$0] } }
            for key in keys {
                #expect(Self.fold(key) == Self.referenceFold(key), "\(key)")
                checked += 1
            }
        }
        #expect(checked > 190_000)
    }

    @Test func newsWordsAndNoisyWordsFoldAsTheRulesSay() {
        let words = [
            "government", "rnodern", "modem", "vvere", "wcre", "counci1", "l462", "2024", "0n", "sai|d",
            "minister's", "3.5", "1,000", "café", "straße", "coffee", "keep", "summit", "vvvv", "rnrn",
            "nnm", "internationally", "a", "",
        ]
        for word in words {
            let key = Array(word.utf8)
            #expect(Self.fold(key) == Self.referenceFold(key), "\(word)")
        }
        #expect(OCRFolding.fold("rnodern") == "noden")
        #expect(OCRFolding.fold("vvere") == "were")
        #expect(OCRFolding.fold("2024") == "2024")
        #expect(OCRFolding.fold("café") == "café")
    }
}
