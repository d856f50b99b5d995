/// Page dumps written for these tests, modelled on what users paste in: the text of a whole
/// page, chrome included. The stories are invented; the chrome follows real outlets' layouts.
enum PlainTextFixtures {
    /// An AP story on a local paper's page: menus, byline, a credit line, a photo caption,
    /// "ADVERTISEMENT" inside the story, a subheading, the AP copyright, a "Most Popular" list.
    static let apOnLocalPaper = """
        Skip to main content
        Lakeside Gazette
        Subscribe
        Log In
        Local
        Nation
        World
        Sports
        Opinion
        Obituaries
        e-Edition
        Nation
        Senate passes $12 billion rural broadband bill after late-night deal
        By JANE DOE and MARK ROE
        Associated Press
        Published 2:30 PM EDT, September 15, 2022
        Share
        Share on Facebook
        Tweet
        Email
        Senator Maria Alvarez speaks to reporters at the Capitol in Washington, Sept. 14, 2022. (AP Photo/Evan Vucci)
        WASHINGTON (AP) — The Senate on Thursday passed a $12 billion bill to bring high-speed internet to rural communities, ending weeks of wrangling over how the money would be shared among the states.
        The measure passed 68-31, with 17 Republicans joining Democrats in support. It now goes to the House, where leaders said they expected a vote before the end of the month.
        ADVERTISEMENT
        “This is about whether a kid in a small town can do her homework at night,” said Sen. Maria Alvarez, a Democrat from New Mexico who wrote the bill. “For too long the answer has been no.”
        Opponents argued that earlier programs had wasted money on networks that were never finished, and they won a provision requiring states to report every six months on how the funds are spent.
        What the bill does
        The money would be handed out as grants to states, which would then choose the internet providers to build the networks. Areas with no service at all would be served first.
        ADVERTISEMENT
        Industry groups welcomed the vote but warned that a shortage of workers trained to lay fiber could slow construction.
        Associated Press writer Luis Ortega in Albuquerque, New Mexico, contributed to this report.
        Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
        Most Popular
        Storm knocks out power to 40,000 homes across the county
        High school football: Week 3 scores and highlights
        City council delays vote on downtown parking plan
        Police identify driver in fatal crash on Route 9
        Lakeside Gazette
        123 Harbor Street, Lakeside, MI 49000
        Contact Us | Advertise | Privacy Policy | Terms of Use
        © 2022 Lakeside Gazette. All rights reserved.
        """

    static let apParagraphs = [
        "WASHINGTON (AP) — The Senate on Thursday passed a $12 billion bill to bring high-speed internet to rural communities, ending weeks of wrangling over how the money would be shared among the states.",
        "The measure passed 68-31, with 17 Republicans joining Democrats in support. It now goes to the House, where leaders said they expected a vote before the end of the month.",
        "“This is about whether a kid in a small town can do her homework at night,” said Sen. Maria Alvarez, a Democrat from New Mexico who wrote the bill. “For too long the answer has been no.”",
        "Opponents argued that earlier programs had wasted money on networks that were never finished, and they won a provision requiring states to report every six months on how the funds are spent.",
        "What the bill does",
        "The money would be handed out as grants to states, which would then choose the internet providers to build the networks. Areas with no service at all would be served first.",
        "Industry groups welcomed the vote but warned that a shortage of workers trained to lay fiber could slow construction.",
        "Associated Press writer Luis Ortega in Albuquerque, New Mexico, contributed to this report.",
    ]

    /// A Reuters story as its own site prints it: a long section menu, a date line that also says
    /// "Updated", a registration prompt after the second paragraph, the wire trailer, "Read Next".
    static let reuters = """
        Skip to main content
        Exclusive news, data and analytics for financial market professionals
        Reuters home
        World
        Business
        Markets
        Sustainability
        Legal
        Breakingviews
        Technology
        More
        My View
        Sign In
        Register

        UK inflation eases slightly but food prices climb at fastest rate since 1977

        September 15, 2022 10:42 AM UTC Updated 2 hours ago

        LONDON, Sept 15 (Reuters) - British inflation eased slightly in August, official figures showed on Thursday, but food prices rose at their fastest annual rate in 45 years, adding to pressure on households already struggling with soaring energy bills.

        Consumer prices rose 9.9% in the 12 months to August, down from 10.1% in July, the Office for National Statistics said. Economists polled by Reuters had expected a reading of 10.0%.

        Register now for FREE unlimited access to Reuters.com
        Register

        Food and non-alcoholic drink prices jumped 13.1%, the biggest increase since August 1977, driven by bread, cereals, milk, cheese and eggs.

        "Falling fuel prices gave some relief, but food continues to push up the cost of living," said the statistics office's chief economist.

        The Bank of England, which is due to announce its latest interest rate decision next week, has forecast inflation will peak at just over 13% in October.

        Reporting by Anna Kowalski; Editing by Peter Hale
        Our Standards: The Thomson Reuters Trust Principles.

        Read Next
        World
        Pound slides to new 37-year low against the dollar
        Business
        Energy firms face windfall tax call as bills climb
        Markets
        FTSE 100 edges higher as miners rally
        """

    /// An Indian portal's page: breadcrumb, standfirst, published and updated lines, an "Also
    /// Read" teaser and "Advertisement" inside the story, the credit on a line of its own, tags.
    static let portalWithAgencies = """
        Home
        India
        World
        Business
        Sports
        Entertainment
        Photos
        Videos
        Home / World
        Xi, Putin to meet in Samarkand as SCO summit opens
        Leaders of China and Russia are expected to discuss the war in Ukraine and energy supplies.
        Published: Sep 15, 2022, 09:05 IST
        Updated: Sep 15, 2022, 11:20 IST
        Follow us on Google News
        Representational image. (Photo: Reuters)
        NEW DELHI: Chinese President Xi Jinping and Russian President Vladimir Putin will meet on the sidelines of the Shanghai Cooperation Organisation summit in Samarkand on Thursday, officials said.
        It will be the first in-person meeting between the two leaders since Russia sent troops into Ukraine in February.
        Also Read: PM Modi leaves for Uzbekistan, to hold bilateral talks on sidelines
        Advertisement
        The two leaders are expected to discuss energy supplies, trade in local currencies and the situation in Ukraine, Kremlin aide Yuri Ushakov told reporters.
        India's Prime Minister Narendra Modi, who is also attending the summit, is scheduled to hold talks with Putin on Friday.
        (With inputs from agencies)
        Tags:
        Xi Jinping
        Vladimir Putin
        SCO summit
        Samarkand
        First Published: Sep 15, 2022, 09:05 IST
        Trending
        5 tips to keep your phone battery healthy
        Monsoon update: heavy rain likely in 12 states
        Copyright © 2022 Bennett Herald Media Ltd. All rights reserved.
        """

    static let portalParagraphs = [
        "NEW DELHI: Chinese President Xi Jinping and Russian President Vladimir Putin will meet on the sidelines of the Shanghai Cooperation Organisation summit in Samarkand on Thursday, officials said.",
        "It will be the first in-person meeting between the two leaders since Russia sent troops into Ukraine in February.",
        "The two leaders are expected to discuss energy supplies, trade in local currencies and the situation in Ukraine, Kremlin aide Yuri Ushakov told reporters.",
        "India's Prime Minister Narendra Modi, who is also attending the summit, is scheduled to hold talks with Putin on Friday.",
    ]

    /// A wire printout wrapped at 70 columns.
    static let wrappedWire = """
        Xi arrives in Samarkand for SCO summit, state visit to Uzbekistan

        Source: Xinhua | 2022-09-15 22:31:05

        BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping arrived in
        Samarkand on Wednesday evening for the 22nd meeting of the Council of
        Heads of State of the Shanghai Cooperation Organization (SCO) and a
        state visit to Uzbekistan.

        Upon arrival, Xi was warmly welcomed by Uzbek President Shavkat
        Mirziyoyev and his wife at the airport. Young people in traditional
        costumes performed folk dances.

        Xi said in a written statement that China and Uzbekistan are good
        friends and partners who trust each other, adding that the two sides
        have achieved fruitful results in cooperation in recent years.

        Editor: Liu Wei
        """

    /// A text that is nothing but the story: every paragraph must survive, the short one and
    /// the one without a full stop included.
    static let plainParagraphs = [
        "The council voted on Tuesday to close the Mill Street library branch at the end of the year, citing falling visitor numbers and the cost of repairing its roof.",
        "Residents packed the meeting to object. \"This library is the only quiet place many of our children have,\" said Priya Nair, who has lived on Mill Street for 20 years.",
        "It was not enough.",
        "Council members said the books and computers would move to the central library, two miles away, and that a mobile library would visit the neighbourhood twice a week",
    ]

    /// A story whose page dump runs on into its comment section.
    static let withComments = """
        Harbour ferry fares to rise in October

        By Tom Whitaker

        Ferry fares across the harbour will rise by 40 cents in October, the transport authority said on Wednesday, the first increase in six years.

        The authority said fuel and maintenance costs had risen faster than expected and that the new fares would still be below those of other ferry services in the region.

        14 Comments

        Jane R.
        September 15, 2022 at 3:12 pm
        This is exactly what we feared. I take the ferry twice a day and the service has only got worse while the fares keep going up, so I will be driving from now on.
        Reply
        Mark T.
        September 15, 2022 at 4:40 pm
        Forty cents is not much for a crossing that saves most of us an hour in traffic, and the boats do need work after all these years of running on a shoestring.
        Reply
        """
}
