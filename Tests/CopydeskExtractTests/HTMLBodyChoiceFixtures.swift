/// Pages where a box beside the story outscored it (issue 18, third round): an open letter whose
/// list of signatories is printed line by line under it, a short notice in `<article>` on a page
/// with a longer newsletter form, and pictures signed with a © credit under the caption. Own
/// sentences, modelled on the layouts of magazine and association sites.
enum HTMLBodyChoiceFixtures {
    static func page(_ head: String, _ body: String, lang: String = "en") -> String {
        HTMLPageKindsFixtures.page(head, body, lang: lang)
    }

    // MARK: An open letter and its signatories

    static let letter = [
        "We write as teachers, librarians and parents who have watched the town's reading rooms close one by one over the past decade, and who believe the decision taken last month can still be reversed.",
        "The council's report counts visitors at the front door, but it does not count the children who stay after school because there is nowhere else warm, or the pensioners who read the papers there each morning.",
        "Closing the last branch would save less than one percent of the annual budget, a sum the council found without difficulty when the car park by the station needed a new roof last spring.",
        "We ask the council to keep the branch open for another two years, to publish the full figures behind its report, and to meet the people who use the building before any final vote is taken.",
        "Many of us learnt to read in that building. We would like our children and grandchildren to have the same chance, and we are ready to help with volunteers, books and money to make it possible.",
    ]

    static let towns = ["Northfield", "Eastbrook", "Westmoor", "Southgate", "Millford", "Ashby"]
    static let roles = ["teacher", "librarian", "parent", "retired nurse", "bookseller", "student"]

    /// A hundred and forty names, each with a comma before its role and a `<br>` after it, in
    /// two columns of a table (and an empty row under them, as the page's editor left it).
    static let signatories = (0..<140).map { index in
        "<strong>Reader \(index + 1) of \(towns[index % towns.count])</strong>, \(roles[index % roles.count])<br>"
    }

    static let letterPage = page(
        "<title>A letter on the last library</title>",
        """
        <div class="letter-page">
        <h1>A letter on the last library</h1>
        \(letter.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <table><tbody>
        <tr><td><span>\(signatories[..<70].joined(separator: "\n"))</span></td>
        <td><span>\(signatories[70...].joined(separator: "\n"))</span></td></tr>
        <tr><td></td></tr>
        </tbody></table>
        <p>Places are given to tell readers of the same name apart.</p>
        </div>
        """)

    // MARK: A short notice beside a newsletter form

    /// One paragraph, shorter than the form's messages together: every one of the scorer's
    /// passes finds too little, and the longest of them, the form, used to win.
    static let notice = [
        "The spring meeting of the volunteer fire brigades takes place online this year on the second weekend of March. The association will present its project on open days for new residents there; the week of events itself runs from late September in towns across the region."
    ]

    static let newsletterBox = [
        "Always up to date with our latest information for members and friends of the brigades.",
        "Something went wrong on our side. Please try again in a few minutes!",
        "This address is already registered with us. Check your inbox for our last letter.",
        "Error: please enter a valid address so that we can reach you.",
        "Your registration was successful! You have received an e-mail to confirm it.",
        "Thank you for your interest in our information. You can leave the list at any time.",
    ]

    static let noticePage = page(
        "<title>Brigades meet online in March</title>",
        """
        <article class="post"><h1>Brigades meet online in March</h1>
        <section class="post-main"><div class="text">
        \(notice.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></section></article>
        <div class="sidebar newsletter"><div class="messages">
        \(newsletterBox.map { "<div class=\"message\">\($0)</div>" }.joined(separator: "\n"))
        </div><form action="/subscribe"><input type="email" name="email"></form></div>
        """)

    // MARK: Captions signed with a © credit

    static let captionStory = [
        "The chestnut groves above the lake were planted centuries ago for their fruit and as pasture, and many of the old trees are now hollow, which makes them a home for rare beetles and owls.",
        "A new plan sets out how farmers can keep the groves open by mowing late in the year and leaving dead wood standing, with a payment for each hectare they look after this way.",
        "The first farms joined this winter. Walkers will notice fenced plots where young trees have been planted © marked with a small sign, the warden said, so that the grazing animals leave them alone.",
    ]

    static let captions = [
        "Old chestnut trees on the slope above the village. Photo © Anna Berger, Tom Reiss",
        "Mowing the grove in late autumn | © Regional Park Archive/Getty Images",
    ]

    static let captionPage = page(
        "<title>Saving the chestnut groves</title>",
        """
        <article><h1>Saving the chestnut groves</h1><div class="entry-content">
        <p>\(captionStory[0])</p>
        <div class="wp-block-image"><img src="a.jpg"><p>\(captions[0])</p></div>
        <p>\(captionStory[1])</p>
        <div class="wp-block-image"><img src="b.jpg"><p>\(captions[1])</p></div>
        <p>\(captionStory[2])</p>
        </div></article>
        """)

    // MARK: A standfirst in the article's header

    static let standfirst =
        "The county will close two of its four recycling centres next spring, and residents fear that rubbish will end up in the woods instead."

    static let standfirstStory = [
        "The council voted on Tuesday evening to shut the centres at Millbrook and Eastcombe, which together take in about a third of the county's garden waste and old furniture.",
        "Officials said the two sites need repairs that would cost more than building a new one, and that the remaining centres will open longer hours from April to make up for it.",
        "Residents who spoke at the meeting said the drive to the nearest open site would take them forty minutes, and several warned that dumping in lay-bys was already getting worse.",
    ]

    static let standfirstPage = page(
        "<title>Two recycling centres to close</title>",
        """
        <div class="site-head"><h1 class="site-title">The Valley Courier</h1>
        <p class="site-description">News, sport and opinion from the towns and villages of the upper valley since 1887</p></div>
        <article><header class="entry-header"><h1>Two recycling centres to close</h1>
        <div class="entry-excerpt"><p>\(standfirst)</p></div>
        <p class="meta">By Ellen Marsh</p></header>
        <div class="entry-content">
        \(standfirstStory.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></article>
        <div class="related"><div class="teaser-text"><p>Bus timetables change next month on three routes through the valley, with fewer services on Sundays.</p></div></div>
        """)

    // MARK: Headlines of other stories linked inside the body

    static let linkedStory = [
        "The ferry between the two islands will run every hour from June, the operator said on Monday, after a year in which queues at the harbour often stretched past the church.",
        "A second boat, bought second-hand from a company on the mainland, is being refitted in the yard and should carry its first passengers before the school holidays begin.",
        "Fares stay the same for residents. Visitors will pay a euro more, which the operator says will go towards the new waiting room at the pier.",
    ]

    /// Inside the story's container: two linked headlines of other stories, one linked sentence
    /// of the story, and a list of linked timetables that belongs to it.
    static let linkedHeadlinesPage = page(
        "<title>Hourly ferry from June</title>",
        """
        <article><h1>Hourly ferry from June</h1><div class="entry-content">
        <p>\(linkedStory[0])</p>
        <p><a href="/news/harbour-wall">Storm damage to the harbour wall will cost more than expected</a></p>
        <p>\(linkedStory[1])</p>
        <h3><a href="/news/pier-cafe">» Pier café reopens under a new owner «</a></h3>
        <p><a href="/fares">\(linkedStory[2])</a></p>
        <p><a href="javascript:void(0)" class="note">"Mr. Harland," said the skipper, "I'd rather you waited on the quay."</a></p>
        <p><a href="/news/gulls">"Gulls are nesting on the old ferry's roof"</a></p>
        <p><a href="/news/poll">[Our latest poll: who should run the harbour trust?]</a></p>
        <ul><li><a href="/t/summer">Timetable for the summer season on both routes</a></li>
        <li><a href="/t/winter">Timetable for the winter season on both routes</a></li></ul>
        </div></article>
        """)
}
