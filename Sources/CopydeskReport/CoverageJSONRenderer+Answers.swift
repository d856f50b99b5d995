import CopydeskCompare

/// The editor's answers in the JSON report: the top-level keys `verdict`, `omissions`,
/// `exclusives`, `voices`, `conflicts` and `framing` (issue 14), after the inventory keys, whose
/// names and meaning are unchanged. Per-source maps are keyed by source id, in the order given;
/// sentence `index` is 0-based, as in `sentences`.
extension CoverageJSONRenderer {
    static func writeAnswers(_ answers: EditorAnswers, to root: inout JSONWriter) {
        root.field("verdict") { write(answers.verdict, to: &$0) }
        root.field("omissions") { field in
            field.object { map in for gaps in answers.omissions { map.field(gaps.source) { write(gaps, to: &$0) } } }
        }
        root.field("exclusives") { field in
            field.object { map in for gaps in answers.exclusives { map.field(gaps.source) { write(gaps, to: &$0) } } }
        }
        root.field("voices") { field in
            field.array { array in
                for voice in answers.voices {
                    array.object { object in
                        object.field("name", voice.name)
                        object.field("quotes") { counts in
                            counts.object { map in for count in voice.quotes { map.field(count.source, count.count) } }
                        }
                        object.field("only_in", voice.onlyIn)
                    }
                }
            }
        }
        root.field("conflicts") { field in
            field.array { array in
                for conflict in answers.conflicts {
                    array.object { object in
                        object.field("kind", conflict.kind.rawValue)
                        object.field("unit", conflict.unit)
                        object.field("sides") { sides in
                            sides.array { list in
                                for side in conflict.sides {
                                    list.object {
                                        $0.field("source", side.source)
                                        $0.field("index", side.index)
                                        $0.field("value", side.value)
                                        $0.field("sentence", side.sentence)
                                    }
                                }
                            }
                        }
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
            object.field("sources") { field in
                field.object { map in
                    for standing in verdict.sources {
                        map.field(standing.source) { value in
                            value.object {
                                $0.field("relation", standing.relation.rawValue)
                                $0.field("reference", standing.reference)
                                $0.field("copied", standing.copied)
                                $0.field("covers_reference", standing.coversReference)
                                $0.field("carried_elsewhere", standing.carriedElsewhere)
                                $0.field("shared_phrases", standing.sharedPhrases)
                            }
                        }
                    }
                }
            }
            object.field("sentences", strings: verdict.sentences)
        }
    }

    static func write(_ gaps: EditorAnswers.Gaps, to json: inout JSONWriter) {
        json.object { object in
            object.field("sentences") { field in
                field.array { array in
                    for item in gaps.sentences {
                        array.object {
                            $0.field("source", item.source)
                            $0.field("index", item.index)
                            $0.field("text", item.text)
                            $0.field("carried_by", strings: item.carriedBy)
                            $0.field("facts", strings: item.facts)
                            $0.field("quotes", strings: item.quotes)
                        }
                    }
                }
            }
            object.field("quotes") { field in
                field.array { array in
                    for quote in gaps.quotes {
                        array.object {
                            $0.field("id", quote.id)
                            $0.field("speaker", quote.speaker)
                            $0.field("text", quote.text)
                            $0.field("carried_by", strings: quote.carriedBy)
                        }
                    }
                }
            }
            object.field("facts") { field in
                field.array { array in
                    for fact in gaps.facts {
                        array.object {
                            $0.field("id", fact.id)
                            $0.field("kind", fact.kind.rawValue)
                            $0.field("value", fact.value)
                            $0.field("carried_by", strings: fact.carriedBy)
                        }
                    }
                }
            }
        }
    }

    static func write(_ framing: EditorAnswers.Framing, to json: inout JSONWriter) {
        json.object { object in
            for (key, lines) in [("headlines", framing.headlines), ("ledes", framing.ledes)] {
                object.field(key) { field in
                    field.object { map in for line in lines { map.field(line.source, line.text) } }
                }
            }
            object.field("word_choices") { field in
                field.array { array in
                    for choice in framing.wordChoices {
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
    }
}
