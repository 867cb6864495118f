import LodeCore
import QuotesModule
import RegionsModule

/// The values behind `.domain(name)` completion hints, gathered from the modules that know
/// them (people, speakers, quote ids, regions, minerals) plus the shell's own domains
/// (`commands`, `settings`). Published as the context service `"completion"`.
public struct ShellCompletionSource: CompletionSource {
  public typealias Provider = @Sendable (String, Context) -> [String]?

  public var providers: [Provider]

  public init(providers: [Provider] = ShellCompletionSource.standardProviders) {
    self.providers = providers
  }

  /// Modules' `completions(domain:context:)` functions, then the shell's domains.
  public static var standardProviders: [Provider] {
    [
      { QuotesModule.completions(domain: $0, context: $1) },
      { RegionsModule.completions(domain: $0, context: $1) },
      { domain, context in
        switch domain {
        case "commands": context.service("registry", as: CommandRegistry.self)?.names
        case "settings": Settings.specs.map(\.name)
        default: nil
        }
      },
    ]
  }

  /// The first provider that knows `domain` answers; unknown domains give nothing.
  public func candidates(domain: String, context: Context) -> [String] {
    for p in providers {
      if let values = p(domain, context) { return values }
    }
    return []
  }
}
