/// Pages for the kinds of issue 18 fixed after the first round: an article printed only for
/// readers without scripts, labels left hanging at the end of the body once their box is gone,
/// and teasers of other stories inside the story's container. Own sentences, modelled on the
/// layouts of real blogs and regional news sites.
enum HTMLLeftoversFixtures {
    static func page(_ head: String, _ body: String, lang: String = "en") -> String {
        HTMLPageKindsFixtures.page(head, body, lang: lang)
    }

    // MARK: The article only in <noscript>

    static let noscriptStory = [
        "Over the past year our team has reviewed more than four thousand reports of suspicious download pages, most of them copies of well-known software sites with a single changed link.",
        "The pages are short-lived: half of them disappear within six hours, which is faster than most block lists are updated, and the people behind them register new addresses every morning.",
        "Starting this week, the browser checks each download page against a list that is refreshed every thirty minutes, and warns before the file is saved rather than after it has been opened.",
        "We tested the change with a small group of volunteers in the spring, and the number of harmful files that reached their computers fell by almost two thirds compared with the months before.",
        "The list itself never leaves our servers in full: the browser sends a short fragment of the page's fingerprint, and only the matching entries come back, so no record of the visit is kept.",
        "Readers who would rather not take part can switch the check off in the privacy settings, though we recommend leaving it on for anyone who downloads software from sites they do not know well.",
    ]

    static let noscriptPage = page(
        "<title>Safer downloads, checked sooner</title>",
        """
        <div class="blog-header"><h2 class="blog-title">Lab Notes</h2>
        <p class="description">Updates from the lab team on safety and privacy on the web</p></div>
        <noscript><h1>JavaScript is switched off</h1><p>Please enable JavaScript to view the comments.</p></noscript>
        <div class="post" id="post-body"><script>renderPost()</script>
        <noscript>
          <h3>Safer downloads, checked sooner</h3>
          <span class="byline">Posted by the download safety team</span>
          \(noscriptStory.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </noscript>
        </div>
        """)

    // MARK: Labels left hanging

    static let labelStory = [
        "Der Sportverein am Mühlbach hat am Samstag sein neues Vereinsheim eröffnet, nach zwei Jahren Bauzeit und vielen Wochenenden, an denen die Mitglieder selbst mit angepackt haben.",
        "Die Gemeinde hatte den Bau mit einem Zuschuss unterstützt, den Rest brachten Spenden und ein Kredit auf, den der Verein in den kommenden zehn Jahren zurückzahlen will.",
        "Zur Eröffnung spielten die Jugendmannschaften gegeneinander, und am Abend feierten rund dreihundert Gäste im neuen Saal, bis die Kapelle um Mitternacht das letzte Lied spielte.",
    ]

    static let labelPage = page(
        "<title>Neues Vereinsheim eröffnet</title>",
        """
        <article><h1>Neues Vereinsheim eröffnet</h1>
        <div class="entry-content">
        \(labelStory.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <p>Bilder der Eröffnung</p>
        <p>Teilnehmende Vereine:</p>
        <ul class="vereine"><li><a href="/a">TSV Oberdorf</a></li><li><a href="/b">FC Unterau</a></li><li><a href="/c">SG Mühlbach</a></li></ul>
        <p>Diesen Artikel teilen</p>
        </div></article>
        """)

    /// A recipe's last lines: a label with figures after it is part of the recipe.
    static let recipeEnding = [
        "Den Teig in die Form geben und bei 180 Grad etwa vierzig Minuten backen, bis ein Holzstäbchen trocken herauskommt.",
        "Nährwerte pro Stück:",
        "390 kcal",
    ]

    static let recipeEndingPage = page(
        "<title>Apfelkuchen vom Blech</title>",
        """
        <article><h1>Apfelkuchen vom Blech</h1><div class="entry-content">
        <p>Die Äpfel schälen, vierteln und in dünne Scheiben schneiden, dann mit Zitronensaft beträufeln, damit sie hell bleiben.</p>
        <p>Butter, Zucker und Eier schaumig rühren, das Mehl mit dem Backpulver mischen und nach und nach unterheben, bis ein glatter Teig entsteht.</p>
        <p>Das Blech mit Backpapier auslegen, den Teig darauf verstreichen und die Apfelscheiben dachziegelartig in Reihen darauflegen.</p>
        \(recipeEnding.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></article>
        """, lang: "de")

    // MARK: Teasers of other stories

    static let teaserStory = [
        "The weather service recorded the warmest December night since records began in 1880, with the thermometer in the city centre never falling below eleven degrees.",
        "Forecasters said the mild spell would last until the weekend, when a cold front from the north is expected to bring rain and, on higher ground, the first snow of the winter.",
        "Farmers in the valley said the warm weather had woken some fruit trees early, and that a hard frost after the new year could damage the buds and cost them part of the harvest.",
    ]

    static let teaserPage = page(
        "<title>Warmest December night on record</title>",
        """
        <article><h1>Warmest December night on record</h1><div class="article-body">
        \(teaserStory.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <div class="teasers">
          <p>Rainfall figures for the past year, station by station… more •••</p>
          <p>How the new flood barriers held during the November storms. Read more</p>
        </div>
        </div></article>
        """)

    // MARK: The comment box's lines outside the box

    static let commentsStory = [
        "Die Hechte im Untersee beißen in diesem Herbst besser als seit Jahren, berichten die Berufsfischer, die seit dem Frühjahr wieder mit Schleppnetzen ausfahren dürfen.",
        "Der Fischereiaufseher des Kantons sagte, die Regierung wolle keinen Kommentar zu den Fangzahlen abgeben, bevor die Zählung im Dezember abgeschlossen sei.",
        "Im kommenden Jahr soll die Schonzeit um zwei Wochen verlängert werden, damit sich der Bestand nach dem warmen Sommer erholen kann.",
    ]

    static let commentsPage = page(
        "<title>Hechte beißen wieder</title>",
        """
        <article><h1>Hechte beißen wieder</h1><div class="entry-content">
        <p>\(commentsStory[0])</p>
        <p>\(commentsStory[1])</p>
        <p>0 Kommentare</p>
        <p>\(commentsStory[2])</p>
        <p>Verraten Sie gerne in den Kommentaren: Wo fangen Sie Ihre Hechte?</p>
        <p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p>
        </div></article>
        """, lang: "de")
}
