import LodeCore
import Testing
@testable import LodeQuery

/// Completion remembers upstream tables between Tab presses; these check it never answers
/// from a table that has since changed.
@Suite struct CompletionCacheTests {
  func values(_ i: Interpreter, _ line: String) -> [String] {
    i.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func aReassignedVariableIsSeenAtTheNextTab() {
    let i = makeInterpreter()
    _ = i.execute("let t = range 3")
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\"", "\"3\""])
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\"", "\"3\""])
    _ = i.execute("let t = range 2")
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\""])
  }

  @Test func aChangedServiceIsSeenAtTheNextTab() {
    let i = peopleInterpreter()
    let before = values(i, "people | where name = \"")
    #expect(before.count == 5)
    let version = i.context.servicesVersion
    i.context.setService("anything", 1)
    #expect(i.context.servicesVersion > version)
    #expect(values(i, "people | where name = \"") == before)
  }

  @Test func fieldsComeFromTheCacheAfterTheFirstTab() {
    let i = peopleInterpreter()
    let first = values(i, "people | where ")
    #expect(first.contains("name"))
    #expect(values(i, "people | where ") == first)
  }
}
