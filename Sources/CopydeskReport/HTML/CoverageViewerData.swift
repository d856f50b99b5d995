import CopydeskCompare

/// The data the coverage page's script reads from its `<script type="application/json">` block:
/// compact arrays indexed like the page's `data-src`, `data-s`, `data-q` and `data-f` attributes.
///
/// ```
/// { "sources":   [ { "name": "A · Observer", "id": "…" } ],
///   "match":     [ "verbatim", "edited", "paraphrase", "unique" ],
///   "sentences": [ [ [match, source, index, similarity, match, …], … ] per source ],
///   "grounds":   [ [ [ [word, …] per counterpart ], … ] per source ],
///   "quotes":    [ { "speaker", "text", "status": [ "verbatim" | "partial" | … per source ] } ],
///   "facts":     [ { "value", "kind", "mentions": [ count per source ] } ] }
/// ```
/// A sentence's array starts with its strongest match, then four numbers per counterpart.
/// `grounds` lists, per counterpart in the same order, the words a paraphrase was matched on
/// (`MatchGrounds`; empty for other links, and `[]` for a sentence with no paraphrase), for the
/// panel under the texts and the highlight in both sentences.
/// Written by ``JSONWriter``, so `<`, `>`, `&`, U+2028 and U+2029 are escaped and the block
/// cannot be closed from inside.
enum CoverageViewerData {
    /// A source's sentences by index, from 0 to its last aligned sentence, nil where the report
    /// has none: the `sentences` and `grounds` tables of the data block are indexed alike.
    static func sentenceSlots(of source: String, in report: CoverageReport) -> [CoverageReport.AlignedSentence?] {
        let own = report.sentences.filter { $0.source == source }
        let byIndex = Dictionary(own.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let count = (own.map(\.index).max() ?? -1) + 1
        return (0..<count).map { byIndex[$0] }
    }

    static func json(_ report: CoverageReport, sources: SourceLabels) -> String {
        let matches = CoverageReport.Match.allCases
        let code = { (match: CoverageReport.Match) in matches.firstIndex(of: match) ?? matches.count - 1 }
        var json = JSONWriter()
        json.object { root in
            root.field("kind", "coverage")
            root.field("sources") { field in
                field.array { array in
                    for (index, source) in report.sources.enumerated() {
                        array.object {
                            $0.field("name", sources.name(index))
                            $0.field("id", source.id)
                        }
                    }
                }
            }
            root.field("match", strings: matches.map(\.rawValue))
            root.field("sentences") { field in
                field.array { perSource in
                    for source in report.sources {
                        perSource.array { list in
                            for slot in Self.sentenceSlots(of: source.id, in: report) {
                                list.array { entry in
                                    guard let sentence = slot else { return }
                                    entry.value(code(sentence.match))
                                    for counterpart in sentence.counterparts {
                                        guard let other = sources.index(of: counterpart.source) else { continue }
                                        entry.value(other)
                                        entry.value(counterpart.index)
                                        entry.value(counterpart.similarity, digits: 3)
                                        entry.value(code(counterpart.match))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            root.field("grounds") { field in
                field.array { perSource in
                    for source in report.sources {
                        perSource.array { list in
                            for slot in Self.sentenceSlots(of: source.id, in: report) {
                                list.array { entry in
                                    // Same counterparts, same order as `sentences`, so the script
                                    // pairs them by position.
                                    guard let sentence = slot, MatchGrounds.any(sentence) else { return }
                                    for counterpart in sentence.counterparts
                                    where sources.index(of: counterpart.source) != nil {
                                        entry.array { words in
                                            for word in MatchGrounds.words(counterpart, of: sentence) { words.value(word) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            root.field("quotes") { field in
                field.array { array in
                    for quote in report.quotes {
                        array.object { object in
                            object.field("speaker", quote.speaker)
                            object.field("text", quote.text)
                            object.field(
                                "status",
                                strings: report.sources.map { quote.coverage(of: $0.id)?.status.rawValue ?? "absent" })
                        }
                    }
                }
            }
            root.field("facts") { field in
                field.array { array in
                    for fact in report.facts {
                        array.object { object in
                            object.field("value", fact.value)
                            object.field("kind", fact.kind.rawValue)
                            object.field("mentions") { counts in
                                counts.array { list in
                                    for source in report.sources {
                                        list.value(fact.coverage(of: source.id)?.mentions.count ?? 0)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return json.output
    }
}
