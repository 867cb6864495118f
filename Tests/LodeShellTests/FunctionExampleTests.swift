import LodeCore
import LodeTestSupport
import Testing

/// Every expression function's example with an output (query built-ins and modules)
/// prints exactly that in a fresh shell; the others parse and type-check.
@Suite struct FunctionExampleTests {
  @Test(arguments: ExampleCase.standardFunctions.filter { $0.example.output != nil })
  func exampleOutputMatches(_ c: ExampleCase) throws {
    let expected = try #require(c.example.output)
    let (actual, failed) = c.run()
    #expect(actual == expected, "\(c.command): \(c.example.input)")
    #expect(!failed)
  }

  @Test(arguments: ExampleCase.standardFunctions.filter { $0.example.output == nil })
  func anExampleWithoutOutputParsesAndTypeChecks(_ c: ExampleCase) {
    #expect(c.staticProblems() == [], "\(c.example.input)")
  }
}
