import Foundation
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

@Suite struct DiagnosticWidthTests {
  @Test func aLongEchoIsCutAroundTheSpanSoTheCaretStaysUnderIt() {
    let input =
      "quotes | where speaker = \"Volodymyr Zelensky\" and text ~ \"minerals\" and confidence > 0.5 and kind = \"direkt\" | count"
    let start = input.unicodeScalars.count - 16
    let d = Diagnostic(.name, id: "test.x", "bad", span: SourceSpan(start, start + 6))
    let out = DiagnosticRenderer(width: 60).render(d, input: input)
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines[2].count <= 60)
    #expect(lines[2].hasPrefix("1 | …"))
    let caret = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
    let word = lines[2].range(of: "direkt\"").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) }
    #expect(caret != nil && caret == word.map { $0 - 1 })
    #expect(lines[3].hasSuffix("^^^^^^"))
    // Without a width (a pipe, a file) the echo is whole.
    #expect(DiagnosticRenderer().render(d, input: input).contains(input))
  }
}
