import LodeCore

extension PipelineRunner {
  /// Evaluates value arguments, checks fields and compiles row expressions for one call.
  func makeInvocation(
    _ d: CommandDescriptor, _ c: CommandStage, input: Value
  ) throws(Diagnostic)
    -> Invocation
  {
    var call = Invocation(command: d.name, input: input, span: c.span)
    let schema = input.tableValue?.schema
    for arg in c.arguments {
      let parameter = d.signature.parameters.first { $0.name == arg.parameter }
      call.argumentSpans[arg.parameter] = arg.span
      switch arg.content {
      case .expression(let e):
        let v = try compiler(schema: nil, owner: d.name).compile(e)(Table(columns: []), 0)
        var expected = ValueType.any
        if case .value(let t)? = parameter?.shape { expected = t }
        call.arguments[arg.parameter] = try checked(
          v, expected, d, what: arg.parameter.uppercased(), span: e.span)
      case .word(let w), .choice(let w), .keyword(let w):
        call.arguments[arg.parameter] = .string(w)
      case .fields(let keys):
        if let schema { try checkFields(keys, schema, d) }
        call.arguments[arg.parameter] = .list(keys.map { .string($0.name) })
        if keys.contains(where: { $0.descending != nil }) {
          call.arguments[arg.parameter + ".order"] = .list(
            keys.map { .string($0.descending == true ? "desc" : "asc") })
        }
        for (i, k) in keys.enumerated() { call.argumentSpans["\(arg.parameter).\(i)"] = k.span }
      case .rowExpression(let e):
        var comp = compiler(schema: schema, owner: d.name)
        comp.deferFieldErrors = schema == nil
        let eval = try comp.compile(e)
        var row = RowExpression(
          text: Printer.print(e), span: e.span, evaluate: eval,
          condition: RowExpression.Condition(
            try comp.predicate(e, span: e.span, op: d.name),
            select: try comp.selection(e, span: e.span, op: d.name)))
        row.textEqualities = e.textEqualities
        call.rowExpressions[arg.parameter] = row
      }
    }
    for f in c.flags {
      guard let value = f.value else {
        call.flags[f.name] = .bool(true)
        continue
      }
      let v = try compiler(schema: nil, owner: d.name).compile(value)(Table(columns: []), 0)
      let type = d.signature.flags.first { $0.name == f.name }?.valueType ?? .any
      call.flags[f.name] = try checked(v, type, d, what: "--\(f.name)", span: value.span)
      call.argumentSpans["--" + f.name] = f.span
    }
    return call
  }

  func checked(
    _ v: Value, _ type: ValueType, _ d: CommandDescriptor, what: String, span: SourceSpan
  )
    throws(Diagnostic) -> Value
  {
    if type == .any || v.type == type { return v }
    if let c = Compiler.coerce(v, to: type) { return c }
    throw Diagnostic(
      .type, id: "query.type.mismatch",
      "`\(d.name)` expects \(what) to be \(type == .money ? "money" : "a \(type.rawValue)"), got \(Site.article(v))",
      span: span, hint: "usage: \(d.usage)")
  }

  func checkFields(_ keys: [FieldKey], _ schema: Schema, _ d: CommandDescriptor) throws(Diagnostic) {
    for k in keys where schema.index(of: k.name) == nil {
      let names = schema.names
      throw Diagnostic(
        .name, id: "query.unknownField", "no field `\(k.name)` in the table flowing into `\(d.name)`",
        span: k.span,
        hint: names.isEmpty ? "the table has no fields" : "fields: " + names.prefix(12).joined(separator: ", "),
        suggestions: Suggest.closest(to: k.name, in: names))
    }
  }
}
