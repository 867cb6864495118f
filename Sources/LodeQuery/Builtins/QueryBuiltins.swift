import LodeCore

/// The query language's own commands (module "core": where, select, sort, group, …)
/// and expression functions (abs, round, min, …), registered like any module's.
public enum QueryBuiltins {
  public static let commands: [CommandDescriptor] =
    SourceCommands.all + FilterCommands.all + [GetCommand.descriptor] + AggregateCommands.all
    + OutputCommands.all

  public static let functions: [FunctionDescriptor] = BuiltinFunctions.all

  /// A registry holding only the built-ins (for tests, docs and tools).
  public static func registry() -> CommandRegistry {
    var r = CommandRegistry()
    try? r.register(commands)
    try? r.register(functions: functions)
    return r
  }
}
