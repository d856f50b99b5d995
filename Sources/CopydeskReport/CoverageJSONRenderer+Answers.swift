import CopydeskCompare

/// The editor's answers in the JSON report: the top-level keys `verdict`, `omissions`,
/// `exclusives`, `voices`, `conflicts` and `framing` (issue 14), after the inventory keys, whose
/// names and meaning are unchanged. Per-source maps are keyed by source id, in the order given;
/// sentence `index` is 0-based, as in `sentences`.
extension CoverageJSONRenderer {
    static func writeAnswers(_ answers: EditorAnswers, to root: inout JSONWriter) {
        root.field("verdict") { write(answers.verdict, to: &$0) }
        root.field("omissions", keyed: answers.omissions, by: \.source, write)
        root.field("exclusives", keyed: answers.exclusives, by: \.source, write)
        root.field("voices", each: answers.voices) { voice, array in
            array.object { object in
                object.field("name", voice.name)
                object.field("quotes", keyed: voice.quotes, by: \.source) { $1.value($0.count) }
                object.field("only_in", voice.onlyIn)
            }
        }
        root.field("conflicts", each: answers.conflicts) { conflict, array in
            array.object { object in
                object.field("kind", conflict.kind.rawValue)
                object.field("unit", conflict.unit)
                object.field("sides", each: conflict.sides) { side, list in
                    list.object {
                        $0.field("source", side.source)
                        $0.field("index", side.index)
                        $0.field("value", side.value)
                        $0.field("sentence", side.sentence)
                    }
                }
            }
        }
        root.field("framing") { write(answers.framing, to: &$0) }
    }

    static func write(_ verdict: EditorAnswers.Verdict, to json: inout JSONWriter) {
        json.object { object in
            object.field("original") { field in
                guard let original = verdict.original else { return field.null() }
                field.object {
                    $0.field("name", original.name)
                    $0.field("source", original.source)
                    $0.field("reason", original.reason.rawValue)
                }
            }
            object.field("sources", keyed: verdict.sources, by: \.source) { standing, value in
                value.object {
                    $0.field("relation", standing.relation.rawValue)
                    $0.field("reference", standing.reference)
                    $0.field("copied", standing.copied)
                    $0.field("covers_reference", standing.coversReference)
                    $0.field("carried_elsewhere", standing.carriedElsewhere)
                    $0.field("shared_phrases", standing.sharedPhrases)
                }
            }
            object.field("sentences", strings: verdict.sentences)
        }
    }

    /// A source's omissions or exclusives: the sentences, quotes and facts, each with who
    /// carried it.
    static func write(_ gaps: EditorAnswers.Gaps, to json: inout JSONWriter) {
        json.object { object in
            object.field("sentences", each: gaps.sentences) { item, array in
                array.object {
                    $0.field("source", item.source)
                    $0.field("index", item.index)
                    $0.field("text", item.text)
                    $0.field("carried_by", strings: item.carriedBy)
                    $0.field("facts", strings: item.facts)
                    $0.field("quotes", strings: item.quotes)
                }
            }
            object.field("quotes", each: gaps.quotes) { quote, array in
                array.object {
                    $0.field("id", quote.id)
                    $0.field("speaker", quote.speaker)
                    $0.field("text", quote.text)
                    $0.field("carried_by", strings: quote.carriedBy)
                }
            }
            object.field("facts", each: gaps.facts) { fact, array in
                array.object {
                    $0.field("id", fact.id)
                    $0.field("kind", fact.kind.rawValue)
                    $0.field("value", fact.value)
                    $0.field("carried_by", strings: fact.carriedBy)
                }
            }
        }
    }

    static func write(_ framing: EditorAnswers.Framing, to json: inout JSONWriter) {
        json.object { object in
            for (key, lines) in [("headlines", framing.headlines), ("ledes", framing.ledes)] {
                object.field(key, keyed: lines, by: \.source) { $1.value($0.text) }
            }
            object.field("word_choices", each: framing.wordChoices) { choice, array in
                array.object { object in
                    object.field("words", choice.words)
                    object.field("sources", strings: choice.sources)
                    object.field("other_words", choice.otherWords)
                    object.field("others", strings: choice.others)
                    object.field("count", choice.count)
                    object.field("example") { field in
                        field.object {
                            $0.field("source", choice.example.source)
                            $0.field("index", choice.example.index)
                            $0.field("other", choice.example.other)
                            $0.field("other_index", choice.example.otherIndex)
                        }
                    }
                }
            }
        }
    }
}
