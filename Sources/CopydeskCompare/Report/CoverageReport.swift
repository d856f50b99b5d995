import CopydeskText

/// What `copydesk compare` finds: for several articles on one story, which sentences, passages,
/// quotes and facts each source carried, which it paraphrased and which it left out.
///
/// Offsets (`start`, `end`) count Unicode scalars in each source's `Article.text` (CopydeskText).
/// Every coverage list names every source, in the order the sources were given.
public struct CoverageReport: Sendable, Hashable {
    /// The compared articles, in the order given.
    public var sources: [Source]
    /// Every quotation of the story once, with how each source carried it.
    public var quotes: [Quote]
    /// The story's people, places, organisations, numbers and dates, with each source's mentions.
    public var facts: [Fact]
    /// Every sentence of every source, source by source, with its counterparts in the others.
    public var sentences: [AlignedSentence]
    /// Runs of text printed in two sources or more.
    public var passages: [Passage]
    /// One summary per source, in the order the sources were given.
    public var summary: [SourceSummary]
    /// The editor's answers — verdict, omissions, exclusives, voices, conflicts, framing — read
    /// from the rows above (JSON: one top-level key each; see ``EditorAnswers``).
    public var answers: EditorAnswers
    /// What the comparison had to leave out, for a person to read (e.g. candidates cut on text
    /// that repeats itself). Not part of the JSON report; the CLI prints them on standard error.
    public var warnings: [String]

    /// A report with the given rows; ``CoverageComparer`` is what fills one from articles.
    public init(
        sources: [Source], quotes: [Quote], facts: [Fact], sentences: [AlignedSentence], passages: [Passage],
        summary: [SourceSummary], warnings: [String] = [], answers: EditorAnswers = EditorAnswers()
    ) {
        self.sources = sources
        self.quotes = quotes
        self.facts = facts
        self.sentences = sentences
        self.passages = passages
        self.summary = summary
        self.warnings = warnings
        self.answers = answers
    }

    /// One compared article.
    public struct Source: Sendable, Hashable {
        /// The source's report id: the article's id, made unique in the comparison. Every coverage list
        /// names sources by it.
        public var id: String
        /// The input as given (path, URL or `-`).
        public var input: String
        /// The headline, when the page gave one.
        public var title: String?
        /// The publication that printed it.
        public var outlet: String?
        /// The byline as printed.
        public var byline: String?
        /// ISO 8601 date or date-time of publication.
        public var published: String?
        /// The wire agency the source credits ("AFP", "dpa").
        public var credit: String?
        /// Words in the article's text.
        public var words: Int
    }

    /// A stretch of one source's text.
    public struct Span: Sendable, Hashable {
        /// The text of the stretch as printed.
        public var text: String
        /// Offset of the first Unicode scalar in the source's text.
        public var start: Int
        /// Offset just past the last Unicode scalar (exclusive).
        public var end: Int

        /// A stretch from its text and scalar offsets.
        public init(text: String, start: Int, end: Int) {
            self.text = text
            self.start = start
            self.end = end
        }
    }

    /// A quotation as one statement, with how each source carried it.
    public struct Quote: Sendable, Hashable {
        /// How one source carried a quotation.
        public enum Status: String, Sendable, Hashable, CaseIterable {
            /// Word for word.
            case verbatim
            /// A fragment of it, or a longer version.
            case partial
            /// The same statement by the same speaker in other words (indirect speech, another
            /// translation).
            case paraphrase
            /// Not carried at all.
            case absent
        }

        /// One source's carrying of a quotation.
        public struct Coverage: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// Verbatim, partial, paraphrase or absent.
            public var status: Status
            /// Where the source carries it; nil when absent.
            public var span: Span?
            /// Who this source says spoke it, read from this source's own text; nil when it names
            /// no one (or carries the statement only as indirect speech).
            public var speaker: String? = nil
        }

        /// The quotation's id within the report (`q1`, `q2` …), which the editor's answers refer to.
        public var id: String
        /// The speaker the sources support: the person most sources name (by surname), else the
        /// body most name, else nil; the same whatever order the sources are given in.
        public var speaker: String?
        /// The quotation's words as one source prints them; each source's own wording is its coverage's
        /// span.
        public var text: String
        /// Every source's carrying of it, in the order the sources were given.
        public var coverage: [Coverage]

        /// How `source` (a report id) carried the quotation; nil for an id not in the report.
        public func coverage(of source: String) -> Coverage? { coverage.first { $0.source == source } }
    }

    /// A person, place, organisation, number or date of the story, with each source's mentions.
    public struct Fact: Sendable, Hashable {
        /// What kind of thing the fact is.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// A person, a place, an organisation, a number with what it counts, a date, or
            /// something else.
            case person, place, organization, number, date, other
        }

        /// Whether a source mentions the fact.
        public enum Status: String, Sendable, Hashable {
            /// The source mentions it at least once.
            case present
            /// The source does not mention it.
            case absent
        }

        /// One source's mentions of a fact.
        public struct Coverage: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// Where the source mentions it, in any of its forms (an alias, a bare surname).
            public var mentions: [Span]
            /// Present when the source mentions the fact at least once.
            public var status: Status { mentions.isEmpty ? .absent : .present }
        }

        /// The fact's id within the report (`f1`, `f2` …), which the editor's answers refer to.
        public var id: String
        /// Person, place, organisation, number, date or other.
        public var kind: Kind
        /// The fact as a reader would name it: the fullest name, the number with what it counts,
        /// the date in ISO 8601 when it can be resolved.
        public var value: String
        /// Every source's mentions, in the order the sources were given.
        public var coverage: [Coverage]

        /// The mentions of the fact in `source` (a report id); nil for an id not in the report.
        public func coverage(of source: String) -> Coverage? { coverage.first { $0.source == source } }
    }

    /// How a sentence relates to the other sources.
    public enum Match: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The classes, strongest first: `verbatim` (the same words in the same order), `edited`
        /// (most words shared in order, or one nearly all inside the other), `paraphrase` (the
        /// same statement in other words), `unique` (no counterpart in any other source).
        case verbatim, edited, paraphrase, unique

        /// Stronger matches sort first.
        public static func < (lhs: Match, rhs: Match) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// A sentence of another source aligned to this one.
    public struct Counterpart: Sendable, Hashable {
        /// The other source's report id.
        public var source: String
        /// The index of its sentence among that source's sentences, 0-based.
        public var index: Int
        /// How alike the two sentences are, from 0 to 1.
        public var similarity: Double
        /// How the two sentences relate: verbatim, edited or paraphrase.
        public var match: Match
        /// Why the two sentences were matched: the content words they share, rarest in the story
        /// first, each as this sentence prints it, and "quit ~ resigned" where the other sentence
        /// has another word of the same synonym group (JSON `matched_words`).
        public var matchedWords: [String] = []
    }

    /// One sentence of one source, with its counterparts in the other sources.
    public struct AlignedSentence: Sendable, Hashable {
        /// The source's report id.
        public var source: String
        /// The sentence's index among the source's sentences, 0-based.
        public var index: Int
        /// The sentence as printed.
        public var text: String
        /// Offset of its first Unicode scalar in the source's text.
        public var start: Int
        /// Offset just past its last Unicode scalar (exclusive).
        public var end: Int
        /// The strongest match among its counterparts, `unique` when it has none.
        public var match: Match
        /// Its best match in each other source and up to two more nearly as good; empty when unique.
        public var counterparts: [Counterpart]
    }

    /// A run of text printed in several sources.
    public struct Passage: Sendable, Hashable {
        /// Where one source prints the passage.
        public struct Location: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// Offset of the passage's first Unicode scalar in the source's text.
            public var start: Int
            /// Offset just past its last Unicode scalar (exclusive).
            public var end: Int
        }

        /// Every source that prints the passage, with where.
        public var locations: [Location]
        /// The passage as the first of its sources prints it.
        public var text: String
    }

    /// How much of one source the others carried: by content (sentences with a counterpart) and
    /// by copy (words inside shared passages).
    ///
    /// Content, the headline figures — a source that re-reported every fact in its own words
    /// scores high here and low on copy:
    /// - `counterparts_in[T]` (``counterpartsIn``) = sentences of S with a counterpart in T
    ///   (verbatim, edited or paraphrase) ÷ sentences of S;
    /// - `no_counterpart` (``noCounterpart``) = sentences of S with no counterpart in any other
    ///   source ÷ sentences of S (the sentences classed `unique`).
    ///
    /// Copy, a separate figure:
    /// - `shared_with[T]` = words of S inside a passage S shares with T ÷ words of S;
    /// - `unique` = words of S inside no passage shared with any other source ÷ words of S.
    /// Words are `WordTokenizer` (CopydeskText) tokens; passages are runs of shared word 4-grams.
    public struct SourceSummary: Sendable, Hashable {
        /// A share of source S's sentences or words, with respect to another source T.
        public struct Share: Sendable, Hashable {
            /// The other source's (T's) report id.
            public var source: String
            /// The share, from 0 to 1.
            public var share: Double
        }

        /// The report id of the source summed up (S).
        public var source: String
        /// Copied words shared with each other source (JSON `shared_with`).
        public var sharedWith: [Share]
        /// Words in no shared passage (JSON `unique`): copy, not content.
        public var unique: Double
        /// Sentences with a counterpart in each other source (JSON `counterparts_in`).
        public var counterpartsIn: [Share]
        /// Sentences with no counterpart anywhere (JSON `no_counterpart`).
        public var noCounterpart: Double
        /// Sentences of S by their strongest match, for the renderers' tallies.
        public var sentenceMatches: [Match: Int]
    }

    /// The formula behind ``SourceSummary``, for renderers to print beside the figures.
    public static let summaryFormula =
        "shared with T = words of S inside passages S shares with T ÷ words of S; "
        + "unique = words of S inside no shared passage ÷ words of S (passages: runs of shared 4-word shingles)"

    /// The formula behind the content figures of ``SourceSummary``.
    public static let contentFormula =
        "carried by T = sentences of S with a counterpart in T (verbatim, edited or paraphrase) ÷ sentences of S; "
        + "no counterpart = sentences of S with a counterpart in no other source ÷ sentences of S"
}
