import LodeCore

/// The table flowing into the stage being completed: its schema — from the commands'
/// declarations when they suffice, so a Tab never waits for the corpus — and, only when
/// the values of a field are wanted, its rows (every upstream stage being pure).
struct Upstream {
  var schema: Schema?

  func type(of field: String) -> String? {
    guard let c = schema?.columns.first(where: { $0.name == field }), c.type != .any else { return nil }
    return c.type.rawValue
  }

  /// Commands that pass their input's schema through unchanged.
  static let passThrough: Set<String> = ["where", "sort", "limit", "first", "last", "distinct"]

  /// The schema flowing into the stage that starts after `end`, cached per upstream text.
  static func find(_ c: Completer, end: Int) -> Upstream? {
    guard end > 0 else { return nil }
    let interpreter = c.interpreter
    let text = c.line.slice(SourceSpan(0, end))
    let key = cacheKey(interpreter, text)
    return interpreter.completionCache.upstream(key) {
      guard let statement = try? Parser.parse(text, registry: interpreter.registry) else { return nil }
      if let declared = declaredSchema(statement.pipeline, interpreter) { return Upstream(schema: declared) }
      if let t = interpreter.completionCache.table(key, { run(statement.pipeline, interpreter) }) {
        return Upstream(schema: t.schema)
      }
      return Upstream(schema: staticSchema(statement.pipeline, interpreter))
    }
  }

  /// The rows flowing into the stage after `end` (for value completion): the upstream
  /// run once when all its stages are pure, then cached.
  static func table(_ c: Completer, end: Int) -> Table? {
    guard end > 0 else { return nil }
    let interpreter = c.interpreter
    let text = c.line.slice(SourceSpan(0, end))
    return interpreter.completionCache.table(cacheKey(interpreter, text)) {
      guard let statement = try? Parser.parse(text, registry: interpreter.registry) else { return nil }
      return run(statement.pipeline, interpreter)
    }
  }

  /// Only the column `field` of the upstream, when the upstream is one pure command that
  /// can build its columns separately (`quotes`, `people`): the column's values, not cached.
  static func column(_ c: Completer, end: Int, field: String) -> [Value]? {
    guard end > 0 else { return nil }
    let interpreter = c.interpreter
    let text = c.line.slice(SourceSpan(0, end))
    guard let statement = try? Parser.parse(text, registry: interpreter.registry),
      statement.pipeline.stages.count == 1, case .command(let cmd) = statement.pipeline.stages[0],
      let d = interpreter.registry.lookup(cmd.name), d.pure, let build = d.columns
    else { return nil }
    let runner = interpreter.runner()
    guard (try? runner.checkInput(d, cmd, .null)) != nil,
      let call = try? runner.makeInvocation(d, cmd, input: .null),
      let columns = try? build(call, interpreter.context, [field]), columns.count == 1
    else { return nil }
    return columns[0]
  }

  /// What an upstream result depends on besides its text: services, settings, variables.
  static func cacheKey(_ interpreter: Interpreter, _ text: String) -> CompletionCache.Key {
    CompletionCache.Key(
      text: text, services: interpreter.context.servicesVersion,
      interpreter: interpreter.stateVersion, settings: interpreter.context.settings)
  }

  /// The upstream's table, when every stage is pure (so running it for a Tab is harmless).
  private static func run(_ pipeline: Pipeline, _ interpreter: Interpreter) -> Table? {
    let pure = pipeline.stages.allSatisfy { stage in
      if case .command(let cmd) = stage { return interpreter.registry.lookup(cmd.name)?.pure ?? false }
      return true
    }
    guard pure, pipeline.stages.count <= 12 else { return nil }
    return (try? interpreter.runner().run(pipeline))?.value.tableValue
  }

  /// The exact schema from declarations alone, or nil when some stage's output is not
  /// declared (then the upstream is run): variables' tables, `outputSchema`, core
  /// pass-through operators, `select` and `distinct` of known fields.
  static func declaredSchema(_ p: Pipeline, _ interpreter: Interpreter) -> Schema? {
    var schema: Schema?
    for stage in p.stages {
      switch stage {
      case .variable(let name, _):
        guard let s = interpreter.variables[name]?.tableValue?.schema else { return nil }
        schema = s
      case .expression: return nil
      case .command(let cmd):
        guard let d = interpreter.registry.lookup(cmd.name) else { return nil }
        let fields = cmd.arguments.flatMap { a -> [String] in
          if case .fields(let keys) = a.content { return keys.map(\.name) }
          return []
        }
        if d.module == "core", passThrough.contains(d.name), d.name != "distinct" || fields.isEmpty {
          guard schema != nil else { return nil }
          continue
        }
        if d.module == "core", d.name == "select" || d.name == "distinct" {
          guard let columns = schema?.columns else { return nil }
          var picked: [Schema.Column] = []
          for name in fields {
            guard var column = columns.first(where: { $0.name == name }) else { return nil }
            if d.name == "select" { column.hidden = false }
            picked.append(column)
          }
          schema = Schema(picked)
          continue
        }
        guard let declared = d.outputSchema else { return nil }
        if d.extendsInput {
          guard let input = schema else { return nil }
          schema = Schema(input.columns + declared.columns)
          continue
        }
        schema = declared
      }
    }
    return schema
  }

  /// A best-effort schema for an upstream that cannot run (not pure): declarations where
  /// known, field names alone for `select`.
  static func staticSchema(_ p: Pipeline, _ interpreter: Interpreter) -> Schema? {
    var schema: Schema?
    for stage in p.stages {
      switch stage {
      case .variable(let name, _): schema = interpreter.variables[name]?.tableValue?.schema
      case .expression: schema = nil
      case .command(let cmd):
        guard let d = interpreter.registry.lookup(cmd.name) else { return nil }
        if d.module == "core" && passThrough.contains(d.name) && !(d.name == "distinct" && !cmd.arguments.isEmpty) {
          continue
        }
        if d.module == "core", d.name == "select" || d.name == "distinct" {
          let names = cmd.arguments.flatMap { a -> [String] in
            if case .fields(let keys) = a.content { return keys.map(\.name) }
            return []
          }
          schema = Schema(names.map { n in schema?.columns.first { $0.name == n } ?? Schema.Column(n) })
          continue
        }
        if d.extendsInput, let input = schema {
          schema = Schema(input.columns + (d.outputSchema?.columns ?? []))
          continue
        }
        schema = d.outputSchema
      }
    }
    return schema
  }
}
