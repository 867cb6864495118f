import LodeCore

/// The table flowing into the stage being completed: its schema, and its rows when
/// every upstream stage is pure and so may be run for completion.
struct Upstream {
  var schema: Schema?
  var table: Table?

  func type(of field: String) -> String? {
    guard let c = schema?.columns.first(where: { $0.name == field }), c.type != .any else { return nil }
    return c.type.rawValue
  }

  /// Commands that pass their input's schema through unchanged.
  static let passThrough: Set<String> = ["where", "sort", "limit", "first", "last", "distinct"]

  static func find(_ c: Completer, end: Int) -> Upstream? {
    guard end > 0 else { return nil }
    let text = c.line.slice(SourceSpan(0, end))
    return c.interpreter.completionCache.upstream(cacheKey(c.interpreter, text)) {
      compute(c.interpreter, text)
    }
  }

  /// What an upstream result depends on besides its text: services, settings, variables.
  static func cacheKey(_ interpreter: Interpreter, _ text: String) -> CompletionCache.Key {
    CompletionCache.Key(
      text: text, services: interpreter.context.servicesVersion,
      interpreter: interpreter.stateVersion, settings: interpreter.context.settings)
  }

  private static func compute(_ interpreter: Interpreter, _ text: String) -> Upstream? {
    guard let statement = try? Parser.parse(text, registry: interpreter.registry) else { return nil }
    let pipeline = statement.pipeline
    let pure = pipeline.stages.allSatisfy { stage in
      if case .command(let cmd) = stage { return interpreter.registry.lookup(cmd.name)?.pure ?? false }
      return true
    }
    if pure, pipeline.stages.count <= 12, let out = try? interpreter.runner().run(pipeline), let t = out.value.tableValue {
      return Upstream(schema: t.schema, table: t)
    }
    return Upstream(schema: staticSchema(pipeline, interpreter), table: nil)
  }

  /// The schema worked out from declarations alone (`outputSchema`, core operators).
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
        schema = d.outputSchema
      }
    }
    return schema
  }
}
