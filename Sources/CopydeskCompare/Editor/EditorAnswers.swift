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
    /// The original and each source's relation to it (JSON `verdict`).
    public var verdict: Verdict
    /// One entry per source, in the order the sources were given.
    public var omissions: [Gaps]
    /// One entry per source, in the order the sources were given.
    public var exclusives: [Gaps]
    /// Who was quoted, by which sources and how often, most quoted first (JSON `voices`).
    public var voices: [Voice]
    /// Facts given with different values in aligned sentences (JSON `conflicts`).
    public var conflicts: [Conflict]
    /// Headlines, ledes and word choices side by side (JSON `framing`).
    public var framing: Framing

    /// Answers with the given parts; every part defaults to empty, as for a report with no sources.
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
        /// The source or agency judged the original; nil when none is credited and none was published first.
        public var original: Original?
        /// Every source's relation to the original, in the order the sources were given.
        public var sources: [Standing]
        /// The verdict in sentences a person reads, the first line of every report.
        public var sentences: [String]

        /// A verdict with the given parts; empty by default.
        public init(original: Original? = nil, sources: [Standing] = [], sentences: [String] = []) {
            self.original = original
            self.sources = sources
            self.sentences = sentences
        }
    }

    /// The story's original: a source the others credit, the wire agency most of them credit, or the
    /// source published first.
    public struct Original: Sendable, Hashable {
        /// Why this source or agency is the original.
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
        /// Why it was judged the original.
        public var reason: Reason
    }

    /// One source's relation to the story's copy.
    public struct Standing: Sendable, Hashable {
        /// How a source's copy relates to the original's (JSON `relation`).
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

        /// The source's report id.
        public var source: String
        /// How its copy relates to the ``reference``'s.
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
        /// The report id of the source that lacks these items (omissions) or alone has them (exclusives).
        public var source: String
        /// Sentences, one per group of counterparts; omissions most carried first, exclusives holding a
        /// new quote or fact first.
        public var sentences: [SentenceItem]
        /// Quotations, most carried first.
        public var quotes: [QuoteItem]
        /// Facts, most carried first.
        public var facts: [FactItem]

        /// The gaps of `source`; empty lists by default.
        public init(source: String, sentences: [SentenceItem] = [], quotes: [QuoteItem] = [], facts: [FactItem] = []) {
            self.source = source
            self.sentences = sentences
            self.quotes = quotes
            self.facts = facts
        }

        /// Whether the source lacks (or alone has) nothing.
        public var isEmpty: Bool { sentences.isEmpty && quotes.isEmpty && facts.isEmpty }
    }

    /// A sentence as one source prints it, with the sources that carry it (for an omission: the
    /// others that carry it; for an exclusive: the source alone).
    public struct SentenceItem: Sendable, Hashable {
        /// The report id of the source that prints the sentence.
        public var source: String
        /// The sentence's index among that source's sentences, 0-based, as in the report's `sentences`.
        public var index: Int
        /// The sentence as the source prints it.
        public var text: String
        /// Report ids of the sources that carry it.
        public var carriedBy: [String]
        /// Facts in it that the source lacking it (omission) or alone (exclusive) does not share.
        public var facts: [String]
        /// Quotation ids it holds.
        public var quotes: [String]
    }

    /// A quotation some sources carried, with the sources that carried it.
    public struct QuoteItem: Sendable, Hashable {
        /// The quotation's id in the report's `quotes`.
        public var id: String
        /// Who spoke it, as the sources support it; nil when they name no one.
        public var speaker: String?
        /// The quotation's words.
        public var text: String
        /// Report ids of the sources that carry it (in any form but absent).
        public var carriedBy: [String]
    }

    /// A fact some sources carried, with the sources that carried it.
    public struct FactItem: Sendable, Hashable {
        /// The fact's id in the report's `facts`.
        public var id: String
        /// Person, place, organisation, number or date.
        public var kind: CoverageReport.Fact.Kind
        /// The fact as a reader would name it.
        public var value: String
        /// Report ids of the sources that mention it.
        public var carriedBy: [String]
    }

    /// A person or body quoted, with how many quotations each source gives them.
    public struct Voice: Sendable, Hashable {
        /// The speaker as the story names them (full name when one person of the story has that surname).
        public var name: String
        /// Quotations of this speaker per source (every source, in order; 0 where none).
        public var quotes: [Count]
        /// The one source that quotes them, when only one does.
        public var onlyIn: String?

        /// How many quotations one source gives the speaker.
        public struct Count: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// Quotations of the speaker in that source.
            public var count: Int
        }

        /// Quotations of the speaker across all sources.
        public var total: Int { quotes.reduce(0) { $0 + $1.count } }
    }

    /// The same fact given two ways in a pair of aligned sentences.
    public struct Conflict: Sendable, Hashable {
        /// What kind of value the sources disagree on.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// Numbers of the same counted thing ("12 people" / "14 people").
            case number
            /// Dates or weekdays ("Tuesday" / "Wednesday").
            case date
            /// Tallies such as votes or scores ("8-1" / "7-2").
            case tally
        }

        /// One source's version of the conflicting fact.
        public struct Side: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// The index of the sentence that gives the value, 0-based, among the source's sentences.
            public var index: Int
            /// The sentence that gives the value, as printed.
            public var sentence: String
            /// The value as this source prints it.
            public var value: String
        }

        /// Number, date or tally.
        public var kind: Kind
        /// What is counted, when the kind has one ("people", "$", "percent").
        public var unit: String?
        /// Every source's version, each with the sentence that gives it.
        public var sides: [Side]
    }

    /// How each source framed the story.
    public struct Framing: Sendable, Hashable {
        /// One source's headline or lede.
        public struct Line: Sendable, Hashable {
            /// The source's report id.
            public var source: String
            /// The line as printed; nil when the source has none (no title, or no sentence long enough to be
            /// a lede).
            public var text: String?
        }

        /// Words some sources print where aligned sentences of others print other words.
        /// `sources` print `words`, `others` print `otherWords`; the side fewer sources take is
        /// first (the outlet that chose differently).
        public struct WordChoice: Sendable, Hashable {
            /// The words the sources of this side print.
            public var words: String
            /// Report ids of the sources that print ``words``.
            public var sources: [String]
            /// The words the other side prints in the same place.
            public var otherWords: String
            /// Report ids of the sources that print ``otherWords``.
            public var others: [String]
            /// Aligned sentence pairs that show this substitution.
            public var count: Int
            /// One pair showing it: a sentence (source id, index) of each side.
            public var example: SentencePair

            /// Two aligned sentences, one from each side of a word choice.
            public struct SentencePair: Sendable, Hashable {
                /// The report id of the source printing ``WordChoice/words``.
                public var source: String
                /// The index of its sentence, 0-based.
                public var index: Int
                /// The report id of the source printing ``WordChoice/otherWords``.
                public var other: String
                /// The index of its sentence, 0-based.
                public var otherIndex: Int
            }
        }

        /// Every source's headline, in the order the sources were given.
        public var headlines: [Line]
        /// Every source's lede: its first sentence of eight words or more.
        public var ledes: [Line]
        /// Words one side prints where an aligned sentence of the other prints others, most pairs first.
        public var wordChoices: [WordChoice]

        /// Framing with the given lines and choices; empty by default.
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
