import CopydeskSimilarity
import Testing

@Suite struct ShingleHashTests {
    @Test func placeholder() { #expect(ShingleHash.hash("a") != ShingleHash.hash("b")) }
}
