import Foundation
import LodeCore

/// The shell's own declarations: `help`, the settings of output and loading, and the
/// `commands` and `settings` completion domains.
public enum ShellModule: LodeModule {
  public static let name = HelpCommand.module

  public static let commands: [CommandDescriptor] = [HelpCommand.descriptor]

  public static let settings: [Settings.Spec] = [
    Settings.Spec(
      "format", .string, OutputFormat.table.rawValue, "output format",
      choices: OutputFormat.allCases.map(\.rawValue)),
    Settings.Spec("money.compact", .bool, "false", "print money as $500bn instead of $500,000,000,000"),
    Settings.Spec(
      "width", .number, "0", "table width in columns (0 = the terminal's)",
      domain: Settings.NumberDomain(min: 20, max: 10_000, whole: true, zeroMeans: "the terminal's width")),
    Settings.Spec(
      "load.max_file_mb", .number, "100", "largest document file :load and --seeds read, in MB (at most 1023)",
      domain: Settings.NumberDomain(min: 1, max: 1023, whole: false)),
  ]

  public static let completionDomains: [CompletionDomain] = [
    CompletionDomain(
      "commands",
      values: { context in
        context.service("registry", as: CommandRegistry.self)?.names ?? []
      }),
    CompletionDomain("settings", values: { context in context.settings.completionNames }),
  ]
}
