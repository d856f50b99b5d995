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
