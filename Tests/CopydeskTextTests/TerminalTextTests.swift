import CopydeskText
import Testing

@Suite struct TerminalTextTests {
    @Test func escapeSequencesBecomeVisibleText() {
        let title = "Budget \u{1B}]0;owned\u{07} vote \u{1B}[2J"
        #expect(TerminalText.escaped(title) == "Budget \\x1B]0;owned\\x07 vote \\x1B[2J")
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        let text = "first line\nsecond\tline\r"
        #expect(TerminalText.escaped(text) == "first line\\x0Asecond\\x09line\\x0D")
        #expect(TerminalText.escaped(text, keepingLines: true) == "first line\nsecond\tline\\x0D")
    }

    @Test func c1ControlsDeleteAndBidiOverridesAreShown() {
        #expect(TerminalText.escaped("a\u{9B}31mb\u{7F}") == "a\\x9B31mb\\x7F")
        #expect(TerminalText.escaped("invoice\u{202E}lmth.exe") == "invoice\\u{202E}lmth.exe")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Xi Jinping met Kassym-Jomart Tokayev — « bienvenue », 男性は3人です。"
        #expect(TerminalText.escaped(text) == text)
    }
}
