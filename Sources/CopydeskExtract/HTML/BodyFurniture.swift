/// The last sweep over an article's paragraphs: lines that sit inside the body's markup but are
/// the page talking about itself, not the story. Each rule is a kind of line a layout editor
/// would strike, told from the words alone, in the languages the outlets write in:
///
/// - "see also" calls ("Read more: …", "Mehr zum Thema", "VEA TAMBIÉN: …", "Czytaj także") and
///   calls to sign up, subscribe or join a channel;
/// - photo credits and gallery counters ("© Jane Doe", "Photo: AFP", "Image 3 of 8");
/// - date and byline lines ("Updated 5:27 am CST, Wednesday, …", "By Jane Doe - 11/18/19 …");
/// - short lines printed more than once (a caption repeated on every slide of a gallery);
/// - copyright and imprint lines, and at the end of the body the publisher's address, contact
///   lines and the author's biography.
///
/// Long paragraphs are never touched: these lines are all short, and a sentence of the story that
/// happens to start with "Read more" is longer than the call it resembles.
enum BodyFurniture {
    /// Longest paragraph any rule looks at, in UTF-8 bytes (every length here is in bytes: a
    /// grapheme count costs a pass over the text, and these lines are counted by the thousand).
    static let longestLine = 300

    static func strike(_ paragraphs: [String], byline: String?) -> [String] {
        guard !paragraphs.isEmpty else { return paragraphs }
        // Repeats counted by a hash of the bytes: String hashing normalises every non-ASCII line.
        var counts: [UInt64: Int] = [:]
        for paragraph in paragraphs where (30...200).contains(paragraph.utf8.count) {
            counts[fingerprint(paragraph), default: 0] += 1
        }
        var kept: [String] = []
        kept.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            // A caption printed on every slide of a gallery: a sentence-long line printed three
            // times or more. Twice is common in real text (a table of contents and its headings,
            // a command shown before and after, a cited source), and long paragraphs that repeat
            // are left alone (a pull quote, a refrain), as are short labels ("link", "Reply").
            if (30...200).contains(paragraph.utf8.count), counts[fingerprint(paragraph), default: 0] > 2,
                !isHeadingLike(paragraph)
            {
                continue
            }
            if isFurniture(paragraph) || isTeaser(paragraph) { continue }
            kept.append(paragraph)
        }
        // The end of the body: an address block, contact lines or the author's note follow the
        // story; they go while the last line is one of them.
        // Labels are told only under a story of some length: a few short lines have lost no box.
        let labels = kept.reduce(0) { $0 + $1.utf8.count } >= shortestStoryForLabels
        while kept.count > 1, let last = kept.last, isTrailer(last, byline: byline) || labels && isDanglingLabel(last) {
            kept.removeLast()
        }
        // Nothing left is worse than a little furniture: keep what was written.
        return kept.isEmpty ? paragraphs : kept
    }

    /// FNV-1a of the UTF-8 bytes.
    private static func fingerprint(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Subheadings of a long read ("Background", "Analysis") can repeat across sections; they
    /// are short words without a sentence's punctuation and are not struck for repeating.
    private static func isHeadingLike(_ text: String) -> Bool {
        text.utf8.count <= 40 && !text.contains(where: { ".!?:©|".contains($0) })
            && text.split(separator: " ").count <= 4 && text.first?.isUppercase == true
            && !text.contains(where: \.isNumber)
    }

    static func isFurniture(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= longestLine else { return false }
        let lower = paragraph.lowercasedQuickly()
        if isRelatedCall(lower) || isSignUpCall(lower) { return true }
        if isGalleryCounter(lower) || isCredit(paragraph, lower: lower) || endsInCredit(paragraph) { return true }
        if isCopyright(lower) || isForumFurniture(lower) || isCommentsPrompt(lower) { return true }
        if isDateOrBylineLine(paragraph, lower: lower) { return true }
        if isAdDisclosure(lower) || isAttachmentLine(lower) { return true }
        return false
    }

    // MARK: Calls to read on, sign up, join

    /// Openings of a "see also" line, in the languages of the outlets. Matched at the start of a
    /// short line, optionally behind a bullet, arrow or bracket.
    static let relatedOpenings: [String] = [
        // English
        "read more", "read also", "also read", "related:", "related story", "related stories", "related articles",
        "related coverage", "related content", "related link", "see also", "more on this", "more from",
        "more stories", "more news", "recommended for you", "you may also like", "you might also like",
        "don't miss", "must read:", "watch:", "listen:", "what to read next", "further reading",
        // German
        "mehr zum thema", "mehr zu diesem thema", "mehr themen", "weitere artikel", "weitere beiträge",
        "weitere informationen", "weitere infos", "weitere nachrichten", "weitere tourentipps",
        "weiterführende links", "weiterführender link", "weiterlesen", "zum weiterlesen", "lesen sie auch",
        "lesen sie mehr", "lesen sie hier", "auch interessant", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "dazu passend", "passend zum thema", "siehe auch", "mehr dazu",
        "hier geht es zu", "hier geht's zu", "hier gehts zu", "zurück zur", "zurück zum", "zur übersicht",
        "entdecke weitere", "entdecken sie weitere", "lade weitere", "mehr lesen", "quellen ausblenden",
        // French
        "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "sur le même sujet",
        "à voir aussi", "à découvrir", "en savoir plus", "pour aller plus loin",
        // Spanish
        "vea también", "ver también", "lea también", "lee también", "le puede interesar", "te puede interesar",
        "también te puede interesar", "mira:", "mira también", "más información", "noticias relacionadas",
        "contenido relacionado", "lea más", "leer más", "seguir leyendo",
        // Portuguese
        "veja também", "leia também", "leia mais", "saiba mais", "confira também", "notícias relacionadas",
        // Italian
        "leggi anche", "potrebbe interessarti", "articoli correlati", "approfondisci",
        // Polish
        "czytaj także", "czytaj też", "czytaj więcej", "zobacz także", "zobacz też", "przeczytaj także",
        "przeczytaj też", "polecamy",
        // Dutch
        "lees ook", "lees meer", "meer over",
        // Bengali, Hindi, Russian, Turkish, Chinese
        "আরও পড়ুন", "আরো পড়ুন", "আরও পড়ুন", "আরও খবর", "और पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें", "читайте также",
        "по теме", "ayrıca okuyun", "ilgili haberler", "相关新闻", "相关阅读", "延伸阅读", "推荐阅读",
    ]

    static let relatedOpeningBytes = relatedOpenings.map { ($0, Array($0.utf8)) }

    static func isRelatedCall(_ lower: String) -> Bool {
        let body = stripBullet(lower)
        guard body.utf8.count <= 200 else { return false }
        // The first byte settles most openings without a comparison.
        let first = body.utf8.first
        for (opening, bytes) in relatedOpeningBytes where bytes.first == first && body.utf8.starts(with: bytes) {
            let rest = body.dropFirst(opening.count)
            guard let next = rest.first else { return true }
            // The opening must end a word: "Weiterlesen" yes, "weiterlesende Kinder" no.
            if next.isLetter { continue }
            // "Read more: …", "Mehr zum Thema »", "Lire aussi – …": the call and its link.
            if opening.last == ":" || ":»›→|-–—!…".contains(next) { return true }
            if next == " ", let after = rest.dropFirst().first, ":»›→|-–—".contains(after) { return true }
            // "Mehr zum Thema auf example.de" is a call; "Read more about ad blocking here." is a
            // sentence of the story that links on: it ends like one.
            return !PageFurniture.endsSentence(String(body)) && body.split(separator: " ").count <= 8
        }
        return false
    }

    /// Lines that ask the reader to sign up, subscribe, follow or join: newsletters, apps,
    /// messenger channels, memberships. Two cues must meet: an asking verb and a thing to join.
    static func isSignUpCall(_ lower: String) -> Bool {
        // "If you would like to unsubscribe, …" explains a policy; it asks nothing.
        guard lower.utf8.count <= 240, !signUpRefusals.occurs(in: lower), signUpAsks.occurs(in: lower) else {
            return false
        }
        return signUpThings.occurs(in: lower)
    }

    private static let signUpRefusals = ByteCues(["unsubscribe", "abbestellen"])

    private static let signUpAsks = ByteCues([
        // Verbs a story also uses ("voters can register by e-mail", "Anmeldung per E-Mail")
        // are left out: the calls below address the reader.
        "sign up", "signing up", "subscribe", "subscribing", "join us", "join our", "follow us",
        "download our app", "download the app", "get our app", "app herunterladen", "never miss", "don't miss",
        "stay informed", "stay up to date", "want to be informed",
        "abonnieren", "abonniere", "melden sie sich", "melde dich",
        "folgen sie uns", "folge uns", "verpassen", "versäumen", "nichts mehr", "erhalten sie",
        "abonnez-vous", "inscrivez-vous", "suivez-nous", "ne manquez", "recevez",
        "suscríbete", "suscribete", "suscríbase", "únete", "unete", "síguenos", "siguenos", "hazte",
        "assine", "inscreva-se", "siga-nos", "cadastre-se",
        "iscriviti", "seguici", "zapisz się", "subskrybuj", "obserwuj nas", "dołącz",
    ])

    private static let signUpThings = ByteCues([
        "newsletter", "our app", "the app", " app ", "app.", "telegram", "whatsapp", "youtube", "channel", "canal",
        "kanal", "podcast", "membership", "member", "miembro", "mitglied", "abonnement", "abo ", "e-mail",
        "email", "inbox", "postfach", "updates", "latest news", "alerts", "notifications", "benachrichtigung",
        "exklusive", "exclusive", "informed", "informiert", "bulletin", "boletín", "boletim", "subscription",
        "suscripción", "assinatura", "lettre d'information",
        // Paywall calls: "Subscribe to keep reading", "Jetzt abonnieren und weiterlesen".
        "keep reading", "continue reading", "weiterlesen", "weiter zu lesen", "weiter lesen", "lire la suite",
        "seguir leyendo", "continuar lendo", "full access", "unlimited access", "unbegrenzt", "premium",
    ])

    // MARK: Pictures

    /// "Image 3 of 8", "Photo 2/10", "Bild 1 von 12", "Foto 4 de 9", "1 of 8", with or without
    /// the caption after it.
    static func isGalleryCounter(_ lower: String) -> Bool {
        // Every counter has a digit among its first bytes ("image 12 of 30"): most lines stop here.
        guard lower.utf8.prefix(16).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var words = lower.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == ":" || $0 == "|" })[...]
        let pictureWords: Set<String> = [
            "image", "images", "photo", "photos", "picture", "slide", "bild", "foto", "fotos", "imagen", "immagine",
            "zdjęcie", "galerie", "gallery",
        ]
        if let first = words.first, pictureWords.contains(String(first)) { words = words.dropFirst() }
        guard words.count >= 2, let number = words.first, number.allSatisfy(\.isNumber) else { return false }
        words = words.dropFirst()
        let joiners: Set<String> = ["of", "von", "de", "di", "sur", "z", "van", "из"]
        if let joiner = words.first, joiners.contains(String(joiner)) { words = words.dropFirst() }
        guard let total = words.first, total.allSatisfy(\.isNumber), !total.isEmpty else { return false }
        // "1 of 8" is a counter; a sentence "3 of 8 players" is not when it is all there is.
        if words.count == 1 {
            return lower.utf8.count <= 30 || pictureWords.contains(String(lower.split(separator: " ")[0]))
        }
        return pictureWords.contains(String(lower.split(separator: " ").first ?? ""))
    }

    /// Photo and picture credits: "© Jane Doe", "Photo: AFP", "Foto: dpa", "Crédits photos :
    /// Agence", "Photograph by Jane Doe", "Jane Doe/Getty Images", "Credit: Jane Doe".
    static func isCredit(_ text: String, lower: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        let body = stripBullet(lower)
        if body.hasPrefix("©") || body.hasPrefix("(c) ") || body.hasPrefix("(©") { return true }
        if startsWithAny(body, creditOpenings) { return true }
        // "Roman Prymula, photo: …": a caption that ends in the credit.
        if creditMarkers.occurs(in: lower) { return true }
        // "Jane Doe/Getty Images", "Augusta National/Getty Images", "AP Photo/Jane Doe".
        if text.utf8.count <= 100, !PageFurniture.endsSentence(text) || text.utf8.count <= 60,
            agencyCredits.occurs(in: lower)
        {
            return true
        }
        return false
    }

    private static let creditOpenings: [[UInt8]] = [
        "photo:", "photo :", "photos:", "photo by", "photograph by", "photographs by", "photography:",
        "photography by", "picture:", "pictures:", "image:", "images:", "image by", "image source", "image credit",
        "credit:", "credits:", "credit :", "photo credit", "photo courtesy", "courtesy of", "bild:", "bilder:",
        "foto:", "fotos:", "foto :", "fotos :", "quelle:", "bildquelle", "fotoquelle", "bildnachweis",
        "crédit photo", "crédits photo", "crédit :", "crédits :", "illustration :", "illustration:",
        "fuente:", "imagen:", "créditos:", "crédito:", "fot.", "źródło:", "zdjęcie:", "fonte:",
    ].map { Array($0.utf8) }

    private static let creditMarkers = ByteCues([
        ", photo:", ", photo :", ", foto:", ", foto :", " | photo:", " | foto:", "(photo:", "(foto:",
    ])

    private static let agencyCredits = ByteCues([
        "/getty images", "/ getty images", "getty images/", "/afp", "/ afp", "/reuters", "/ reuters", "/dpa",
        "/ dpa", "/picture alliance", "/ picture alliance", "/shutterstock", "/ shutterstock", "/istock",
        "/ istock", "/imago", "/ imago", "ap photo/", "/keystone", "/epa", "/ epa", "/bestimage",
    ])

    /// Whether `body` starts with one of `openings` (UTF-8 bytes), compared byte for byte.
    static func startsWithAny(_ body: Substring, _ openings: [[UInt8]]) -> Bool {
        let utf8 = body.utf8
        guard let first = utf8.first else { return openings.contains { $0.isEmpty } }
        for opening in openings where opening.first == first || opening.isEmpty {
            if utf8.starts(with: opening) { return true }
        }
        return false
    }

    // MARK: Imprint

    static func isCopyright(_ lower: String) -> Bool {
        guard lower.utf8.count <= 240 else { return false }
        if copyrightCues.occurs(in: lower) { return true }
        if lower.hasPrefix("copyright ") || lower.hasPrefix("© 19") || lower.hasPrefix("© 20") { return true }
        return false
    }

    private static let copyrightCues = ByteCues([
        "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "todos os direitos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
        "materiał chroniony prawem", "copyright ©", "copyright (c)", "© copyright",
    ])

    /// The status lines of forum software around a thread: who is online, the time zone,
    /// the software's credit, the page counter.
    static func isForumFurniture(_ lower: String) -> Bool {
        guard lower.utf8.count <= 200 else { return false }
        return forumCues.occurs(in: lower)
    }

    private static let forumCues = ByteCues([
        "users browsing this forum", "users browsing this thread", "who is online", "wer ist online",
        "mitglieder in diesem forum", "benutzer in diesem forum", "all times are utc", "all times are gmt",
        "alle zeiten sind", "powered by phpbb", "powered by vbulletin", "powered by discourse", "forum software",
        "forensoftware", "you cannot post", "you cannot reply", "sie dürfen keine", "jump to:", "gehe zu:",
        "utilisateurs parcourant ce forum", "usuarios navegando",
    ])

    // MARK: The end of the body

    private static func isTrailer(_ text: String, byline: String?) -> Bool {
        guard text.utf8.count <= 600 else { return false }
        let lower = text.lowercasedQuickly()
        if text.utf8.count <= longestLine {
            if isFurniture(text) { return true }
            let words = lower.split(separator: " ").map(String.init)
            // A bare link at the end is often the story's source or reference list: not struck.
            let isLink = lower.hasPrefix("http") || lower.hasPrefix("www.")
            if !isLink, PageFurniture.isContact(lower, words: words) || isPostalAddress(text) { return true }
            if isCompanyName(text) { return true }
            if PageFurniture.isCommentsHead(words, lower: lower) { return true }
        }
        // The author's note: "Jane Doe is a reporter at …", "Über die Autorin: …".
        let bioOpenings = [
            "about the author", "über den autor", "über die autorin", "zur person", "zum autor", "zur autorin",
            "sobre el autor", "sobre la autora", "sobre o autor", "à propos de l'auteur", "o autorze",
        ]
        if bioOpenings.contains(where: { lower.utf8.starts(with: $0.utf8) }) { return true }
        if let byline, byline.count >= 5, text.hasPrefix(byline) {
            let rest = text.dropFirst(byline.count)
            if let next = rest.first, next == " " || next == "," { return true }
        }
        return false
    }

    /// The publisher's name heading an address block: "Harbour Media Ltd", "Verlag Muster GmbH".
    static func isCompanyName(_ text: String) -> Bool {
        guard text.utf8.count <= 80, !text.hasSuffix("."), text.split(separator: " ").count <= 8 else { return false }
        let forms: Set<String> = [
            "gmbh", "ag", "kg", "e.v.", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "corp.", "s.a.",
            "sarl", "s.l.", "srl", "s.r.l.", "s.p.a.", "o.o.", "b.v.", "mbh", "a/s",
        ]
        let words = text.lowercasedQuickly().split(separator: " ")
        guard let last = words.last, words.count >= 2 else { return false }
        return forms.contains(String(last).trimmingPunctuation) || forms.contains(String(last))
    }

    /// A line of a postal address: a street and number, or a postcode and town, with little else.
    static func isPostalAddress(_ text: String) -> Bool {
        // A sentence that names a street ends with a full stop; an address line does not.
        guard text.utf8.count <= 120, !text.hasSuffix(".") else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 12 else { return false }
        var sawPostcode = false
        var sawStreet = false
        for (index, word) in words.enumerated() {
            let digits = word.filter(\.isNumber).count
            if digits >= 4,
                digits == word.count || word.hasPrefix("D-") || word.hasPrefix("A-") || word.hasPrefix("CH-"),
                index + 1 < words.count, words[index + 1].first?.isUppercase == true
            {
                sawPostcode = true
            }
            let lower = word.lowercased()
            let streetWords = [
                "str.", "straße", "strasse", "street", "st.", "avenue", "ave.", "road", "rd.", "weg", "platz", "allee",
                "gasse", "rue", "calle", "avenida", "rua", "ulica", "ul.", "via", "suite",
            ]
            if streetWords.contains(where: { lower.hasSuffix($0) }), index + 1 < words.count,
                words[index + 1].first?.isNumber == true
            {
                sawStreet = true
            }
        }
        return sawPostcode || sawStreet
    }

    static func stripBullet(_ lower: String) -> Substring {
        // Most lines open with a letter: nothing to strip, and no pass over Characters.
        if let first = lower.utf8.first, first >= 0x61 && first <= 0x7A || first >= 0x30 && first <= 0x39 {
            return lower[...]
        }
        var body = lower[...]
        let bullets: Set<Character> = [
            "•", "·", "»", "›", ">", "→", "▶", "►", "-", "–", "—", "*", "[", "(", " ", "\u{a0}",
        ]
        while let first = body.first, bullets.contains(first) { body = body.dropFirst() }
        return body
    }
}

extension String {
    /// Without the commas and brackets around a word ("Ltd," → "Ltd").
    fileprivate var trimmingPunctuation: String {
        var word = Substring(self)
        while let last = word.last, ",;:)]".contains(last) { word = word.dropLast() }
        return String(word)
    }
}
