import Foundation
import LodeTestSupport
import Testing

/// The query language through the real binary: the calculator, errors with position and
/// hints, and field completion on Tab in a real terminal.
@Suite struct QueryEndToEndTests {
  func lode(_ arguments: [String]) throws -> CommandResult {
    try EndToEnd.lode(arguments, home: TemporaryDirectory())
  }

  @Test func aBareExpressionIsACalculator() throws {
    let r = try lode(["-c", "500bn * 50%"])
    #expect(r.status == 0)
    #expect(r.stdout == "$250,000,000,000\n")
    #expect(r.stderr.isEmpty)
  }

  @Test func mixedCurrenciesFailAndSayHowToSetARate() throws {
    let r = try lode(["-c", "1bn USD + 1 EUR"])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("error[query.fx.missingRate]"))
    #expect(r.stderr.contains(":set fx.EUR"), "\(r.stderr)")
    #expect(r.stderr.contains("1 | 1bn USD + 1 EUR\n"), "the line is echoed under the error")
  }

  @Test func aMisspeltOperatorIsPointedAtWithASuggestion() throws {
    let r = try lode(["-c", "quotes | wher x"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("`wher`"))
    #expect(r.stderr.contains("1 | quotes | wher x\n  |          ^^^^\n"), "\(r.stderr)")
    #expect(r.stderr.contains("did you mean `where`"))
  }

  @Test func containmentIsCaseInsensitive() throws {
    let lower = try lode(["-c", "quotes | where speaker ~ \"zel\" | count"])
    let upper = try lode(["-c", "quotes | where speaker ~ \"ZEL\" | count"])
    #expect(lower.status == 0, "\(lower.stderr)")
    #expect(lower.stdout == "6\n", "Zelensky's quotes in the seed")
    #expect(lower.stdout == upper.stdout)
  }

  @Test func tabAfterWhereListsTheTablesFields() throws {
    let home = try TemporaryDirectory()
    let fields = try EndToEnd.lode(["--format", "json", "-c", "quotes | limit 1"], home: home)
    let rows = try JSONSerialization.jsonObject(with: Data(fields.stdout.utf8)) as? [[String: Any]]
    let names = try #require(rows?.first?.keys).sorted()
    #expect(names.contains("speaker") && names.contains("text"))

    let pty = try EndToEnd.shell(home: home)
    pty.type("quotes | where \t")
    let screen = pty.read(until: "lode> quotes | where ", timeout: 60)
    for name in ["speaker", "text", "confidence", "source_start"] {
      #expect(names.contains(name), "\(name) is a quotes field")
      #expect(screen.contains(name), "Tab lists \(name): \(screen)")
    }
    #expect(!screen.contains("timeline"), "commands are not offered after `where`")
    pty.type("\u{03}")
    pty.waitForPrompt(timeout: 60)
    #expect(pty.quit() == 0)
  }
}
