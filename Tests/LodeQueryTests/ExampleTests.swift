import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

let builtinExamples: [ExampleCase] =
  QueryBuiltins.commands.flatMap { d in d.examples.map { ExampleCase(command: d.name, example: $0) } }
  + QueryBuiltins.functions.flatMap { f in f.examples.map { ExampleCase(command: f.name, example: $0) } }

/// Every built-in example runs; those with an output print exactly that (scalars and text).
@Test(arguments: builtinExamples)
func builtinExampleRuns(_ c: ExampleCase) {
  let out = show(c.example.input)
  #expect(!out.hasPrefix("error["), "\(c.example.input) → \(out)")
  if let expected = c.example.output { #expect(out == expected) }
}

@Test func everyBuiltinIsDocumented() {
  for d in QueryBuiltins.commands {
    #expect(d.module == "core")
    // One line for `help` and the reference (its text is pinned by docs/commands.md).
    #expect((10...100).contains(d.summary.count) && !d.summary.contains("\n") && !d.summary.hasSuffix("."), "\(d.name): \(d.summary)")
    #expect(!d.examples.isEmpty, "\(d.name) has no example")
  }
  for f in QueryBuiltins.functions {
    #expect(!f.examples.isEmpty, "\(f.name) has no example")
  }
  var r = CommandRegistry()
  #expect(throws: Never.self) { try r.register(QueryBuiltins.commands) }
}

@Test func commandsListsTheRegistryFromTheContext() {
  let i = makeInterpreter()
  #expect(show("commands | where module = \"core\" | count", i) == "\(QueryBuiltins.commands.count)")
  var r = CommandRegistry()
  try? r.register([QueryBuiltins.commands[0]])
  i.context.setService("registry", r)
  #expect(show("commands | count", i) == "1")
}
