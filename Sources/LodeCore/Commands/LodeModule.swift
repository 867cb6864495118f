/// A part of lode, declared once: its commands, expression functions, settings and the
/// completion domains it answers. The shell keeps one list of modules (`ShellModules.all`)
/// and takes everything from it: the registry, the settings `:set` knows, Tab's domain
/// values, the docs and the tests that check every declaration.
public protocol LodeModule {
  /// The name commands carry as their `module` and diagnostics as their namespace.
  static var name: String { get }
  static var commands: [CommandDescriptor] { get }
  static var functions: [FunctionDescriptor] { get }
  /// The settings this module reads (`:set NAME VALUE`).
  static var settings: [Settings.Spec] { get }
  /// The values behind `.domain(name)` completion hints that this module knows.
  static var completionDomains: [CompletionDomain] { get }
}

extension LodeModule {
  public static var commands: [CommandDescriptor] { [] }
  public static var functions: [FunctionDescriptor] { [] }
  public static var settings: [Settings.Spec] { [] }
  public static var completionDomains: [CompletionDomain] { [] }
}
