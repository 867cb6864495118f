import LodeCore

@testable import LodeQuery

/// A fresh interpreter over the built-in commands only.
func makeInterpreter(_ setup: (inout Settings) -> Void = { _ in }) -> Interpreter {
  var settings = Settings(specs: QueryBuiltins.settings)
  setup(&settings)
  return Interpreter(registry: QueryBuiltins.registry(), context: Context(settings: settings))
}

/// Runs a line and returns its value, or the diagnostics as a failure string.
func run(_ line: String, _ interpreter: Interpreter = makeInterpreter()) -> Result<Value, DiagnosticList> {
  switch interpreter.execute(line) {
  case .empty: return .success(.null)
  case .value(let o), .assigned(_, let o): return .success(o.value)
  case .failure(let ds): return .failure(DiagnosticList(items: ds))
  }
}

struct DiagnosticList: Error { var items: [Diagnostic] }

/// The formatted value of a line, or `error[id]` when it fails.
func show(_ line: String, _ interpreter: Interpreter = makeInterpreter()) -> String {
  switch run(line, interpreter) {
  case .success(let v): return v.formatted()
  case .failure(let e): return "error[\(e.items.first?.id ?? "?")]"
  }
}

/// The first diagnostic of a failing line.
func diagnostic(_ line: String, _ interpreter: Interpreter = makeInterpreter()) -> Diagnostic? {
  if case .failure(let e) = run(line, interpreter) { return e.items.first }
  return nil
}
