import CopydeskText

/// One invented story (a ferry accident) as five outlets might carry it: the agency's copy, a
/// reprint word for word, a brief cut to its first two paragraphs, an edited version that
/// changes a count, a vote, a weekday and a phrase, and a local paper's own telling.
enum EditorStory {
    static let lead =
        "A passenger ferry ran aground off the island of Skerra on Tuesday, injuring 14 passengers and forcing the evacuation of more than 200 people, the coast guard said."
    static let quote =
        "“The captain lost steering in heavy fog and the hull struck a rock shelf,” said Marta Lind, a spokeswoman for the coast guard."
    static let inspection = "The ferry operator said the vessel had passed its annual safety inspection in January."
    static let vote =
        "Regional lawmakers voted 8-1 on Monday to open an inquiry into the operator's maintenance records."
    static let divers =
        "Divers were inspecting the damaged hull on Tuesday evening, and salvage crews expected to tow the ship to port within two days."

    static let wire = Article(
        source: "wire.txt", id: "wire", title: "Ferry runs aground off Skerra, 14 passengers hurt",
        published: "2025-03-04T09:00:00Z", outlet: "CPA", paragraphs: [lead, quote, inspection, vote, divers])
    static let reprint = Article(
        source: "reprint.txt", id: "reprint", title: "Ferry runs aground off Skerra, 14 passengers hurt",
        published: "2025-03-04T11:00:00Z", outlet: "Northern Daily", credit: "CPA",
        paragraphs: [lead, quote, inspection, vote, divers])
    static let brief = Article(
        source: "brief.txt", id: "brief", title: "Ferry aground off Skerra", published: "2025-03-04T12:00:00Z",
        outlet: "Island Post", credit: "CPA", paragraphs: [lead, quote])
    static let edited = Article(
        source: "edited.txt", id: "edited", title: "Skerra ferry accident injures 16",
        published: "2025-03-04T13:00:00Z", outlet: "Harbour Times", credit: "CPA",
        paragraphs: [
            lead.replacingAll("14 passengers", with: "16 passengers"), quote,
            inspection.replacingAll("ferry operator", with: "shipping company"),
            vote.replacingAll("8-1", with: "7-2"),
            divers.replacingAll("Tuesday evening", with: "Wednesday evening"),
        ])
    static let own = Article(
        source: "own.txt", id: "own", title: "Islanders demand safer crossing after ferry accident",
        published: "2025-03-05T08:00:00Z", outlet: "Valley Voice",
        paragraphs: [
            "Islanders on Skerra said they had warned for years that the crossing was dangerous.",
            "“We have asked for this crossing to be made safer for a decade,” said Jonas Berg, the island's mayor.",
            "Berg said residents would meet on Thursday to discuss the future of the service.",
            "Skerra relies on the boat for food, fuel and visits by doctors.",
        ])

    static let all = [wire, reprint, brief, edited, own]
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
