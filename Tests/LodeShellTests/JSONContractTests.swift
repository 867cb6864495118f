import Foundation
import LodeCore
import LodeQuery
import LodeSession
import LodeTestSupport
import Testing

@testable import LodeShell

/// The `--format json` contract, held for every example of every command: stdout is one
/// valid JSON document, and each value has its JSON type — numbers, percents and counts
/// JSON numbers, money `{"amount": number, "currency": text}`, durations `{"years"|"days"}`,
/// dates and text strings. A consumer never casts.
@Suite struct JSONContractTests {
  @Test(arguments: ExampleCase.standard + ExampleCase.standardFunctions)
  func everyExampleWritesTypedJSON(_ c: ExampleCase) throws {
    let shell = Shell(options: ShellOptions(format: .json, color: false, width: 100))
    let value: Value
    switch shell.interpreter.execute(c.example.input) {
    case .value(let out), .assigned(_, let out): value = out.value
    case .empty, .failure: return  // examples of errors and meta lines print no document
    }
    // A second shell prints it: commands with effects (`timeline add`) run once in each.
    let out = Shell(options: ShellOptions(format: .json, color: false, width: 100)).run(c.example.input)
    let stdout = String(out.output.dropLast(out.errors.count))
    guard !stdout.isEmpty else { return }
    let parsed = try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    #expect(Self.matches(value, parsed), "\(c.example.input) → \(stdout.prefix(300))")
  }

  /// Whether the parsed JSON has the form the contract gives `v`.
  static func matches(_ v: Value, _ j: Any) -> Bool {
    switch v {
    case .null: return j is NSNull
    case .bool: return j is NSNumber
    case .number, .percent: return j is NSNumber && !(j is String)
    case .money(let m):
      guard let o = j as? [String: Any], o["amount"] is NSNumber, o["currency"] as? String == m.currency else {
        return false
      }
      return m.perYear ? o["per"] as? String == "year" : o["per"] == nil
    case .duration: return (j as? [String: Any]).map { $0["years"] is NSNumber || $0["days"] is NSNumber } ?? false
    case .date(let d): return j as? String == d.iso
    case .string(let s): return j as? String == s
    case .list(let items):
      guard let a = j as? [Any], a.count == items.count else { return false }
      return zip(items, a).allSatisfy { matches($0, $1) }
    case .record(let r):
      guard let o = j as? [String: Any], o.count == Set(r.fields).count else { return false }
      return zip(r.fields, r.values).allSatisfy { f, x in o[f].map { matches(x, $0) } ?? false }
    case .table(let t):
      guard let a = j as? [[String: Any]], a.count == t.count else { return false }
      return zip(t.rows, a).allSatisfy { row, o in
        zip(t.schema.names, row).allSatisfy { f, x in o[f].map { matches(x, $0) } ?? false }
      }
    }
  }
}
