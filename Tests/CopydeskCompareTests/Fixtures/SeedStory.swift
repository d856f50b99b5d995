import CopydeskText

/// The seed story: Xi Jinping's visit to Kazakhstan on 14 September 2022, as AFP's wire copy
/// printed by The Daily Observer and as a summary by another outlet. Only the article paragraphs
/// are kept (what the extractors return), so these tests do not depend on the extractors.
enum SeedStory {
    static let afp = Article(
        source: "000_d44658b7300e1f77.txt", id: "observer-afp",
        title: "Xi vows backing for Kazakhstan in first trip since pandemic",
        published: "2022-09-15", outlet: "The Daily Observer", credit: "AFP", dateline: "NUR-SULTAN, Sept 14",
        paragraphs: [
            #"NUR-SULTAN, Sept 14: China's President Xi Jinping was in ex-Soviet Kazakhstan Wednesday on his first trip abroad since the early days of the coronavirus pandemic, ahead of a meeting with Russian leader Vladimir Putin."#,
            #"Their highly-anticipated meeting comes as Russia suffers serious setbacks in Ukraine, but China has stood firm in its support of Putin and their "no limits" friendship."#,
            #"During a meeting with President Kassym-Jomart Tokayev, Xi vowed full support for Kazakhstan's sovereignty at a time when the ex-Soviet Central Asian region has been spooked by Russia's invasion of Ukraine."#,
            #""No matter how the international situation changes, we will continue to resolutely support Kazakhstan in protecting its independence, sovereignty and territorial integrity," Xi said, according to a Kazakh government statement."#,
            #"Beijing "firmly supports the reform measures President (Tokayev) has taken to maintain national stability and development, and firmly opposes any forces that interfere in Kazakhstan's internal affairs," Xi said."#,
            #"Tokayev hailed Xi's visit as a reunion of "historic importance", saying the Chinese leader's decision to visit Nur-Sultan first since the start of the pandemic was a sign of "high-level... mutual trust and cooperation"."#,
            #"The ex-Soviet Central Asian region, which Russia sees as in its sphere of influence, is key to China's Belt and Road Initiative (BRI), a trillion-dollar push to improve trade links across the globe by building landmark infrastructure."#,
            #"Tokayev said Beijing and Nur-Sultan had "set an example" for cooperation within the huge BRI initiative and praised prospects for further cooperation."#,
            #"Xi, during his three-day visit to Central Asia, is scheduled to attend a summit of Shanghai Cooperation Organisation (SCO) leaders in Uzbekistan, where he is expected to meet with Putin."#,
            #"The SCO was established in 2001 as a political, economic and security organisation to rival Western institutions and the summit will bring together Xi, Putin, Tokayev, leaders from India, Pakistan and three more ex-Soviet Central Asian countries."#,
            #"Xi wrote ahead of the visit that the group had "set a fine example of a new type of international relations featuring mutual respect, fairness, justice and win-win cooperation, and proved itself an important and constructive force"."#,
        ])

    static let summary = Article(
        source: "001_74f4299413d3256d.txt", id: "summary",
        title: "SUMMARY: Chinese President Xi Jinping’s Visit to Kazakhstan",
        published: "2022-09-15",
        paragraphs: [
            #"Chinese President Xi Jinping kicked off his three-day Central Asian tour on Wednesday. His first stop was in Kazakhstan, where he met with President Kassym-Jomart Tokayev. Xi also travelled to Uzbekistan today to attend a summit of the Shanghai Cooperation Organization (SCO) and later meet with his Russian counterpart Vladimir Putin. Xi’s trip is his first foreign visit since the onset of the COVID-19 pandemic. His last overseas trip was to Myanmar in January 2020."#,
            #"Kazakhstan"#,
            #"The Chinese foreign ministry said Xi was received by President Tokayev and other top Kazakh officials at the Nur Sultan airport. During a meeting with Tokayev, Xi said, “China-Kazakhstan relations have progressed by leaps and bounds” over the last 30 years and today have “reached the high level of permanent comprehensive strategic partnership.”"#,
            #"Xi said his focus during this visit was to “chart a new blueprint for all-round China-Kazakhstan cooperation” and to add a “fresh and strong impetus into the common development and prosperity of both countries.” Xi urged Tokayev to expand bilateral cooperation, especially in the fields of energy and security."#,
            #"“China highly values its relations with Kazakhstan, and firmly supports Kazakhstan in safeguarding national independence, sovereignty and territorial integrity,” the foreign ministry said. Stressing that the friendship between China and Kazakhstan is “unbreakable,” Xi noted that they should “make good use of the existing mechanisms […] to bring bilateral cooperation to a new scale and new level.”"#,
            #"The Chinese leader also called on Kazakhstan to “actively support and participate” in China’s flagship Belt and Road Initiative (BRI). Furthermore, he said China and Kazakhstan should cooperate in multilateral for like the SCO. “The two sides should also step up international coordination, practice true multilateralism and contribute their shares to building a more just and equitable global governance system,” he said."#,
            #"They also signed a joint statement to commemorate the 30th anniversary of their establishment of bilateral ties. “China and Kazakhstan will work for the goal and vision of building a community with a shared future defined by lasting friendship, a high degree of mutual trust and sharing weal and woe,” the Chinese statement declared."#,
            #"Tokayev said Xi’s visit has “historical significance,” since it is his first trip abroad since the COVID-19 outbreak. “I consider this as evidence of a high level of mutual trust and cooperation,” Tokayev noted, stressing that Xi’s visit is “extremely important” because the Chin-Kazakhstan strategic partnership has reached its set trajectory."#,
            #"Finally, Tokayev conferred the ‘Altyn Qiran (golden eagle) Order’ on Xi in appreciation of his contribution to improving bilateral ties."#,
            #"Uzbekistan"#,
            #"Following his meeting with Tokayev, Xi travelled to the Uzbek city of Samarkand to attend the 22nd SCO heads of state meeting. Xi was welcomed by Uzbek President Shavkat Mirziyoyev at the airport. Xi praised the resilience of the China-Uzbekistan strategic partnership and said it has given a “strong boost to peace, stability, prosperity and development of the region.”"#,
            #"Xi mentioned that his visit aims to “deepen” bilateral cooperation and “draw the blueprint for the development of China-Uzbekistan relations.”"#,
            #"The SCO is a security grouping of eight countries—India, China, Russia, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan. The group is expected to add Iran as a member during this year’s summit."#,
            #"In fact, Iranian Foreign Minister Hossein Amirabdollahian announced during the meeting that Iran signed a document to become a permanent member of the SCO. "By signing the document for full membership of the SCO, now Iran has entered a new stage of various economic, commercial, transit and energy cooperation," Abdollahian said. While Tehran will now be able to attend all SCO meetings, it may take some time before the organisation formally declares Iran a member."#,
            #"Russia"#,
            #"Xi is also expected to meet Putin at the sideline of the SCO summit. “The Chinese side is willing to work with the Russian side to continuously implement high-level strategic cooperation between the two countries, safeguard common interests and promote the development of the international order in a more just and reasonable direction,” Yang Jiechi, director of China’s foreign affairs commission, said on Monday during a meeting with Russian ambassador to China Andrey Ivanovich Denisov."#,
            #"“The two sides have firmly supported each other on issues concerning each other’s core interests and cooperated closely on international and multilateral occasions,” Yang noted."#,
        ])
}
