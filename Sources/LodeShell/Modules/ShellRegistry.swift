import LodeCore

/// Builds the command registry from every module's commands and functions.
///
/// A duplicate name or alias does not stop the shell: the clashing command is left out
/// and the clash is reported as a diagnostic naming both modules.
public enum ShellRegistry {
  /// The commands each module contributes, in registration order.
  public static var standardCommands: [[CommandDescriptor]] { ShellModules.all.map { $0.commands } }

  /// Expression functions contributed by the modules.
  public static var standardFunctions: [[FunctionDescriptor]] { ShellModules.all.map { $0.functions } }

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
