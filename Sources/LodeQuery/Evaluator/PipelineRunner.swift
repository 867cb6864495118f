import LodeCore

/// Runs a parsed pipeline stage by stage, building each command's `Invocation`
/// (arguments evaluated and type-checked, row expressions compiled against the
/// schema of the table flowing in).
struct PipelineRunner {
  var registry: CommandRegistry
  var context: Context
  var variables: [String: Value]
  var functions: [String: FunctionDescriptor]

  func run(_ pipeline: Pipeline) throws(Diagnostic) -> CommandOutput {
    var output = CommandOutput(.null)
    let stages = pipeline.stages
    var i = 0
    while i < stages.count {
      try context.checkCancelled()
      if i + 2 < stages.count,
        let counted = try fusedSourceWhereCount(stages[i], stages[i + 1], stages[i + 2], input: output.value)
      {
        output = counted
        i += 3
        continue
      }
      if i + 1 < stages.count, let joined = try fused(stages[i], stages[i + 1], input: output.value) {
        output = joined
        i += 2
        continue
      }
      output = try runStage(stages[i], input: output.value, first: i == 0)
      i += 1
    }
    return output
  }

  func compiler(schema: Schema?, owner: String?) -> Compiler {
    Compiler(
      schema: schema, variables: variables, functions: functions, context: context,
      settings: context.settings, owner: owner)
  }

  func runStage(_ stage: Stage, input: Value, first: Bool) throws(Diagnostic) -> CommandOutput {
    switch stage {
    case .variable(let name, let span):
      guard let v = variables[name] else {
        throw Diagnostic(
          .name, id: "query.unknownVariable", "no variable `$\(name)`", span: span.wrappedValue,
          hint: "define it first with `let \(name) = …`",
          suggestions: Suggest.closest(to: name, in: variables.keys).map { "$" + $0 })
      }
      return CommandOutput(v)
    case .expression(let e):
      let eval = try compiler(schema: nil, owner: nil).compile(e)
      return CommandOutput(try eval(Table(columns: []), 0))
    case .command(let c):
      guard let d = registry.lookup(c.name) else {
        throw Diagnostic(
          .name, id: "query.unknownCommand", "unknown command `\(c.name)`", span: c.nameSpan,
          suggestions: registry.suggestions(for: c.name))
      }
      try checkInput(d, c, input)
      let call = try makeInvocation(d, c, input: input)
      do throws(Diagnostic) {
        return try d.run(call, context)
      } catch {
        throw error.located(at: c.span)
      }
    }
  }

  func checkInput(_ d: CommandDescriptor, _ c: CommandStage, _ input: Value) throws(Diagnostic) {
    switch d.signature.input {
    case .null where !input.isNull:
      throw Diagnostic(
        .type, id: "query.pipeline.input",
        "`\(d.name)` starts a pipeline; it cannot take input from `|`", span: c.nameSpan,
        hint: "move `\(d.name)` to the start of the line")
    case .table where input.tableValue == nil:
      throw Diagnostic(
        .type, id: "query.pipeline.input",
        "`\(d.name)` needs a table flowing in, got \(Site.article(input))", span: c.nameSpan,
        hint: "start with a table, e.g. `range 10 | \(d.name) …`")
    default:
      break
    }
  }
}
