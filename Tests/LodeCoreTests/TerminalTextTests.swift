import LodeCore
import Testing

/// Issue 18, defect 2: text for a person shows terminal-active characters instead of
/// sending them to the terminal.
@Suite struct TerminalTextTests {
  @Test func c0ControlsBecomeControlPictures() {
    #expect(TerminalText.visible("a\u{1B}[2Jb") == "a␛[2Jb")
    #expect(TerminalText.visible("x\u{08}y\rz\u{00}") == "x␈y␍z␀")
    #expect(TerminalText.visible("\u{7F}") == "␡")
  }

  @Test func c1BidiAndZeroWidthCharactersAreNamed() {
    #expect(TerminalText.visible("\u{9B}31m") == "<U+009B>31m")
    #expect(TerminalText.visible("abc\u{202E}def") == "abc<U+202E>def")
    #expect(TerminalText.visible("a\u{200B}b\u{2066}c\u{FEFF}") == "a<U+200B>b<U+2066>c<U+FEFF>")
  }

  @Test func newlinesAndTabsStayUnlessSingleLine() {
    #expect(TerminalText.visible("a\n\tb") == "a\n\tb")
    #expect(TerminalText.visible("a\n\tb", singleLine: true) == "a␊␉b")
  }

  @Test func ordinaryTextIsUnchanged() {
    let text = "Зеленський: «рідкісноземельні» 漢字 é $500bn"
    #expect(TerminalText.visible(text) == text)
  }

  @Test func osc52ClipboardAndTitleSequencesCannotReachTheTerminal() {
    let shown = TerminalText.visible("\u{1B}]52;c;aGk=\u{07}\u{1B}]0;owned\u{07}")
    #expect(shown == "␛]52;c;aGk=␇␛]0;owned␇")
    #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }
}
