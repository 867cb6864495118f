import LodeCore
import LodeQuery

/// The query-language target: any bytes (lossily decoded, as a terminal would) are a line.
///
/// Checks: spans stay inside the line; a line that parses prints to text that parses back
/// to the same tree and runs to the same result; failures always carry a diagnostic.
enum QueryFuzz {
  static let registry = QueryBuiltins.registry()

  static func run(_ data: [UInt8]) -> [FuzzFinding] {
    var f = Findings()
    let line = String(decoding: data, as: UTF8.self)
    let length = line.unicodeScalars.count
    let (tokens, problems) = Lexer.tokenize(line)
    for t in tokens {
      f.check(
        t.span.start >= 0 && t.span.end <= length, "lexer.span",
        "token `\(t.text)` at \(t.span) outside a line of \(length) scalars")
    }
    for d in problems { checkSpan(d, length, "lexer", &f) }
    var printed: String?
    do throws(Diagnostic) {
      let tree = try Parser.parse(line, registry: registry)
      let text = Printer.print(tree)
      printed = text
      do throws(Diagnostic) {
        let again = try Parser.parse(text, registry: registry)
        f.check(again == tree, "printer.roundTrip", "`\(line)` prints as `\(text)`, which parses to another tree")
      } catch {
        f.fail("printer.reparse", "`\(line)` prints as `\(text)`, which fails: \(error.id) \(error.message)")
      }
    } catch {
      checkSpan(error, length, "parser", &f)
    }
    let outcome = execute(line, &f)
    if let printed, printed != line {
      let again = execute(printed, &f)
      f.check(
        again == outcome, "printer.sameResult",
        "`\(line)` gives \(outcome) but its printed form `\(printed)` gives \(again)")
    }
    let cursor = data.isEmpty ? 0 : Int(data[0]) % (length + 1)
    let completion = environment().complete(line, cursor: cursor)
    f.check(
      completion.replaceFrom >= 0 && completion.replaceFrom <= cursor, "completion.replaceFrom",
      "replaceFrom \(completion.replaceFrom) for cursor \(cursor) in `\(line)`")
    _ = Interpreter.needsMoreInput(line)
    return f.items
  }

  /// What a line did, compared between a line and its printed form.
  enum Outcome: Equatable, CustomStringConvertible {
    case empty, value(Value), assigned(String, Value), failure

    var description: String {
      switch self {
      case .empty: "nothing"
      case .value(let v): "value \(v.formatted())"
      case .assigned(let n, let v): "$\(n) = \(v.formatted())"
      case .failure: "a failure"
      }
    }
  }

  /// Runs the line in a fresh environment and renders the result in every output format.
  static func execute(_ line: String, _ f: inout Findings) -> Outcome {
    switch environment().execute(line) {
    case .empty: return .empty
    case .value(let o):
      render(o)
      checkShown(o.value, line, &f)
      return .value(o.value)
    case .assigned(let name, let o):
      render(o)
      checkShown(o.value, line, &f)
      return .assigned(name, o.value)
    case .failure(let ds):
      f.check(!ds.isEmpty, "execute.failure", "`\(line)` failed without a diagnostic")
      for d in ds where d.id.hasSuffix("flow") {
        f.check(d.span != nil, "execute.rangeSpan", "`\(line)`: \(d.id) without a span")
      }
      return .failure
    }
  }

  /// A number that is not zero never shows as a bare 0 (`0`, `$0.00`, `0%`).
  static func checkShown(_ v: Value, _ line: String, _ f: inout Findings) {
    guard let d = v.decimalValue, !d.isZero, !d.isNaN else { return }
    let text = v.formatted()
    f.check(
      text.contains { $0.isNumber && $0 != "0" }, "render.bareZero",
      "`\(line)` gives a value that is not 0 but shows as `\(text)`")
  }

  /// Rows rendered of a larger table: every row goes through the same per-row code, and a
  /// line such as `range 991880` rendered in five formats, twice, under ASan, outlasts
  /// libFuzzer's per-input timeout without testing anything more.
  static let renderedRows = 10_000

  static func render(_ o: CommandOutput) {
    let value = bounded(o.value)
    _ = value.formatted()
    _ = o.display.map(bounded)?.formatted()
    _ = JSONWriter.write(value)
    _ = CSVWriter.write(value)
    _ = MarkdownWriter.write(value)
  }

  static func bounded(_ v: Value) -> Value {
    switch v {
    case .table(var t) where t.rows.count > renderedRows:
      t.rows.removeSubrange(renderedRows...)
      return .table(t)
    case .list(let items) where items.count > renderedRows:
      return .list(Array(items.prefix(renderedRows)))
    default:
      return v
    }
  }

  static func checkSpan(_ d: Diagnostic, _ length: Int, _ stage: String, _ f: inout Findings) {
    guard let s = d.span else { return }
    f.check(
      s.start >= 0 && s.end <= length + 1, "\(stage).diagnosticSpan",
      "\(d.id) at \(s) outside a line of \(length) scalars")
  }

  /// An interpreter over the built-ins with a small table `$t` and a few scalars.
  static func environment() -> Interpreter {
    let i = Interpreter(registry: registry, context: Context())
    i.variables = SampleData.variables
    return i
  }
}
