import CopydeskIngest
import Testing

@Suite struct LocalPathTests {
    @Test func bytesThatAreNotUTF8SurviveTheRoundTrip() {
        let cases: [[UInt8]] = [
            Array("caf".utf8) + [0xE9] + Array(".html".utf8),  // Latin-1
            [0xFF, 0xFE, 0x41],
            [0xED, 0xA0, 0x80],  // an encoded surrogate
            [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF: valid, but in the escape range
            Array("plain/name.txt".utf8),
            [0xE2, 0x82],  // cut short
        ]
        for bytes in cases {
            let name = LocalPath.name(bytes)
            #expect(LocalPath.bytes(name) == bytes, "\(bytes)")
        }
    }

    @Test func displayShowsReplacementCharacters() {
        let name = LocalPath.name(Array("caf".utf8) + [0xE9] + Array(".html".utf8))
        #expect(LocalPath.display(name) == "caf\u{FFFD}.html")
        #expect(LocalPath.display("ordinary.html") == "ordinary.html")
        #expect(LocalPath.name(Array("ordinary.html".utf8)) == "ordinary.html")
    }
}
