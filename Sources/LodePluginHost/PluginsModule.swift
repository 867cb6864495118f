import Foundation
import LodeCore

/// What the plugin host declares to the shell: the settings a plugin call reads.
public enum PluginsModule: LodeModule {
  public static let name = "plugins"

  public static let settings: [Settings.Spec] = [
    Settings.Spec(
      "plugin.timeout", .number, "10", "seconds a plugin call may take",
      domain: Settings.NumberDomain(
        min: Decimal(sign: .plus, exponent: -3, significand: 1), max: 86400, whole: false)),
    Settings.Spec(
      "plugin.max_message", .number, "16777216", "largest plugin message in bytes",
      domain: Settings.NumberDomain(min: 1024, max: 1_073_741_824, whole: true)),
  ]
}
