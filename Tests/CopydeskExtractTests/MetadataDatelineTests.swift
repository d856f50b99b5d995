import CopydeskExtract
import Testing

@Suite struct MetadataDatelineTests {
    @Test(arguments: [
        ("NUR-SULTAN, Sept 14: China's President Xi Jinping was in ex-Soviet Kazakhstan", "NUR-SULTAN, Sept 14"),
        ("WASHINGTON (AP) — President Joe Biden said", "WASHINGTON"),
        ("BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping", "BEIJING, Sept. 15"),
        ("LONDON: Britain's inflation rate", "LONDON"),
        ("NEW DELHI — India on Thursday", "NEW DELHI"),
        ("KYIV, Ukraine (AP) — Russian forces", "KYIV, Ukraine"),
        ("ST. LOUIS (AP) — A jury", "ST. LOUIS"),
        ("LONDON, Sept 15 (Reuters) - British inflation", "LONDON, Sept 15"),
        ("Dhaka, Sept 14 (UNB) - The government", "Dhaka, Sept 14"),
        ("Nur-Sultan (AFP) - China's President", "Nur-Sultan"),
        ("SAMARKAND, Uzbekistan, Sept. 15, 2022 (AP) — Leaders", "SAMARKAND, Uzbekistan, Sept. 15, 2022"),
        ("SÃO PAULO — Brazil's", "SÃO PAULO"),
    ])
    func findsDatelines(paragraph: String, expected: String) {
        #expect(Dateline.detect(in: paragraph) == expected)
    }

    @Test(arguments: [
        "NATO said on Monday that it would send more troops.",
        "NATO: The alliance will meet on Friday.",
        "SUMMARY: Chinese President Xi Jinping’s Visit to Kazakhstan",
        "BREAKING: Xi lands in Kazakhstan",
        "The minister said: \"We will sign.\"",
        "President Xi said: \"We firmly support you.\"",
        "Xi said his focus during this visit was to chart a new blueprint.",
        "However, he added: the plan stands.",
        "Kazakhstan",
        "US: the talks failed",
        "Mr Tokayev - who took office in 2019 - said",
        "At 12:05 the plane landed.",
    ])
    func ignoresOrdinarySentences(paragraph: String) {
        #expect(Dateline.detect(in: paragraph) == nil)
    }
}
