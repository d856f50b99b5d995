/// Pages of the kinds extraction used to get wrong (issue 18), written for the tests and modelled
/// on the layouts of real sites: each holds the story and the furniture that kind of page puts
/// inside or beside it.
enum HTMLPageKindsFixtures {
    static func page(_ head: String, _ body: String, lang: String = "en") -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8">\(head)</head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        \(body)
        <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer></body></html>
        """
    }

    // MARK: A gallery inside a story

    static let galleryStory = [
        "Thousands of runners crossed the old harbour bridge on Sunday morning as the city marathon returned after a three-year break, with crowds lining the route from the station to the park.",
        "Organisers said 11,400 people had started the race, the largest field in its history, and that medical teams treated only a handful of runners for heat exhaustion on a mild day.",
        "The men's race was won by a local schoolteacher who had trained on the course for two years, finishing in two hours and eleven minutes to the delight of the crowd at the finish.",
    ]

    static let galleryPage = page(
        "<title>Marathon returns to the harbour</title>",
        """
        <article><h1>Marathon returns to the harbour</h1>
        <div class="article-body">
        <p>\(galleryStory[0])</p>
        <div class="slideshow">
          <div class="slide"><img src="1.jpg"><p>Image 1 of 3</p><p>Runners on the harbour bridge at the start of the race.</p></div>
          <div class="slide"><img src="2.jpg"><p>Image 2 of 3</p><p>Runners on the harbour bridge at the start of the race.</p></div>
          <div class="slide"><img src="3.jpg"><p>Image 3 of 3</p><p>Runners on the harbour bridge at the start of the race.</p></div>
        </div>
        <p>\(galleryStory[1])</p>
        <p>© Martin Keller</p>
        <p>\(galleryStory[2])</p>
        </div></article>
        """)

    // MARK: A hover card on a name

    static let hoverCardStory = [
        "Senator Maria Delgado said on Tuesday that the transport bill would be brought back to the floor next week, after two days of talks with members of both parties failed to settle the question of funding.",
        "The bill would pay for repairs to bridges and rail lines in every state, and its supporters say the money is needed before the winter storms that damaged several crossings last year.",
    ]

    static let hoverCardPage = page(
        "<title>Transport bill to return next week</title>",
        """
        <article><h1>Transport bill to return next week</h1><div class="field-body">
        <p>Senator <span class="person-link"><a href="/people/maria-delgado">Maria Delgado</a><span class="person-popup">Maria Delgado Senator, chair of the transport committee. Latest: Delgado pushes rail funding; Senate panel delays vote</span></span> said on Tuesday that the transport bill would be brought back to the floor next week, after two days of talks with members of both parties failed to settle the question of funding.</p>
        <p>\(hoverCardStory[1])</p>
        </div></article>
        """)

    // MARK: Byline and date lines inside the body

    static let datelineStory = [
        "The county board voted five to two on Monday night to close the old landfill by the end of next year, ending a dispute that has divided the valley's towns for a decade.",
        "Residents who live near the site told the meeting that the smell reached their homes most summer evenings and that trucks had damaged the narrow road leading to it.",
        "The board will now ask the state for money to cover the site and plant it with grass, a project its engineers expect to cost about four million dollars.",
    ]

    static let datelinePage = page(
        "<title>County votes to close landfill</title>",
        """
        <main><article><h1>County votes to close landfill</h1><div class="story-text">
        <p>By Laura Whitfield - 11/18/19 11:04 PM EST</p>
        <p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>
        <p>\(datelineStory[0])</p>
        <p>\(datelineStory[1])</p>
        <p>Read more: Landfill expansion plan rejected in spring</p>
        <p>\(datelineStory[2])</p>
        <p>Never miss the latest news from the valley by signing up for our morning newsletter.</p>
        </div></article></main>
        """)

    // MARK: The publisher's address at the foot of the story

    static let footerStory = [
        "Die Stadtwerke haben am Donnerstag angekündigt, die Preise für Fernwärme im kommenden Jahr um acht Prozent zu senken, nachdem der Einkauf von Gas deutlich billiger geworden ist.",
        "Für einen durchschnittlichen Haushalt bedeutet das nach Angaben des Unternehmens eine Ersparnis von rund hundert Euro im Jahr, die Abschläge werden ab Januar angepasst.",
    ]

    static let footerPage = page(
        "<title>Stadtwerke senken Preise für Fernwärme</title>",
        """
        <div class="content"><h1>Stadtwerke senken Preise für Fernwärme</h1>
        <p>\(footerStory[0])</p>
        <p>\(footerStory[1])</p>
        <p>Mehr zum Thema</p>
        <p>Stadtanzeiger Verlag GmbH</p>
        <p>Hafenstraße 12, 24103 Kiel</p>
        <p>Tel. 0431 123456, E-Mail: redaktion@stadtanzeiger.example</p>
        <p>© 2024 Stadtanzeiger Verlag. Alle Rechte vorbehalten.</p>
        </div>
        """, lang: "de")

    // MARK: A forum thread

    static let forumPosts = [
        "Has anyone here replaced the timing belt on a 2009 estate themselves? The garage quoted me more than the car is worth and I would like to know how hard the job really is before I decide.",
        "I did mine last spring. It took a whole Saturday with a borrowed locking kit, and the hardest part was getting the crank pulley bolt undone. Take photos of every step before you take anything apart.",
        "Agree with the above, and change the water pump while you are in there. Mine started leaking a month after the belt was done and I had to take the whole front of the engine apart again.",
    ]

    static let forumPage = page(
        "<title>Timing belt on the 2009 estate - Owners Forum</title>",
        """
        <div id="forum"><h1>Timing belt on the 2009 estate</h1>
        <div class="thread">
          <div class="comment post" id="p1"><div class="comment-author">dieselfan</div><div class="comment-body"><p>\(forumPosts[0])</p></div></div>
          <div class="comment post" id="p2"><div class="comment-author">spanner_jo</div><div class="comment-body"><p>\(forumPosts[1])</p></div></div>
          <div class="comment post" id="p3"><div class="comment-author">oldgarage</div><div class="comment-body"><p>\(forumPosts[2])</p></div></div>
        </div>
        <div class="forum-stats">Users browsing this forum: no registered users and 3 guests</div></div>
        """)

    // MARK: A recipe

    static let recipeIntro =
        "This lentil soup is what we make on the first cold evening of the year: it takes half an hour, costs very little and tastes even better the next day, when the lentils have soaked up the spices."

    static let recipeIngredients = ["250 g red lentils", "1 onion, chopped", "2 carrots, diced", "1 litre vegetable stock"]

    static let recipeSteps = [
        "Soften the onion and carrots in a little oil for ten minutes, stirring now and then.",
        "Add the rinsed lentils and the stock, bring to the boil and simmer for twenty minutes until soft.",
    ]

    static let recipePage = page(
        """
        <title>Red lentil soup</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Red lentil soup"}</script>
        """,
        """
        <div class="recipe-page"><h1>Red lentil soup</h1>
        <div class="recipe-intro"><p>\(recipeIntro)</p></div>
        <div class="recipe-ingredients"><h2>Ingredients</h2><ul>\(recipeIngredients.map { "<li>\($0)</li>" }.joined())</ul></div>
        <div class="recipe-instructions"><h2>Method</h2><ol>\(recipeSteps.map { "<li>\($0)</li>" }.joined())</ol></div>
        <div class="related-recipes"><h3>You might also like</h3><ul><li><a href="/r/1">Pea soup</a></li><li><a href="/r/2">Bean stew</a></li></ul></div>
        </div>
        """)

    // MARK: A Bengali news page

    /// Written with য় and ড় as single code points (U+09DF, U+09DC), as many Bengali sites store
    /// them; the article comes out in composed form (NFC), where both are a letter plus nukta.
    static let bengaliStory = [
        "রাজধানীতে আজ সকাল থেকে টানা বৃষ্টিতে বিভিন্ন সড়কে পানি জমে গেছে, ফলে অফিসগামী মানুষ চরম ভোগান্তিতে পড়েছেন।",
        "আবহাওয়া অফিস জানিয়েছে, আগামী দুই দিন দেশের বিভিন্ন জায়গায় ভারী বৃষ্টি হতে পারে এবং নদীর পানি বাড়তে পারে।",
        "সিটি করপোরেশনের একজন কর্মকর্তা বলেছেন, জলাবদ্ধতা দূর করতে কর্মীরা সকাল থেকে কাজ করছেন।",
    ]

    static let bengaliPage = page(
        """
        <title>টানা বৃষ্টিতে রাজধানীতে জলাবদ্ধতা</title>
        <meta property="og:type" content="article">
        """,
        """
        <div class="news-details"><h1>টানা বৃষ্টিতে রাজধানীতে জলাবদ্ধতা</h1>
        <p>\(bengaliStory.map(Nukta.precomposed).joined(separator: "</p><p>"))</p>
        <p>আরও পড়ুন: বন্যার সতর্কতা জারি</p>
        </div>
        """, lang: "bn")

    // MARK: A paywalled story with a login box in the header

    static let loginBoxStory =
        "The harbour authority has approved plans for a second ferry terminal, which it says will double the number of crossings to the islands by 2027."

    static let loginBoxPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>Second ferry terminal approved - Island Courier</title>
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="2024-03-05T07:00:00+00:00">
        </head><body>
        <header><div class="login-box"><form action="/login" method="post"><input type="text" name="user">
        <input type="password" name="pass"><button>Log in</button></form></div></header>
        <article><h1>Second ferry terminal approved</h1>
        <div class="entry-content"><p>\(loginBoxStory)</p><div class="paywall">Subscribe to keep reading</div></div>
        </article></body></html>
        """
}

/// Bengali letters with nukta, as pairs (the composed form, NFC) and as the single code points
/// many pages store.
enum Nukta {
    static let pairs: [(letter: Unicode.Scalar, single: Unicode.Scalar)] = [
        ("\u{09AF}", "\u{09DF}"), ("\u{09A1}", "\u{09DC}"), ("\u{09A2}", "\u{09DD}"),
    ]

    /// Every letter plus nukta written as its single code point.
    static func precomposed(_ text: String) -> String {
        let scalars = Array(decomposed(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i + 1] == "\u{09BC}",
                let pair = pairs.first(where: { $0.letter == scalars[i] })
            {
                out.append(pair.single)
                i += 2
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Every single code point written as letter plus nukta: Unicode's composed form (NFC) for
    /// these letters, which are excluded from composition.
    static func decomposed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let pair = pairs.first(where: { $0.single == scalar }) {
                out.append(pair.letter)
                out.append("\u{09BC}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
