import CopydeskCompare
import CopydeskText
import Foundation

// Generates one story as a wire version of about `words` words, then outlets that reprint it
// the way papers do: most sentences kept, some lightly edited, some rewritten with other words,
// some dropped, a few of their own added, the quotes kept, trimmed or reported indirectly.

var words = 1000
var repeats = 7
var seed: UInt64 = 42
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else { break }
    switch flag {
    case "--words": words = Int(value) ?? words
    case "--repeats": repeats = max(1, Int(value) ?? repeats)
    case "--seed": seed = UInt64(value) ?? seed
    default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
    }
}

/// Seeded choices for the generated articles (SplitMix64, the package's one generator).
struct Random {
    var generator: SplitMix64
    init(state: UInt64) { generator = SplitMix64(seed: state) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
}

let people = [
    "Maria Lopez", "Ahmed Karimov", "Chen Wei", "Olga Petrova", "James Okafor", "Anna Kowalska", "Rahim Uddin",
    "Sofia Rossi",
]
let places = [
    "Madrid", "Tashkent", "Beijing", "Warsaw", "Lagos", "Dhaka", "Rome", "Kazakhstan", "Uzbekistan", "Poland",
    "Nigeria",
]
let bodies = [
    "the finance ministry", "the central bank", "the International Monetary Fund (IMF)", "the World Bank",
    "the European Commission", "the national statistics office",
]
let nouns = [
    "budget", "economy", "inflation", "growth", "pension reform", "energy prices", "trade deal", "interest rates",
    "tax plan", "spending review", "wage talks", "fuel subsidies", "housing market", "export figures",
]
let verbs = ["expects", "warned that", "forecast that", "said", "estimated that", "announced that", "confirmed that"]
let changes = ["rise", "fall", "slow", "recover", "stabilise", "double", "shrink"]
let times = [
    "this year", "next year", "on Monday", "by March 2025", "within three months", "in the second quarter",
    "on Tuesday",
]
let units = ["percent", "billion euros", "million people", "days", "countries", "years"]
let numberWords = ["two", "three", "four", "five", "eight", "12", "30", "3.5", "40", "250"]
let openers = ["Meanwhile,", "However,", "In a statement,", "Separately,", "Earlier,", "At a news conference,", ""]
let quoteBits = [
    "we will not raise taxes on working families", "the recovery is fragile and uneven",
    "every household will feel the difference",
    "this is not a problem of money but of will", "our partners have shown remarkable patience",
    "the reforms must continue without delay",
    "nobody should pay twice for the same mistake", "the numbers speak for themselves",
]
let swaps: [String: String] = [
    "expects": "predicts", "warned": "cautioned", "said": "stated", "rise": "increase", "fall": "drop",
    "growth": "expansion", "budget": "spending plan", "economy": "economic output", "announced": "declared",
    "slow": "ease",
]

func sentence(_ r: inout Random) -> String {
    switch r.next() % 4 {
    case 0:
        return
            "\(r.pick(openers)) \(r.pick(bodies).capitalizedFirst) \(r.pick(verbs)) the \(r.pick(nouns)) would \(r.pick(changes)) by \(r.pick(numberWords)) \(r.pick(units)) \(r.pick(times)), the highest level since 2019."
            .trimmed
    case 1:
        let person = r.pick(people)
        return
            "“\(r.pick(quoteBits).capitalizedFirst), and \(r.pick(quoteBits)),” \(person) said in \(r.pick(places)) \(r.pick(times))."
    case 2:
        return
            "\(r.pick(people)) told reporters that the \(r.pick(nouns)) in \(r.pick(places)) had been hit by \(r.pick(nouns)) and that \(r.pick(bodies)) would review the \(r.pick(nouns)) \(r.pick(times))."
    default:
        return
            "\(r.pick(openers)) Officials in \(r.pick(places)) said \(r.pick(numberWords)) \(r.pick(units)) of \(r.pick(nouns)) were at stake, while \(r.pick(people)) called the \(r.pick(nouns)) “\(r.pick(quoteBits))”."
            .trimmed
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
    var wordCount: Int { split(separator: " ").count }
}

func wire(_ r: inout Random, words: Int) -> [String] {
    var paragraphs: [String] = []
    var total = 0
    while total < words {
        var paragraph = sentence(&r)
        if r.chance(0.4) { paragraph += " " + sentence(&r) }
        total += paragraph.wordCount
        paragraphs.append(paragraph)
    }
    return paragraphs
}

func outlet(of wire: [String], _ r: inout Random) -> [String] {
    var paragraphs: [String] = []
    for paragraph in wire {
        if r.chance(0.15) { continue }  // dropped
        if r.chance(0.2) {  // rewritten
            var words = paragraph.split(separator: " ").map(String.init)
            for i in words.indices { if let swap = swaps[words[i]] { words[i] = swap } }
            if words.count > 8 { words.removeSubrange(2..<4) }
            paragraphs.append(words.joined(separator: " "))
        } else if r.chance(0.15) {  // lightly edited
            paragraphs.append(paragraph.replacingOccurrences(of: " the ", with: " this ", options: [], range: nil))
        } else {
            paragraphs.append(paragraph)
        }
        if r.chance(0.1) { paragraphs.append(sentence(&r)) }  // its own
    }
    return paragraphs
}

var random = Random(state: seed)
let story = wire(&random, words: words)
var articles = [Article(source: "wire", id: "wire", published: "2024-03-05", paragraphs: story)]
for n in 1..<10 {
    articles.append(
        Article(source: "outlet\(n)", id: "outlet\(n)", published: "2024-03-05", paragraphs: outlet(of: story, &random))
    )
}
let meanWords = articles.map(\.wordCount).reduce(0, +) / articles.count

func measure(_ sources: [Article], repeats: Int) -> (median: Double, best: Double, report: CoverageReport) {
    var report = CoverageComparer().compare(sources)  // warm-up
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        report = CoverageComparer().compare(sources)
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    times.sort()
    return (times[times.count / 2], times[0], report)
}

print("compare benchmark: seed \(seed), \(repeats) timed runs after one warm-up, mean \(meanWords) words per article")
for (count, target) in [(2, 50.0), (10, 500.0)] {
    let (median, best, report) = measure(Array(articles.prefix(count)), repeats: repeats)
    let verdict = median < target ? "under" : "OVER"
    print(
        "\(count) articles: median \(String(format: "%.1f", median)) ms, best \(String(format: "%.1f", best)) ms (\(verdict) the \(Int(target)) ms target); "
            + "\(report.sentences.count) sentences, \(report.quotes.count) quotes, \(report.facts.count) facts, \(report.passages.count) passages"
    )
}
