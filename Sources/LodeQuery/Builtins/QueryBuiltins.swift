import LodeCore

/// The query language's own commands (module "core": where, select, sort, group, …),
/// expression functions (abs, round, min, …) and the exchange rates its money arithmetic
/// reads (`fx.EUR`), declared like any module's.
public enum QueryBuiltins: LodeModule {
  public static let name = "core"

  public static let commands: [CommandDescriptor] =
    SourceCommands.all + FilterCommands.all + [GetCommand.descriptor] + AggregateCommands.all
    + OutputCommands.all

  public static let functions: [FunctionDescriptor] = BuiltinFunctions.all

  public static let settings: [Settings.Spec] = [ExchangeRates.spec]

  /// A registry holding only the built-ins (for tests, docs and tools).
  public static func registry() -> CommandRegistry {
    var r = CommandRegistry()
    try? r.register(commands)
    try? r.register(functions: functions)
    return r
  }
}
