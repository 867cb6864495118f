import LodeCore
import Testing

@testable import LodeShell

@Suite struct DiagnosticRendererTests {
  @Test func echoesTheLineWithACaretUnderTheSpanAndSuggestions() {
    let d = Diagnostic(
      .name, id: "query.unknownCommand", "no command named `wher`", span: SourceSpan(9, 13),
      hint: "type `help` to list the commands", suggestions: ["where"])
    #expect(
      DiagnosticRenderer().render(d, input: "quotes | wher speaker ~ \"zel\"") == """
        error[query.unknownCommand]: no command named `wher`
          |
        1 | quotes | wher speaker ~ "zel"
          |          ^^^^
          = help: type `help` to list the commands
          = did you mean `where`?

        """)
  }

  @Test func theCaretAccountsForWideCharactersBeforeTheSpan() {
    let d = Diagnostic(
      .syntax, id: "query.parse.unexpectedToken", "unexpected `)`", span: SourceSpan(10, 11))
    let lines = DiagnosticRenderer().render(d, input: "region \"漢字\")").split(separator: "\n")
    #expect(lines[2] == "1 | region \"漢字\")")
    #expect(lines[3] == "  |             ^")
  }

  @Test func pointsIntoTheRightLineOfMultiLineInput() {
    let d = Diagnostic(.syntax, id: "x", "bad", span: SourceSpan(9, 12))
    let text = DiagnosticRenderer().render(d, input: "quotes |\nfoo")
    #expect(text.contains("2 | foo\n  | ^^^\n"))
  }

  @Test func severalSuggestionsReadNaturallyAndWarningsAreLabelled() {
    let d = Diagnostic(
      .warning, id: "corpus.skipped", "skipped x.bin", suggestions: ["a", "b", "c"])
    #expect(
      DiagnosticRenderer().render(d) == """
        warning[corpus.skipped]: skipped x.bin
          = did you mean `a`, `b` or `c`?

        """)
  }

  @Test func aDiagnosticFromAnotherSourceNamesItInsteadOfEchoingTheInput() {
    let d = Diagnostic(
      .io, id: "session.bad", "bad line", span: SourceSpan(3, 5), source: "a.lode", notes: ["n"])
    #expect(
      DiagnosticRenderer().render(d, input: "ignored", asWarning: true) == """
        warning[session.bad]: bad line
          --> a.lode:3..<5
          = note: n

        """)
  }
}
