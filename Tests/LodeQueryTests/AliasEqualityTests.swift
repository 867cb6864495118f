import LodeCore
import Testing

@testable import LodeQuery

/// A hand-made alias table: folded name → entity, as the shell's corpus aliases would be.
struct TestAliases: NameAliases {
  let table: [String: String] = [
    "volodymyr zelensky": "person:zelensky", "zelenskyy": "person:zelensky",
    "zelensky": "person:zelensky", "donald trump": "person:trump", "trump": "person:trump",
    "ukraine": "org:ukraine",
  ]
  func canonical(_ name: String) -> String? { table[Fold.key(name)] }
}

func aliasInterpreter() -> Interpreter {
  let interpreter = peopleInterpreter()
  interpreter.context.nameAliases = TestAliases()
  return interpreter
}

@Suite struct AliasEqualityTests {
  @Test func whereEqualMatchesAnAlias() {
    #expect(show("people | where name = \"Zelenskyy\" | count", aliasInterpreter()) == "1")
    #expect(show("people | where name = \"ZELENSKYY\" | select age | count", aliasInterpreter()) == "1")
  }

  @Test func notEqualExcludesAliases() {
    #expect(show("people | where name != \"Trump\" | count", aliasInterpreter()) == "4")
  }

  @Test func inMatchesAliases() {
    #expect(show("people | where name in [\"Trump\", \"Zelensky\"] | count", aliasInterpreter()) == "2")
  }

  @Test func twoLiteralsAndTwoFields() {
    #expect(show("\"Zelenskyy\" = \"Volodymyr Zelensky\"", aliasInterpreter()) == "true")
    #expect(show("\"Zelenskyy\" = \"Donald Trump\"", aliasInterpreter()) == "false")
    #expect(show("people | where name = country | count", aliasInterpreter()) == "0")
  }

  @Test func unknownNamesStillCompareByFoldedText() {
    #expect(show("people | where name = \"scott BESSENT\" | count", aliasInterpreter()) == "1")
    #expect(show("people | where name = \"Bessent\" | count", aliasInterpreter()) == "0")
  }

  @Test func withoutAliasesOnlyFoldedTextMatches() {
    #expect(show("people | where name = \"Zelenskyy\" | count", peopleInterpreter()) == "0")
    #expect(show("\"Zelenskyy\" = \"Volodymyr Zelensky\"") == "false")
  }
}
