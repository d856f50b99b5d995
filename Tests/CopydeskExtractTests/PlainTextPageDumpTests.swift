import CopydeskExtract
import CopydeskText
import Testing

@Suite struct PlainTextPageDumpTests {
    func extract(_ text: String, source: String = "dump.txt") throws -> Article {
        try PageDumpExtractor().extract(Document(source: source, id: "dump", content: text, kind: .text))
    }

    @Test func apStoryOnALocalPage() throws {
        let article = try extract(PlainTextFixtures.apOnLocalPaper)
        #expect(article.title == "Senate passes $12 billion rural broadband bill after late-night deal")
        #expect(article.byline == "JANE DOE and MARK ROE")
        #expect(article.published == "2022-09-15T14:30:00-04:00")
        #expect(article.credit == "AP")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.outlet == "Lakeside Gazette")
        #expect(article.language == "en")
        #expect(article.paragraphs == PlainTextFixtures.apParagraphs)
    }

    @Test func reutersStoryWithTrailer() throws {
        let article = try extract(PlainTextFixtures.reuters)
        #expect(article.title == "UK inflation eases slightly but food prices climb at fastest rate since 1977")
        #expect(article.published == "2022-09-15T10:42:00Z")
        #expect(article.credit == "Reuters")
        #expect(article.dateline == "LONDON, Sept 15")
        // No byline above the story: the trailer's reporter stands in.
        #expect(article.byline == "Anna Kowalski")
        #expect(article.paragraphs.count == 5)
        #expect(article.paragraphs.first?.hasPrefix("LONDON, Sept 15 (Reuters) - British inflation") == true)
        #expect(
            article.paragraphs.last
                == "The Bank of England, which is due to announce its latest interest rate decision next week, has forecast inflation will peak at just over 13% in October."
        )
        #expect(!article.text.contains("Register"))
        #expect(!article.text.contains("Reporting by"))
    }

    @Test func portalWithTeasersAndAgencyCredit() throws {
        let article = try extract(PlainTextFixtures.portalWithAgencies)
        #expect(article.title == "Xi, Putin to meet in Samarkand as SCO summit opens")
        // IST names three zones: the date is kept, the time is not; "Published" beats "Updated".
        #expect(article.published == "2022-09-15")
        #expect(article.credit == "agencies")
        #expect(article.dateline == "NEW DELHI")
        #expect(article.outlet == "Bennett Herald Media")
        #expect(article.paragraphs == PlainTextFixtures.portalParagraphs)
    }

    @Test func hardWrappedWireCopyIsJoinedBack() throws {
        let article = try extract(PlainTextFixtures.wrappedWire)
        #expect(article.title == "Xi arrives in Samarkand for SCO summit, state visit to Uzbekistan")
        #expect(article.published == "2022-09-15")
        #expect(article.credit == "Xinhua")
        #expect(article.dateline == "BEIJING, Sept. 15")
        #expect(article.paragraphs.count == 3)
        #expect(
            article.paragraphs.first
                == "BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping arrived in Samarkand on Wednesday evening for the 22nd meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) and a state visit to Uzbekistan."
        )
        #expect(article.paragraphs.last?.hasSuffix("fruitful results in cooperation in recent years.") == true)
    }

    @Test func plainParagraphsAreAllKept() throws {
        let text = PlainTextFixtures.plainParagraphs.joined(separator: "\n\n")
        let article = try extract(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == PlainTextFixtures.plainParagraphs)
        // One paragraph per line, no blank lines: the same.
        #expect(
            try extract(PlainTextFixtures.plainParagraphs.joined(separator: "\n")).paragraphs
                == PlainTextFixtures.plainParagraphs)
    }

    @Test func plainTextWithAHeadline() throws {
        let text =
            "\u{FEFF}Library branch to close at year end\r\n\r\n"
            + PlainTextFixtures.plainParagraphs.joined(separator: "\r\n\r\n") + "\r\n"
        let article = try extract(text)
        #expect(article.title == "Library branch to close at year end")
        #expect(article.paragraphs == PlainTextFixtures.plainParagraphs)
    }

    @Test func commentsAreNotTheStory() throws {
        let article = try extract(PlainTextFixtures.withComments)
        #expect(article.title == "Harbour ferry fares to rise in October")
        #expect(article.byline == "Tom Whitaker")
        #expect(article.paragraphs.count == 2)
        #expect(!article.text.contains("shoestring"))
        #expect(!article.text.contains("exactly what we feared"))
    }

    @Test func aSignOffOnItsOwnLineIsTheCredit() throws {
        let text = PlainTextFixtures.plainParagraphs.joined(separator: "\n") + "\n-AFP\nLatest News\nOne\nTwo\n"
        let article = try extract(text)
        #expect(article.credit == "AFP")
        #expect(article.paragraphs == PlainTextFixtures.plainParagraphs)
    }

    @Test(arguments: ["", "   \n\n \t \n", "\u{FEFF}"])
    func emptyInputIsEmpty(text: String) {
        #expect {
            try extract(text, source: "empty.txt")
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == .empty && error.description == "empty.txt: the input holds no text"
        }
    }

    @Test func aHeadlineAloneIsNoArticle() {
        #expect {
            try extract("Xi vows backing for Kazakhstan in first trip since pandemic\n", source: "title.txt")
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == .noArticle
                && error.description
                    == "title.txt: found a headline (\"Xi vows backing for Kazakhstan in first trip since pandemic\") but no article paragraphs"
        }
        #expect(throws: IngestError.self) {
            try extract("Xi vows backing for Kazakhstan\n\nThursday, 15 September, 2022\n\nphoto : AFP\n")
        }
    }

    @Test func aPageOfMenusIsNoArticle() {
        let login = "Home\nVideo\nGallery\nSign in\nEmail\nPassword\nForgot password?\nCreate account\nLatest News\n"
        #expect {
            try extract(login, source: "login.txt")
        } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == .noArticle && error.message.hasPrefix("found no article paragraphs in 9 lines")
        }
    }

    @Test func aStandfirstRepeatedInTheStoryIsKeptOnce() throws {
        let standfirst = "The council voted on Tuesday to close the Mill Street library branch at the end of the year."
        let lead = standfirst + " Residents said they would appeal against the decision to the county."
        let text = """
            Library branch to close
            \(standfirst)
            September 15, 2022
            \(lead)
            The branch opened in 1931 and was paid for by a public subscription organised by the mill's workers.
            """
        let article = try extract(text)
        #expect(article.paragraphs.first == lead)
        #expect(article.paragraphs.count == 2)
        #expect(article.published == "2022-09-15")
    }

    /// Smoothing alone would keep short lines between two paragraphs as subheadings; three or
    /// more in a row are a list of links.
    @Test func aListOfLinksInsideTheStoryIsDropped() throws {
        let p = PlainTextFixtures.plainParagraphs
        let text = """
            \(p[0])
            Storm knocks out power to 40,000 homes across the county
            City council delays vote on downtown parking plan
            Police identify driver in fatal crash on Route 9
            \(p[1])
            Why it matters
            \(p[3])
            """
        let article = try extract(text)
        #expect(article.paragraphs == [p[0], p[1], "Why it matters", p[3]])
    }

    /// A caption printed twice in a row, with no photo credit to give it away.
    @Test func aLinePrintedTwiceInARowIsFurniture() throws {
        let caption = "Kassym-Jomart Tokayev greets Xi Jinping at the airport in Nur-Sultan on Wednesday."
        let p = PlainTextFixtures.plainParagraphs
        let text = "Library branch to close\nSeptember 15, 2022\n\(caption)\n\(caption)\n" + p.joined(separator: "\n")
        let article = try extract(text)
        #expect(article.paragraphs == p)
    }

    /// Paragraphs of one short sentence each are still a story.
    @Test func aStoryInShortSentences() throws {
        let lines = [
            "A cat has been rescued from a roof after three days.",
            "She was last seen on 12 September 2022.",
            "Firefighters used a long ladder to reach the animal.",
            "The cat, called Biscuit, was cold but unhurt.",
            "Its owner, Sam Hill, said she was \"over the moon\".",
            "\"I had given up hope,\" she told reporters.",
        ]
        let text =
            "Home\nNews\nSport\nShowbiz\nCat rescued from roof after three days\nBy Kim Lee\n15 September 2022, 10:05 BST\n"
            + lines.joined(separator: "\n") + "\nMost Read\nMan wins lottery twice in one week\nShare this article\n"
        let article = try extract(text)
        #expect(article.title == "Cat rescued from roof after three days")
        #expect(article.byline == "Kim Lee")
        #expect(article.published == "2022-09-15")
        #expect(article.paragraphs == lines)
    }

    /// Where English stopwords say nothing, length and full stops decide.
    @Test func aFrenchPage() throws {
        let paragraphs = [
            "Le président chinois Xi Jinping est arrivé mercredi au Kazakhstan, pour son premier déplacement à l'étranger depuis le début de la pandémie de Covid-19.",
            "Il doit ensuite se rendre en Ouzbékistan pour participer au sommet de l'Organisation de coopération de Shanghai, où il rencontrera Vladimir Poutine.",
        ]
        let text = """
            Accueil
            International
            Politique
            Économie
            Xi Jinping au Kazakhstan pour son premier voyage depuis la pandémie
            Publié le 15 septembre 2022 à 08h30
            \(paragraphs[0])
            \(paragraphs[1])
            Lire aussi
            La Chine et la Russie renforcent leurs liens
            Poutine et Modi se rencontreront vendredi
            L'Ouzbékistan accueille le sommet de l'OCS
            © Le Quotidien 2022
            """
        let article = try extract(text)
        #expect(article.title == "Xi Jinping au Kazakhstan pour son premier voyage depuis la pandémie")
        #expect(article.published == "2022-09-15")
        #expect(article.outlet == "Le Quotidien")
        #expect(article.language == nil)
        #expect(article.paragraphs == paragraphs)
    }
}
