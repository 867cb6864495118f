import Foundation
import LodeCore

extension Invocation {
  /// The field names of a `.fields` argument (empty when absent).
  public func fieldNames(_ parameter: String) -> [String] {
    guard case .list(let items)? = arguments[parameter] else { return [] }
    return items.compactMap(\.stringValue)
  }

  /// Per field of a `.fields` argument, whether `desc` was written.
  public func fieldDescending(_ parameter: String) -> [Bool] {
    let names = fieldNames(parameter)
    guard case .list(let items)? = arguments[parameter + ".order"] else {
      return names.map { _ in false }
    }
    return items.map { $0.stringValue == "desc" }
  }

  /// Column indexes of a `.fields` argument in `table`, or an error at the bad field.
  func columnIndexes(_ parameter: String, in table: Table) throws(Diagnostic) -> [Int] {
    var out: [Int] = []
    for (i, name) in fieldNames(parameter).enumerated() {
      guard let c = table.schema.index(of: name) else {
        throw Diagnostic(
          .name, id: "query.unknownField", "no field `\(name)` in the table flowing into `\(command)`",
          span: argumentSpans["\(parameter).\(i)"] ?? span,
          suggestions: Suggest.closest(to: name, in: table.schema.names))
      }
      out.append(c)
    }
    return out
  }

  /// A whole-number argument ≥ 0, or an error at it.
  func count(_ parameter: String, default value: Int) throws(Diagnostic) -> Int {
    guard let v = arguments[parameter] else { return value }
    guard case .number(let d) = v, d >= 0, d == d.rounded0, d <= 1_000_000_000 else {
      throw error(
        "query.argument.badCount", "`\(command)` needs a whole number ≥ 0, got \(v.formatted())",
        at: parameter)
    }
    return NSDecimalNumber(decimal: d).intValue
  }
}
