import CopydeskText

/// Stories written for these tests, modelled on wire copy and its reprints. Expected spans are
/// marked inside the text with ⟦ ⟧ (see ``MarkedArticle``); each story's comment says what the
/// marks are.
enum Stories {
    // MARK: A flood: the wire, a lightly edited reprint, a rewrite.

    /// Marks: 0 the passage both print before the reprint's "north-eastern"; 1 the passage after
    /// it, through the quote; 2 the quotation.
    static let floodWire = MarkedArticle(
        id: "wire", published: "2024-03-06", dateline: "DHAKA, March 5",
        [
            "⟦DHAKA, March 5 — Flash floods killed at least 12 people in⟧ northeastern ⟦Bangladesh on Tuesday, officials said, as rivers burst their banks after three days of heavy rain.",
            "“⟦The water came at night and we lost everything⟧,” said Rahima Begum, a farmer in Sylhet district⟧.",
            "The Bangladesh Water Development Board said river levels were expected to fall by Friday.",
            "Prime Minister Sheikh Hasina ordered relief teams to the area, according to a government statement.",
        ])

    static let floodReprint = MarkedArticle(
        id: "reprint", published: "2024-03-06",
        [
            "DHAKA, March 5 — Flash floods killed at least 12 people in north-eastern Bangladesh on Tuesday, officials said, as rivers burst their banks after three days of heavy rain.",
            "“The water came at night and we lost everything,” said Rahima Begum, a farmer in Sylhet district.",
            "Hasina ordered relief teams to the area, a government statement said.",
            "Local media reported that schools in the district would stay closed this week.",
        ])

    /// Marks: 0 the rewrite's indirect speech for Begum's quote; 1 her partial quote.
    static let floodRewrite = MarkedArticle(
        id: "rewrite", published: "2024-03-06",
        [
            "Twelve people died when sudden floods hit north-east Bangladesh on Tuesday after three days of torrential rain, authorities said.",
            "⟦Farmer Rahima Begum told reporters the water arrived at night and her family lost everything.⟧",
            "Begum said she had ‘⟦never seen anything like it⟧’.",
        ])

    // MARK: Quote mechanics in one article.

    /// Marks, in order: every quotation the finder must return, without its marks.
    static let measles = MarkedArticle(
        id: "measles", published: "2024-05-03",
        [
            "GENEVA, May 2 — The World Health Organization (WHO) warned on Thursday that measles cases had tripled in 14 countries.",
            "“⟦We are seeing outbreaks we have not seen in a decade⟧,” said Dr Tedros Adhanom Ghebreyesus, the WHO chief. “⟦Children are dying of a disease we know how to prevent.⟧”",
            "He called the figures a sign of “⟦collective failure⟧”.",
            "\"⟦Vaccination rates fell during the pandemic and have not recovered⟧,\" a WHO statement said.",
            "Tedros added: “⟦This is not a problem of science. It is a problem of will.",
            "“Every country has the tools it needs, and every child deserves them.⟧”",
            "Health Minister Anna Kowalska told reporters in Warsaw: “⟦Parents keep asking me, ‘Is it safe?’ and the answer is yes.⟧”",
            "She said the ministry’s ‘Shot of Hope’ campaign had reached 2 million children.",
            "The minister said earlier that vaccination was ‘⟦the best investment a country can make⟧’.",
            "According to Kowalska, “⟦no child should die of measles in 2024.⟧”",
        ])

    static let measlesBrief = MarkedArticle(
        id: "brief", published: "2024-05-03",
        ["Measles cases have tripled in 14 countries, the WHO said."])

    // MARK: A budget pledge in four outlets.

    /// Marks: 0 the quotation.
    static let budgetWire = MarkedArticle(
        id: "wire", published: "2024-03-05",
        [
            "MADRID, March 5 — “⟦We will not raise taxes on working families this year⟧,” Finance Minister Maria Lopez said on Monday.",
            "The International Monetary Fund (IMF) expects the economy to grow 3.5 percent.",
        ])

    /// Marks: 0 the partial quotation.
    static let budgetDaily = MarkedArticle(
        id: "daily", published: "2024-03-05",
        [
            "Lopez promised on March 4 “⟦not to raise taxes on working families⟧”, despite pressure from the IMF."
        ])

    /// Marks: 0 the indirect speech that carries the quotation.
    static let budgetWeekly = MarkedArticle(
        id: "weekly", published: "2024-03-05",
        [
            "⟦Maria Lopez pledged yesterday that taxes for working families would not go up this year.⟧",
            "Growth should reach 3.5% according to the IMF.",
        ])

    static let budgetBlog = MarkedArticle(
        id: "blog", published: "2024-03-05",
        ["The International Monetary Fund published its outlook for Spain in Madrid."])
}
