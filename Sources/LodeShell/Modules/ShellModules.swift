import CorpusModule
import LodeCore
import LodePluginHost
import LodeQuery
import LodeSession
import QuotesModule
import RegionsModule
import TimelineModule
import ValuationModule

/// Every part of lode that declares commands, functions, settings or completion domains,
/// in registration order. The one list: the registry, `Settings`, Tab's domains, the docs
/// and the declaration tests all read it. A new module is one more line here.
public enum ShellModules {
  public static var all: [any LodeModule.Type] {
    [
      QueryBuiltins.self, ShellModule.self, CorpusModule.self, QuotesModule.self, RegionsModule.self,
      TimelineModule.self, ValuationModule.self, SessionModule.self, PluginsModule.self,
    ]
  }

  /// Every module's settings, in module order.
  public static var settings: [Settings.Spec] { all.flatMap { $0.settings } }

  /// Every module's completion domains, in module order.
  public static var completionDomains: [CompletionDomain] { all.flatMap { $0.completionDomains } }
}
