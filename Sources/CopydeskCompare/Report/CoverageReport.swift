import CopydeskText

/// What `copydesk compare` finds: for several articles on one story, which sentences, passages,
/// quotes and facts each source carried, which it paraphrased and which it left out.
///
/// Offsets (`start`, `end`) count Unicode scalars in each source's ``CopydeskText/Article/text``.
/// Every coverage list names every source, in the order the sources were given.
public struct CoverageReport: Sendable, Hashable {
    public var sources: [Source]
    public var quotes: [Quote]
    public var facts: [Fact]
    public var sentences: [AlignedSentence]
    public var passages: [Passage]
    public var summary: [SourceSummary]
    /// The editor's answers — verdict, omissions, exclusives, voices, conflicts, framing — read
    /// from the rows above (JSON: one top-level key each; see ``EditorAnswers``).
    public var answers: EditorAnswers
    /// What the comparison had to leave out, for a person to read (e.g. candidates cut on text
    /// that repeats itself). Not part of the JSON report; the CLI prints them on standard error.
    public var warnings: [String]

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
        public var id: String
        /// The input as given (path, URL or `-`).
        public var input: String
        public var title: String?
        public var outlet: String?
        public var byline: String?
        public var published: String?
        public var credit: String?
        public var words: Int
    }

    /// A stretch of one source's text.
    public struct Span: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int

        public init(text: String, start: Int, end: Int) {
            self.text = text
            self.start = start
            self.end = end
        }
    }

    /// A quotation as one statement, with how each source carried it.
    public struct Quote: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable, CaseIterable {
            /// Word for word.
            case verbatim
            /// A fragment of it, or a longer version.
            case partial
            /// The same statement by the same speaker in other words (indirect speech, another
            /// translation).
            case paraphrase
            case absent
        }

        public struct Coverage: Sendable, Hashable {
            public var source: String
            public var status: Status
            /// Where the source carries it; nil when absent.
            public var span: Span?
            /// Who this source says spoke it, read from this source's own text; nil when it names
            /// no one (or carries the statement only as indirect speech).
            public var speaker: String? = nil
        }

        public var id: String
        /// The speaker the sources support: the person most sources name (by surname), else the
        /// body most name, else nil; the same whatever order the sources are given in.
        public var speaker: String?
        public var text: String
        public var coverage: [Coverage]

        public func coverage(of source: String) -> Coverage? { coverage.first { $0.source == source } }
    }

    /// A person, place, organisation, number or date of the story, with each source's mentions.
    public struct Fact: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case person, place, organization, number, date, other
        }

        public enum Status: String, Sendable, Hashable { case present, absent }

        public struct Coverage: Sendable, Hashable {
            public var source: String
            public var mentions: [Span]
            public var status: Status { mentions.isEmpty ? .absent : .present }
        }

        public var id: String
        public var kind: Kind
        /// The fact as a reader would name it: the fullest name, the number with what it counts,
        /// the date in ISO 8601 when it can be resolved.
        public var value: String
        public var coverage: [Coverage]

        public func coverage(of source: String) -> Coverage? { coverage.first { $0.source == source } }
    }

    /// How a sentence relates to the other sources.
    public enum Match: String, Sendable, Hashable, CaseIterable, Comparable {
        case verbatim, edited, paraphrase, unique

        /// Stronger matches sort first.
        public static func < (lhs: Match, rhs: Match) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    public struct Counterpart: Sendable, Hashable {
        public var source: String
        public var index: Int
        public var similarity: Double
        public var match: Match
        /// Why the two sentences were matched: the content words they share, rarest in the story
        /// first, each as this sentence prints it, and "quit ~ resigned" where the other sentence
        /// has another word of the same synonym group (JSON `matched_words`).
        public var matchedWords: [String] = []
    }

    public struct AlignedSentence: Sendable, Hashable {
        public var source: String
        public var index: Int
        public var text: String
        public var start: Int
        public var end: Int
        /// The strongest match among its counterparts, `unique` when it has none.
        public var match: Match
        public var counterparts: [Counterpart]
    }

    /// A run of text printed in several sources.
    public struct Passage: Sendable, Hashable {
        public struct Location: Sendable, Hashable {
            public var source: String
            public var start: Int
            public var end: Int
        }

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
    /// Words are ``CopydeskText/WordTokenizer`` tokens; passages are runs of shared word 4-grams.
    public struct SourceSummary: Sendable, Hashable {
        public struct Share: Sendable, Hashable {
            public var source: String
            public var share: Double
        }

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
