/// What is left of page furniture once its box has been pruned: the label over a list of links
/// or a gallery, and the teasers of other stories, each a line the layout set apart.
extension BodyFurniture {
    /// The longest label told apart from a line of the story, in UTF-8 bytes.
    static let longestLabel = 60

    /// The body's length, in UTF-8 bytes, from which labels at its end are struck.
    static let shortestStoryForLabels = 500

    /// A short label left hanging at the end of the body, its box or list gone: "Teilnehmende
    /// Blogs:", "Bilder des Treffens", "Anzeige:", "Diesen Artikel teilen", "RENT A SALESMAN®".
    /// A story ends with a sentence; a label either announces what follows (":") or is a few
    /// words without a sentence's end. Lines with figures stay: "390 kcal", "2 Stunden" are
    /// the end of a recipe or a fact box, not a label.
    static func isDanglingLabel(_ text: String) -> Bool {
        guard text.utf8.count <= longestLabel, !text.contains(where: \.isNumber) else { return false }
        // A bare link at the end is the story's source, as in ``isTrailer``.
        if text.contains("://") || text.lowercased().hasPrefix("www.") { return false }
        if text.hasSuffix(":") { return true }
        guard let last = text.last, !Self.sentenceEnds.contains(last) else { return false }
        return text.split(separator: " ").count <= 6
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "\"", "”", "“", "»", "«", ")", "’", "'"]

    /// The teaser of another story, cut short and linking on: "… mehr •••", "Seht selbst!
    /// Weiterlesen", "… read more ›". The story's own paragraphs end with a sentence, never with
    /// an invitation to read on.
    static func isTeaser(_ text: String) -> Bool {
        guard text.utf8.count <= 400 else { return false }
        var body = Substring(text)
        while let last = body.last, last == " " || Self.arrows.contains(last) { body = body.dropLast() }
        guard let last = body.last, last.isLetter else { return false }
        // The longest call and its cut fit in the last 32 characters: only those are lowered.
        let lower = body.suffix(32).lowercased()
        for call in Self.readOnCalls where lower.hasSuffix(call) {
            let before = lower.dropLast(call.count)
            // The call follows a cut ("…") or a finished sentence, never a word of the sentence.
            let trimmed = before.hasSuffix(" ") ? before.dropLast() : before
            if trimmed.hasSuffix("…") || trimmed.hasSuffix("...") { return true }
            if before.hasSuffix(" "), let end = trimmed.last, ".!?".contains(end) { return true }
        }
        return false
    }

    /// A caption signed by its photographer: "The old mill at dusk. © Jane Doe", "Harbour
    /// in winter | © City Archive/Getty Images", "Foto © Jane Doe, John Roe". A sentence of the
    /// story never ends in a © and a name.
    static func endsInCredit(_ text: String) -> Bool {
        // The sign is found by its bytes (C2 A9): a search by Character would cost a grapheme
        // pass over every short paragraph of every page.
        let bytes = text.utf8
        guard bytes.count <= 250, let sign = bytes.indices.last(where: { bytes[$0] == 0xA9 }), sign > bytes.startIndex,
            bytes[bytes.index(before: sign)] == 0xC2
        else { return false }
        let credit = text[bytes.index(after: sign)...]
        guard credit.utf8.count <= 60, credit.contains(where: \.isLetter) else { return false }
        // The credit is a name or two, not a sentence that goes on after the sign.
        let words = credit.split(whereSeparator: { $0 == " " || $0 == "/" })
        return words.count <= 6 && !credit.contains(". ")
    }

    private static let arrows: Set<Character> = ["•", "»", "›", ">", "→"]

    /// "Read more" in the languages of the outlets, lower-case.
    private static let readOnCalls = [
        "mehr", "weiterlesen", "read more", "more", "lire la suite", "leer más", "seguir leyendo", "leia mais",
        "czytaj więcej", "lees meer", "continua a leggere",
    ]
}

extension BodyFurniture {
    /// The comment box's own lines: "Kommentar schreiben", "Keine Kommentare", "Leave a reply",
    /// "Verraten Sie gerne in den Kommentaren: …", "32 Kommentare". The box is pruned with its
    /// class words; these lines sit outside it, in the story's container.
    static func isCommentsPrompt(_ lower: String) -> Bool {
        // Nearly every line names no comment at all: four scans settle it.
        guard lower.utf8.count <= 160, commentStems.occurs(in: lower) else { return false }
        if commentsPrompts.occurs(in: lower) { return true }
        return hasCommentCount(lower)
    }

    /// Phrases that address the reader about the comments, never a sentence reporting one
    /// ("declined to comment", "wollte keinen Kommentar abgeben" stay).
    private static let commentsPrompts = ByteCues([
        "kommentar schreiben", "kommentare schreiben", "kommentar hinterlassen", "kommentar zu hinterlassen",
        "keine kommentare", "in den kommentaren", "kommentare erscheinen", "write a comment", "leave a comment",
        "leave a reply", "post a comment", "add a comment", "no comments", "comments are closed",
        "tell us in the comments", "let us know in the comments", "deja un comentario", "dejar un comentario",
        "laisser un commentaire", "laissez un commentaire", "napisz komentarz", "dodaj komentarz", "skomentuj",
    ])

    /// Every phrase and count word above holds one of these.
    private static let commentStems = ByteCues(["comment", "kommentar", "comentario", "koment", "reply"])

    private static let commentWords: Set<Substring> = [
        "comment", "comments", "kommentar", "kommentare", "comentario", "comentarios", "commentaire",
        "commentaires", "komentarz", "komentarze", "komentarzy",
    ]

    /// A count of comments: a number followed by the word ("160 Comments", "0 Kommentare").
    private static func hasCommentCount(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "•" || $0 == "|" })
        guard words.count >= 2 else { return false }
        for index in 1..<words.count where commentWords.contains(words[index].trimmingSentencePunctuation) {
            if words[index - 1].allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}

extension Substring {
    /// Without a full stop or comma after the word ("Kommentare." → "Kommentare").
    fileprivate var trimmingSentencePunctuation: Substring {
        var word = self
        while let last = word.last, ".,;:!?)".contains(last) { word = word.dropLast() }
        return word
    }
}

extension BodyFurniture {
    /// The advertising notice bloggers must print ("*Werbung", "Dieser Beitrag enthält Werbung für
    /// …", "This post contains affiliate links"): it labels the post, it is not part of it.
    static func isAdDisclosure(_ lower: String) -> Bool {
        guard lower.utf8.count <= 220 else { return false }
        if startsWithAny(stripBullet(lower), adOpenings) { return true }
        return adCues.occurs(in: lower)
    }

    private static let adOpenings: [[UInt8]] = [
        "*werbung", "werbung:", "werbung |", "werbung –", "anzeige:", "(anzeige)", "[anzeige]", "*anzeige",
    ].map { Array($0.utf8) }

    private static let adCues = ByteCues([
        "enthält werbung", "enthält affiliate", "affiliate-link", "affiliate link", "contains affiliate",
        "may contain affiliate", "sponsored post", "unbezahlte werbung", "unbeauftragte werbung",
        "bezahlte partnerschaft", "paid partnership", "enlaces de afiliados", "enlaces de afiliado", "liens affiliés",
        "lien affilié", "link di affiliazione",
    ])

    /// A line offering a file: "Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB", "Dieses
    /// Skript als PDF herunterladen", "Download the report (PDF, 1.2 MB)". The file is not the text.
    static func isAttachmentLine(_ lower: String) -> Bool {
        guard lower.utf8.count <= 160, fileCues.occurs(in: lower) else { return false }
        // Not "(PDF)" alone: a reference list marks its sources so ("Annual report" (PDF). Retrieved …).
        if lower.utf8.count <= 90, fileOffers.occurs(in: lower) { return true }
        // A file size: a number, then KB or MB.
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "," || $0 == "(" || $0 == ")" })
        for (index, word) in words.enumerated()
        where ["kb", "mb", "kib", "mib", "kbyte", "mbyte"].contains(String(word)) {
            if index > 0, words[index - 1].first?.isNumber == true { return true }
        }
        return false
    }
}

extension BodyFurniture {
    private static let fileCues = ByteCues(["pdf", "doc", "datei", "download", "herunterladen"])
    private static let fileOffers = ByteCues([
        "als pdf", "pdf herunterladen", "download pdf", "pdf download", "pdf-download",
    ])
}
