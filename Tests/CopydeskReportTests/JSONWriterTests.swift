import CopydeskReport
import Testing

@Suite struct JSONWriterTests {
    @Test func keepsKeyOrderAndWritesNull() {
        var json = JSONWriter()
        json.object {
            $0.field("z", "last")
            $0.field("a", nil as String?)
            $0.field("n", 3)
            $0.field("list", strings: ["x", "y"])
        }
        #expect(json.output == #"{"z":"last","a":null,"n":3,"list":["x","y"]}"#)
    }

    @Test func writesListsAndPerSourceMaps() {
        var json = JSONWriter()
        json.object {
            $0.field("ids", each: [3, 4]) { $1.value($0) }
            $0.field("shares", keyed: [("afp", 0.5), ("dpa", 1.0)], by: \.0) { $1.value($0.1) }
            $0.field("none", each: [Int]()) { $1.value($0) }
            $0.field("empty", keyed: [String](), by: { $0 }) { $1.value($0) }
        }
        #expect(json.output == #"{"ids":[3,4],"shares":{"afp":0.5,"dpa":1},"none":[],"empty":{}}"#)
    }

    @Test func escapesMarkupAndControlCharacters() {
        var json = JSONWriter()
        json.value("</script>\"\n\u{1}\u{2028}")
        #expect(json.output == #""\u003c/script\u003e\"\n\u0001\u2028""#)
    }

    /// The byte-wise escaper against the rule it implements, written scalar by scalar: every
    /// scalar around the escaped ranges, alone and between multi-byte neighbours.
    @Test func escapesLikeTheScalarRule() {
        func reference(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                let value = scalar.value
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case "<", ">", "&", "\u{2028}", "\u{2029}", _ where value < 0x20 || (0x7F...0x9F).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value):
                    let hex = String(value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
        let probes: [UInt32] = Array(0...0xFF) + Array(0x2020...0x2070) + [0x20AC, 0x00E9, 0x1F4F0, 0xFEFF]
        for value in probes {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "é\(scalar)€", "a\(scalar)\(scalar)z", "🗞\(scalar)"] {
                var json = JSONWriter()
                json.value(text)
                #expect(json.output == reference(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func formatsDoubles() {
        var json = JSONWriter()
        json.array {
            $0.value(0.5)
            $0.value(1.0)
            $0.value(0.123456)
            $0.value(Double.nan)
        }
        #expect(json.output == "[0.5,1,0.1235,null]")
    }
}
