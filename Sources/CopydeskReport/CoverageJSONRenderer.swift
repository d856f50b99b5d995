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
            root.field("sources", each: report.sources, write)
            root.field("quotes", each: report.quotes, write)
            root.field("facts", each: report.facts, write)
            root.field("sentences", each: report.sentences, write)
            root.field("passages", each: report.passages, write)
            root.field("summary", keyed: report.summary, by: \.source) { entry, value in
                value.object { summary in
                    summary.field("shared_with", keyed: entry.sharedWith, by: \.source) { $1.value($0.share) }
                    summary.field("unique", entry.unique)
                    summary.field("counterparts_in", keyed: entry.counterpartsIn, by: \.source) { $1.value($0.share) }
                    summary.field("no_counterpart", entry.noCounterpart)
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
            object.field("coverage", keyed: quote.coverage, by: \.source) { entry, value in
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

    static func write(_ fact: CoverageReport.Fact, to json: inout JSONWriter) {
        json.object { object in
            object.field("id", fact.id)
            object.field("kind", fact.kind.rawValue)
            object.field("value", fact.value)
            object.field("coverage", keyed: fact.coverage, by: \.source) { entry, value in
                value.object { coverage in
                    coverage.field("status", entry.status.rawValue)
                    coverage.field("mentions", each: entry.mentions) { span, array in
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

    static func write(_ sentence: CoverageReport.AlignedSentence, to json: inout JSONWriter) {
        json.object { object in
            object.field("source", sentence.source)
            object.field("index", sentence.index)
            object.field("text", sentence.text)
            object.field("start", sentence.start)
            object.field("end", sentence.end)
            object.field("class", sentence.match.rawValue)
            object.field("counterparts", each: sentence.counterparts) { counterpart, array in
                array.object {
                    $0.field("source", counterpart.source)
                    $0.field("index", counterpart.index)
                    $0.field("similarity", counterpart.similarity, digits: 3)
                    $0.field("matched_words", strings: counterpart.matchedWords)
                }
            }
        }
    }

    static func write(_ passage: CoverageReport.Passage, to json: inout JSONWriter) {
        json.object { object in
            object.field("sources", keyed: passage.locations, by: \.source) { location, value in
                value.object {
                    $0.field("start", location.start)
                    $0.field("end", location.end)
                }
            }
            object.field("text", passage.text)
        }
    }
}
