/// Deterministic news-like stories for tests: an event's names, places and numbers in varied
/// sentences, so that two stories share few word pairs unless one is copied from the other.
struct Stories {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    static let names = [
        "Amina Okafor", "Rahul Sharma", "Elena Petrova", "James Walker", "Sofia Rossi", "Kwame Mensah",
        "Yuki Tanaka", "Carlos Vega", "Ingrid Larsson", "Omar Haddad", "Priya Gupta", "Hans Weber",
    ]
    static let places = ["Dhaka", "Nairobi", "Lisbon", "Osaka", "Lima", "Tbilisi", "Accra", "Hanoi", "Quito", "Riga"]
    static let nouns = [
        "harbour", "budget", "strike", "flood", "bridge", "tariff", "vaccine", "pipeline", "election",
        "court", "reservoir", "railway", "subsidy", "shortage", "harvest", "ceasefire", "census",
        "refinery", "pension", "tunnel", "stadium", "clinic", "border", "cargo", "grid", "drought",
    ]
    static let adjectives = [
        "new", "disputed", "temporary", "regional", "historic", "fragile", "annual", "costly",
        "delayed", "emergency", "landmark", "local", "rural", "coastal", "national",
    ]
    static let verbs = [
        "approved", "rejected", "delayed", "suspended", "launched", "criticised", "defended",
        "welcomed", "postponed", "confirmed", "expanded", "reduced", "announced", "blocked",
    ]

    static let vocabulary = """
        officials residents minister council police company union farmers workers families shops schools
        roads prices wages taxes rents loans debts exports imports markets banks courts judges lawyers
        doctors nurses hospitals patients teachers students parents drivers pilots sailors fishermen miners
        engineers builders planners voters candidates parties lawmakers senators mayors governors envoys
        agreed refused warned promised argued insisted admitted denied claimed reported estimated expected
        feared hoped planned decided managed failed started stopped finished opened closed moved raised
        cut doubled halved paid spent saved lost won earned owed borrowed lent sold bought built repaired
        quickly slowly quietly openly sharply steadily suddenly finally recently already still again
        across behind beyond during against without between among toward under over through despite
        morning evening weekend season quarter decade century anniversary deadline schedule timetable
        river valley coast island village district province capital suburb square avenue station airport
        storm rain snow heat drought flood fire smoke dust wind tide quake landslide outage shortage surplus
        contract treaty accord pledge permit licence fine penalty verdict appeal inquiry audit review report
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// About `words` words of paragraphs about one event.
    mutating func story(words: Int = 420) -> [String] {
        let person = pick(Self.names)
        let other = pick(Self.names)
        let place = pick(Self.places)
        let topic = pick(Self.nouns)
        var paragraphs: [String] = []
        var count = 0
        while count < words {
            var sentences: [String] = []
            for _ in 0..<(1 + Int(next() % 3)) {
                var sentence: [String] = []
                let length = 9 + Int(next() % 9)
                for position in 0..<length {
                    switch next() % 12 {
                    case 0:
                        sentence.append(
                            position == 0 ? person : person.split(separator: " ").last.map(String.init) ?? person)
                    case 1: sentence.append(place)
                    case 2: sentence.append(String(2 + next() % 90_000))
                    case 3: sentence.append(topic)
                    case 4: sentence.append(other)
                    default: sentence.append(pick(Self.vocabulary))
                    }
                }
                var text = sentence.joined(separator: " ")
                text = text.prefix(1).uppercased() + text.dropFirst() + "."
                sentences.append(text)
                count += length
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return paragraphs
    }
}

/// One JSONL line for an article.
func jsonLine(id: String, paragraphs: [String], outlet: String? = nil, published: String? = nil, title: String? = nil)
    -> String
{
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
    var fields = ["\"id\": \(quoted(id))", "\"text\": \(quoted(paragraphs.joined(separator: "\n\n")))"]
    if let outlet { fields.append("\"outlet\": \(quoted(outlet))") }
    if let published { fields.append("\"published\": \(quoted(published))") }
    if let title { fields.append("\"title\": \(quoted(title))") }
    return "{" + fields.joined(separator: ", ") + "}"
}

/// OCR-style damage: every `every`-th letter e becomes c, l becomes 1.
func scanned(_ text: String, every: Int = 9) -> String {
    var out = ""
    var letters = 0
    for character in text {
        if character == "e" || character == "l" {
            letters += 1
            if letters % every == 0 {
                out.append(character == "e" ? "c" : "1")
                continue
            }
        }
        out.append(character)
    }
    return out
}
