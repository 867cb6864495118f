import Foundation
import LodeCore
import Testing

@testable import LodeQuery

/// Candidate texts for the line with the cursor at the `‸` marker (or the end).
func complete(_ marked: String, _ i: Interpreter = peopleInterpreter()) -> (Int, [String]) {
  let cursor =
    marked.unicodeScalars.firstIndex(of: "‸").map {
      marked.unicodeScalars.distance(from: marked.unicodeScalars.startIndex, to: $0)
    } ?? marked.unicodeScalars.count
  let line = marked.replacingOccurrences(of: "‸", with: "")
  let r = i.complete(line, cursor: cursor)
  return (r.replaceFrom, r.candidates.map(\.text))
}

@Test func commandsAtTheStartOfAStage() {
  let (from, cs) = complete("peo")
  #expect(from == 0)
  #expect(cs == ["people"])
  let (from2, cs2) = complete("people | wh")
  #expect(from2 == 9)
  #expect(cs2 == ["where"])
  #expect(complete("people | ").1.contains("sort"))
}

@Test func secondWordOfTwoWordCommands() {
  let (from, cs) = complete("value pa")
  #expect(from == 6)
  #expect(cs == ["payback"])
}

@Test func fieldsOfTheFlowingTable() {
  let (from, cs) = complete("people | where ")
  #expect(from == 15)
  #expect(Array(cs.prefix(5)) == ["name", "country", "worth", "age", "doc"])
  #expect(complete("people | where co").1 == ["country"])
  #expect(complete("people | sort age desc, n").1 == ["name"])
  #expect(complete("people | select name, ").1.contains("age"))
  #expect(complete("people | where age > 3 | sort ").1.contains("worth"))
  #expect(complete("range 3 | where ").1.first == "n")
}

@Test func fieldsAfterGroupBy() {
  #expect(complete("people | group ").1 == ["by"])
  #expect(complete("people | group by ").1.contains("country"))
  #expect(complete("people | group by country ").1.contains("sum"))
  #expect(complete("people | group by country sum ").1.contains("worth"))
}

@Test func operatorsAfterAField() {
  let (from, cs) = complete("people | where age ")
  #expect(from == 19)
  #expect(cs.contains(">="))
  #expect(cs.contains("~"))
  #expect(complete("people | where age > 3 ").1.contains("and"))
}

@Test func valuesInsideAnOpenString() {
  let (from, cs) = complete("people | where name ~ \"sc")
  #expect(from == 22)
  #expect(cs == ["\"Scott Bessent\""])
  #expect(complete("people | where country = \"").1 == ["\"Ukraine\"", "\"USA\""])
  #expect(complete("people | where country in [\"U").1 == ["\"Ukraine\"", "\"USA\""])
}

@Test func domainValuesComeFromTheCompletionService() {
  struct Names: CompletionSource {
    func candidates(domain: String, context: Context) -> [String] {
      domain == "speakers" ? ["Volodymyr Zelensky", "Donald Trump"] : []
    }
  }
  let i = peopleInterpreter()
  let said = CommandDescriptor(
    name: "said", module: "test", summary: "quotes by a person",
    signature: Signature([Parameter("person", .word, completion: .domain("speakers"))], input: .null)
  ) { _, _ in CommandOutput(.null) }
  try? i.registry.register([said])
  i.context.setService("completion", Names() as any CompletionSource)
  #expect(complete("said \"vol", i).1 == ["\"Volodymyr Zelensky\""])
  #expect(complete("said ", i).1 == ["\"Donald Trump\"", "\"Volodymyr Zelensky\""].reversed())
}

@Test func variablesAndFlags() {
  let i = peopleInterpreter()
  _ = i.execute("let big = 5bn")
  #expect(complete("$b", i).1 == ["$big"])
  #expect(complete("people | where worth > $", i).1 == ["$big"])
  #expect(complete("value payback 5bn at 1bn --", i).1 == ["--growth"])
  #expect(complete("value payback 5bn at 1bn --gr", i).1 == ["--growth"])
}

@Test func keywordsOfTheSignature() {
  #expect(complete("people | to ").1 == ["json", "jsonl", "csv", "md"])
  #expect(complete("value payback 5bn ").1.contains("at"))
  #expect(complete("range 3 ").1.contains("to"))
}

@Test func cursorInTheMiddleOfTheLine() {
  let (from, cs) = complete("people | wh‸ | count")
  #expect(from == 9)
  #expect(cs == ["where"])
}

@Test func completionNeverTrapsOnAnyPrefix() {
  let line = "let x = people | where name ~ \"Zel\" and age > 3 | group by country sum worth | to csv"
  let n = line.unicodeScalars.count
  for cursor in 0...n + 2 {
    _ = peopleInterpreter().complete(line, cursor: cursor)
  }
  _ = peopleInterpreter().complete("", cursor: -5)
}

@Test func operatorsEvenWhenTheSchemaIsUnknown() {
  let i = peopleInterpreter()
  let opaque = CommandDescriptor(
    name: "opaque", module: "test", summary: "no schema, not pure",
    signature: Signature([], input: .null), pure: false
  ) { _, _ in CommandOutput(.table(Table(columns: ["a"]))) }
  try? i.registry.register([opaque])
  #expect(complete("opaque | where a ", i).1.contains("~"))
  #expect(complete("opaque | where ", i).1.contains("round("))
}
