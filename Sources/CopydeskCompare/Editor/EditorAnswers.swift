/// The editor's answers about a comparison — the questions a person asks of several outlets'
/// coverage, answered from the report's own figures rather than listed as an inventory.
///
/// JSON (top-level keys beside the inventory, issue 14):
/// - `verdict`: ``Verdict`` — the original, and each source's relation to it, in sentences;
/// - `omissions`: per source, what the others carried and it did not (``Gaps``), ranked by how
///   many carried it;
/// - `exclusives`: per source, what only it carried (``Gaps``), sentences with new facts or
///   quotes first;
/// - `voices`: who was quoted, by whom and how often (``Voice``);
/// - `conflicts`: the same fact given with different values in aligned sentences (``Conflict``);
/// - `framing`: headlines, ledes and word choices side by side (``Framing``).
///
/// Every list names sources by their report id; sentence indices are 0-based, as in `sentences`.
public struct EditorAnswers: Sendable, Hashable {
    public var verdict: Verdict
    /// One entry per source, in the order the sources were given.
    public var omissions: [Gaps]
    /// One entry per source, in the order the sources were given.
    public var exclusives: [Gaps]
    public var voices: [Voice]
    public var conflicts: [Conflict]
    public var framing: Framing

    public init(
        verdict: Verdict = Verdict(), omissions: [Gaps] = [], exclusives: [Gaps] = [], voices: [Voice] = [],
        conflicts: [Conflict] = [], framing: Framing = Framing()
    ) {
        self.verdict = verdict
        self.omissions = omissions
        self.exclusives = exclusives
        self.voices = voices
        self.conflicts = conflicts
        self.framing = framing
    }

    /// Which source is the original, and how each source relates to it.
    ///
    /// JSON `verdict`: `original` (`name`, `source` — a report id or null when the original is a
    /// wire agency none of the inputs is — and `reason`: `credited` or `earliest`), `sources`
    /// (per source id: `relation`, `reference`, `shares`, `shared_phrases`) and `sentences`.
    public struct Verdict: Sendable, Hashable {
        public var original: Original?
        public var sources: [Standing]
        /// The verdict in sentences a person reads, the first line of every report.
        public var sentences: [String]

        public init(original: Original? = nil, sources: [Standing] = [], sentences: [String] = []) {
            self.original = original
            self.sources = sources
            self.sentences = sentences
        }
    }

    public struct Original: Sendable, Hashable {
        public enum Reason: String, Sendable, Hashable {
            /// Other sources credit it (its outlet, or a wire agency in their credit line).
            case credited
            /// It was published strictly before every other dated source.
            case earliest
        }

        /// The outlet or agency as a reader names it.
        public var name: String
        /// The report id when the original is one of the sources; nil for an agency's copy that
        /// reached the comparison only through others.
        public var source: String?
        public var reason: Reason
    }

    /// One source's relation to the story's copy.
    public struct Standing: Sendable, Hashable {
        public enum Relation: String, Sendable, Hashable, CaseIterable {
            /// The original itself.
            case original
            /// The reference's copy word for word, whole.
            case verbatim
            /// The reference's copy word for word, cut short.
            case shortened
            /// The reference's copy with words changed, added or cut.
            case edited
            /// Its own words: copied passages are a minority of it.
            case ownTelling = "own_telling"
            /// It credits the wire agency the verdict names, and no other source crediting that
            /// agency shares its copy, so its words cannot be checked against the agency's.
            case credited
        }

        public var source: String
        public var relation: Relation
        /// The source (report id) it was judged against: the original, else the source it
        /// shares most copy with; nil for the original and for a telling that copies no one.
        public var reference: String?
        /// Words of this source inside passages shared with the reference ÷ its words.
        public var copied: Double
        /// Sentences of this source with a counterpart in some other source ÷ its sentences.
        public var carriedElsewhere: Double
        /// Sentences of the reference this source carries ÷ the reference's sentences.
        public var coversReference: Double
        /// Shared passages (runs of shared 4-word shingles) this source has with any other.
        public var sharedPhrases: Int
    }

    /// What one source lacks (omissions) or alone has (exclusives).
    public struct Gaps: Sendable, Hashable {
        public var source: String
        public var sentences: [SentenceItem]
        public var quotes: [QuoteItem]
        public var facts: [FactItem]

        public init(source: String, sentences: [SentenceItem] = [], quotes: [QuoteItem] = [], facts: [FactItem] = []) {
            self.source = source
            self.sentences = sentences
            self.quotes = quotes
            self.facts = facts
        }

        public var isEmpty: Bool { sentences.isEmpty && quotes.isEmpty && facts.isEmpty }
    }

    /// A sentence as one source prints it, with the sources that carry it (for an omission: the
    /// others that carry it; for an exclusive: the source alone).
    public struct SentenceItem: Sendable, Hashable {
        public var source: String
        public var index: Int
        public var text: String
        public var carriedBy: [String]
        /// Facts in it that the source lacking it (omission) or alone (exclusive) does not share.
        public var facts: [String]
        /// Quotation ids it holds.
        public var quotes: [String]
    }

    public struct QuoteItem: Sendable, Hashable {
        public var id: String
        public var speaker: String?
        public var text: String
        public var carriedBy: [String]
    }

    public struct FactItem: Sendable, Hashable {
        public var id: String
        public var kind: CoverageReport.Fact.Kind
        public var value: String
        public var carriedBy: [String]
    }

    /// A person or body quoted, with how many quotations each source gives them.
    public struct Voice: Sendable, Hashable {
        public var name: String
        /// Quotations of this speaker per source (every source, in order; 0 where none).
        public var quotes: [Count]
        /// The one source that quotes them, when only one does.
        public var onlyIn: String?

        public struct Count: Sendable, Hashable {
            public var source: String
            public var count: Int
        }

        public var total: Int { quotes.reduce(0) { $0 + $1.count } }
    }

    /// The same fact given two ways in a pair of aligned sentences.
    public struct Conflict: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// Numbers of the same counted thing ("12 people" / "14 people").
            case number
            /// Dates or weekdays ("Tuesday" / "Wednesday").
            case date
            /// Tallies such as votes or scores ("8-1" / "7-2").
            case tally
        }

        public struct Side: Sendable, Hashable {
            public var source: String
            public var index: Int
            public var sentence: String
            /// The value as this source prints it.
            public var value: String
        }

        public var kind: Kind
        /// What is counted, when the kind has one ("people", "$", "percent").
        public var unit: String?
        public var sides: [Side]
    }

    /// How each source framed the story.
    public struct Framing: Sendable, Hashable {
        public struct Line: Sendable, Hashable {
            public var source: String
            public var text: String?
        }

        /// Words some sources print where aligned sentences of others print other words.
        /// `sources` print `words`, `others` print `otherWords`; the side fewer sources take is
        /// first (the outlet that chose differently).
        public struct WordChoice: Sendable, Hashable {
            public var words: String
            public var sources: [String]
            public var otherWords: String
            public var others: [String]
            /// Aligned sentence pairs that show this substitution.
            public var count: Int
            /// One pair showing it: a sentence (source id, index) of each side.
            public var example: SentencePair

            public struct SentencePair: Sendable, Hashable {
                public var source: String
                public var index: Int
                public var other: String
                public var otherIndex: Int
            }
        }

        public var headlines: [Line]
        public var ledes: [Line]
        public var wordChoices: [WordChoice]

        public init(headlines: [Line] = [], ledes: [Line] = [], wordChoices: [WordChoice] = []) {
            self.headlines = headlines
            self.ledes = ledes
            self.wordChoices = wordChoices
        }
    }
}

extension CoverageReport {
    /// The name a reader knows a source by, as the answers give it: its outlet when no other
    /// source has the same one, else its id.
    public func readerName(of id: String) -> String {
        guard let source = sources.first(where: { $0.id == id }),
            let outlet = source.outlet?.trimmedOfSpaces, !outlet.isEmpty,
            sources.filter({ $0.outlet?.trimmedOfSpaces == outlet }).count == 1
        else { return id }
        return outlet
    }
}
