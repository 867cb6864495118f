import LodeTestSupport
import Testing

/// Every example declared with an output, across all modules, prints exactly that output
/// (table format, no colour, width 100) in a fresh shell.
@Suite struct CommandExampleTests {
  @Test(arguments: ExampleCase.standard.filter { $0.example.output != nil })
  func exampleOutputMatches(_ c: ExampleCase) throws {
    let expected = try #require(c.example.output)
    let (actual, failed) = c.run()
    #expect(actual == expected, "\(c.command): \(c.example.input)")
    #expect(!failed)
  }

  @Test(arguments: ExampleCase.standard)
  func everyExampleNamesAKnownCommand(_ c: ExampleCase) {
    let (actual, _) = c.run()
    #expect(!actual.contains("unknownCommand"), "\(c.example.input)")
  }
}
