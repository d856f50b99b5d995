public import CopydeskCompare

/// Writes a `CoverageReport` as the JSON that `copydesk compare --format json` prints.
///
/// The shape is a contract (issue 5): `sources`, `quotes`, `facts`, `sentences`, `passages`,
/// `summary`, with the member names below, then the editor's answers (issue 14): `verdict`,
/// `omissions`, `exclusives`, `voices`, `conflicts`, `framing` (see `CoverageJSONRenderer+Answers`). Every coverage map names every source, in the
/// order the sources were given; absent quotes carry `null` text and offsets, absent facts an
/// empty `mentions` list. Offsets count Unicode scalars of each article's text.
public enum CoverageJSONRenderer {
    /// The report as a JSON document, indented by default.
    public static func json(_ report: CoverageReport, pretty: Bool = true) -> String {
        var json = JSONWriter(pretty: pretty)
        write(report, to: &json)
        return json.output
    }

    /// Writes the report's object into `json`, for callers that embed it (the HTML page's data
    /// block).
    public static func write(_ report: CoverageReport, to json: inout JSONWriter) {
        json.object { root in
            root.field("sources") { $0.array { array in for source in report.sources { write(source, to: &array) } } }
            root.field("quotes") { $0.array { array in for quote in report.quotes { write(quote, to: &array) } } }
            root.field("facts") { $0.array { array in for fact in report.facts { write(fact, to: &array) } } }
            root.field("sentences") {
                $0.array { array in for sentence in report.sentences { write(sentence, to: &array) } }
            }
            root.field("passages") {
                $0.array { array in for passage in report.passages { write(passage, to: &array) } }
            }
            root.field("summary") { field in
                field.object { object in
                    for entry in report.summary {
                        object.field(entry.source) { value in
                            value.object { summary in
                                summary.field("shared_with") { shared in
                                    shared.object { map in
                                        for share in entry.sharedWith { map.field(share.source, share.share) }
                                    }
                                }
                                summary.field("unique", entry.unique)
                                summary.field("counterparts_in") { carried in
                                    carried.object { map in
                                        for share in entry.counterpartsIn { map.field(share.source, share.share) }
                                    }
                                }
                                summary.field("no_counterpart", entry.noCounterpart)
                            }
                        }
                    }
                }
            }
            writeAnswers(report.answers, to: &root)
        }
    }

    static func write(_ source: CoverageReport.Source, to json: inout JSONWriter) {
        json.object {
            $0.field("id", source.id)
            $0.field("input", source.input)
            $0.field("title", source.title)
            $0.field("outlet", source.outlet)
            $0.field("byline", source.byline)
            $0.field("published", source.published)
            $0.field("credit", source.credit)
            $0.field("words", source.words)
        }
    }

    static func write(_ quote: CoverageReport.Quote, to json: inout JSONWriter) {
        json.object { object in
            object.field("id", quote.id)
            object.field("speaker", quote.speaker)
            object.field("text", quote.text)
            object.field("coverage") { field in
                field.object { map in
                    for entry in quote.coverage {
                        map.field(entry.source) { value in
                            value.object {
                                $0.field("status", entry.status.rawValue)
                                $0.field("text", entry.span?.text)
                                $0.field("start", entry.span?.start)
                                $0.field("end", entry.span?.end)
                                $0.field("speaker", entry.speaker)
                            }
                        }
                    }
                }
            }
        }
    }

    static func write(_ fact: CoverageReport.Fact, to json: inout JSONWriter) {
        json.object { object in
            object.field("id", fact.id)
            object.field("kind", fact.kind.rawValue)
            object.field("value", fact.value)
            object.field("coverage") { field in
                field.object { map in
                    for entry in fact.coverage {
                        map.field(entry.source) { value in
                            value.object { coverage in
                                coverage.field("status", entry.status.rawValue)
                                coverage.field("mentions") { mentions in
                                    mentions.array { array in
                                        for span in entry.mentions {
                                            array.object {
                                                $0.field("text", span.text)
                                                $0.field("start", span.start)
                                                $0.field("end", span.end)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func write(_ sentence: CoverageReport.AlignedSentence, to json: inout JSONWriter) {
        json.object { object in
            object.field("source", sentence.source)
            object.field("index", sentence.index)
            object.field("text", sentence.text)
            object.field("start", sentence.start)
            object.field("end", sentence.end)
            object.field("class", sentence.match.rawValue)
            object.field("counterparts") { field in
                field.array { array in
                    for counterpart in sentence.counterparts {
                        array.object {
                            $0.field("source", counterpart.source)
                            $0.field("index", counterpart.index)
                            $0.field("similarity", counterpart.similarity, digits: 3)
                            $0.field("matched_words", strings: counterpart.matchedWords)
                        }
                    }
                }
            }
        }
    }

    static func write(_ passage: CoverageReport.Passage, to json: inout JSONWriter) {
        json.object { object in
            object.field("sources") { field in
                field.object { map in
                    for location in passage.locations {
                        map.field(location.source) { value in
                            value.object {
                                $0.field("start", location.start)
                                $0.field("end", location.end)
                            }
                        }
                    }
                }
            }
            object.field("text", passage.text)
        }
    }
}
