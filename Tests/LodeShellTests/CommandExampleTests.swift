import LodeCore
import LodeTestSupport
import Testing

/// Every example declared with an output, across all modules, prints exactly that output
/// (table format, no colour, width 100) in a fresh shell; the others parse and type-check.
@Suite struct CommandExampleTests {
  @Test(arguments: ExampleCase.standard.filter { $0.example.output != nil })
  func exampleOutputMatches(_ c: ExampleCase) throws {
    let expected = try #require(c.example.output)
    let (actual, failed) = c.run()
    #expect(actual == expected, "\(c.command): \(c.example.input)")
    #expect(!failed)
  }

  /// One without an output (it needs a rate or a plugin) still parses and type-checks.
  @Test(arguments: ExampleCase.standard.filter { $0.example.output == nil })
  func anExampleWithoutOutputParsesAndTypeChecks(_ c: ExampleCase) {
    #expect(c.staticProblems() == [], "\(c.example.input)")
  }

  /// The check itself: what it catches and what it lets through.
  @Test func staticProblemsAreParseTypeAndNameErrorsOnly() {
    func problems(_ input: String) -> [String] {
      ExampleCase(command: "x", example: Example("", input)).staticProblems()
    }
    #expect(problems("range 3 | count") == [])
    #expect(problems("value convert 500bn to EUR") == [], "needs a rate: a runtime matter")
    #expect(problems("range 3 |") == ["does not parse: query.parse.emptyStage"])
    #expect(problems("value pv \"x\" at 8% for 30y").first?.hasPrefix("type: ") == true)
  }
}
