import LodeCore
import LodeSession
import Testing

@testable import LodeShell

/// The language habits a new analyst brings (nushell's space-separated fields, `get`, a
/// bare year as a date), what lode says when a `where` keeps nothing, and help for the
/// expression functions.
@Suite struct AnalystLanguageTests {
  func shell(_ format: OutputFormat = .csv) -> Shell {
    Shell(options: ShellOptions(format: format, width: 100, maxRows: nil))
  }

  @Test func fieldsMayBeSeparatedBySpacesAlone() {
    let s = shell()
    #expect(
      s.run("quotes | select speaker kind | first 2").output == s.run("quotes | select speaker, kind | first 2").output)
    #expect(s.run("quotes | select speaker kind | first 1").output == "speaker,kind\nRuslan Stefanchuk,indirect\n")
    #expect(
      s.run("quotes | sort speaker desc kind | select speaker | first 1").output == "speaker\nVolodymyr Zelensky\n")
  }

  @Test func aWhereThatKeepsNothingSaysWhichLiteralMatchedNoValue() {
    let out = shell(.table).run("quotes | where speaker = \"Zelenksy\"")
    #expect(
      out.output.hasSuffix("(no rows)\nno rows: no speaker is \"Zelenksy\"; did you mean \"Volodymyr Zelensky\"?\n"))
    let kind = shell(.csv).run("quotes | where kind = \"direkt\" and confidence > 0")
    #expect(kind.errors == "note: no rows: no kind is \"direkt\"; did you mean \"direct\" or \"indirect\"?\n")
    // A literal that some row holds says nothing, even when other conditions remove the rows.
    #expect(shell(.csv).run("quotes | where kind = \"direct\" and confidence > 5").errors == "")
    // An alias of a quoted person is a match, not a typo.
    #expect(shell(.csv).run("quotes | where speaker = \"Zelenskyy\" | count").output == "6\n")
  }

  @Test func getTakesOneFieldOfARecordOrOneColumnOfATable() {
    let s = shell(.json)
    #expect(s.run("region Zaporizhzhia | get code").output == "\"UA-23\"\n")
    #expect(s.run("range 3 | get n").output == "[1,2,3]\n")
    let typo = s.run("region Zaporizhzhia | get mentons")
    #expect(typo.failed)
    #expect(typo.errors.contains("error[query.unknownField]: no field `mentons` in the record flowing into `get`"))
    #expect(typo.errors.contains("did you mean `mentions`?"))
    #expect(s.run("5 | get n").errors.hasPrefix("error[query.get.notARecord]"))
    #expect(s.run("range 3 | get n, n").errors.hasPrefix("error[query.get.oneField]"))
  }

  @Test func aBareYearIsADateWhereADateIsExpected() {
    let out = shell().run("timeline add 2025 \"Talks resume\"")
    #expect(!out.failed)
    #expect(
      out.output
        == "id,date,mark,summary,actors,precision,order,doc,sentence,start,end,text\nt1,2025,analyst,Talks resume,,year,0,,,,,\n"
    )
    #expect(shell().run("timeline add 25 \"x\"").errors.hasPrefix("error[query.type.mismatch]"))
  }

  @Test func helpListsTheFunctionsAndExplainsOne() {
    let s = shell(.table)
    #expect(
      s.run("help").output.contains("\nFunctions (inside expressions; type `help FUNCTION` for details):\n  abs(x)"))
    #expect(s.run("help").output.contains("\n  round(x, [digits])  "))
    #expect(
      s.run("help round").output.hasPrefix(
        "round — Rounds half away from zero to DIGITS decimals (0 by default)\n\nUsage: round(x, [digits])  (a function, used inside expressions)\n"
      ))
    #expect(s.run("help round()").output == s.run("help round").output)
    #expect(
      s.run("help rond").errors.contains("did you mean `tone` or `round`?")
        || s.run("help rond").errors.contains("`round`"))
  }

  @Test func commandsStagesAreFound() {
    #expect(Shell.listsCommands("commands | count"))
    #expect(Shell.listsCommands("range 3 | commands"))
    #expect(!Shell.listsCommands("quotes | where text ~ \"commands\""))
  }
}
