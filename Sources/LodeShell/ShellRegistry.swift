import CorpusModule
import LodeCore
import LodeQuery
import QuotesModule
import RegionsModule
import TimelineModule
import ValuationModule

/// Builds the command registry from the query built-ins, every module and `help`.
///
/// A duplicate name or alias does not stop the shell: the clashing command is left out
/// and the clash is reported as a diagnostic naming both modules.
public enum ShellRegistry {
  /// The commands each part of lode contributes, in registration order.
  public static var standardCommands: [[CommandDescriptor]] {
    [
      QueryBuiltins.commands, [HelpCommand.descriptor], CorpusModule.commands,
      QuotesModule.commands, RegionsModule.commands, TimelineModule.commands,
      ValuationModule.commands,
    ]
  }

  /// Expression functions contributed by the query layer and modules.
  public static var standardFunctions: [[FunctionDescriptor]] {
    [
      QueryBuiltins.functions, CorpusModule.functions, QuotesModule.functions, RegionsModule.functions,
      TimelineModule.functions, ValuationModule.functions,
    ]
  }

  /// Registers `commands` and `functions` one by one; returns the registry and any clashes.
  public static func build(
    commands: [[CommandDescriptor]] = standardCommands,
    functions: [[FunctionDescriptor]] = standardFunctions
  ) -> (CommandRegistry, [Diagnostic]) {
    var registry = CommandRegistry()
    var problems: [Diagnostic] = []
    for d in commands.joined() {
      do throws(Diagnostic) { try registry.register([d]) } catch { problems.append(error) }
    }
    for f in functions.joined() {
      do throws(Diagnostic) { try registry.register(functions: [f]) } catch {
        problems.append(error)
      }
    }
    return (registry, problems)
  }
}
