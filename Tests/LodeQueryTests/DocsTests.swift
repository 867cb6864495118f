import Foundation
import LodeCore
import Testing

@testable import LodeQuery

/// One `lode> ` line of docs/language.md and the lines printed under it.
struct DocExample: Sendable, CustomStringConvertible {
  var input: String
  var output: String
  var line: Int
  var description: String { "docs/language.md:\(line) \(input)" }
}

func docExamples() -> [DocExample] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/language.md")
  guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
  var out: [DocExample] = []
  var inBlock = false
  for (n, line) in text.components(separatedBy: "\n").enumerated() {
    if line.hasPrefix("```") {
      inBlock = line == "```lode"
      continue
    }
    guard inBlock else { continue }
    if line.hasPrefix("lode> ") {
      out.append(DocExample(input: String(line.dropFirst(6)), output: "", line: n + 1))
    } else if !out.isEmpty {
      out[out.count - 1].output += (out[out.count - 1].output.isEmpty ? "" : "\n") + line
    }
  }
  return out
}

/// What the docs show for a line: the value's text, nothing for `let`, `error[ID]: message`.
func docText(_ e: Execution) -> String {
  switch e {
  case .empty, .assigned: return ""
  case .value(let o): return o.value.formatted()
  case .failure(let ds): return ds.map { "error[\($0.id)]: \($0.message)" }.joined(separator: "\n")
  }
}

@Test func languageDocExamplesHold() {
  let examples = docExamples()
  #expect(examples.count >= 40)
  let interpreter = makeInterpreter()
  for ex in examples {
    #expect(docText(interpreter.execute(ex.input)) == ex.output, "\(ex)")
  }
}

@Test func languageDocCoversEveryBuiltin() throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/language.md")
  let text = try String(contentsOf: url, encoding: .utf8)
  for d in QueryBuiltins.commands { #expect(text.contains("**\(d.name)"), "\(d.name) is not documented") }
  for f in QueryBuiltins.functions { #expect(text.contains("`\(f.name)("), "\(f.name) is not documented") }
}
