import LodeCore
import QuotesModule
import RegionsModule
import Synchronization

/// The values behind `.domain(name)` completion hints, gathered from the modules that know
/// them (people, speakers, quote ids, regions, minerals) plus the shell's own domains
/// (`commands`, `settings`). Published as the context service `"completion"`.
public struct ShellCompletionSource: CompletionSource {
  public typealias Provider = @Sendable (String, Context) -> [String]?

  public var providers: [Provider]
  /// Answers per domain, valid while the context's services (the corpus…) are unchanged.
  private let cache = DomainCache()

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

  /// Modules that know their values as entities with several names.
  public static let entityProviders: [@Sendable (String, Context) -> [[String]]?] = [
    { QuotesModule.completionEntities(domain: $0, context: $1) },
    { RegionsModule.completionEntities(domain: $0, context: $1) },
  ]

  /// Entities for `domain` (cached like values, one entity a line of names).
  public func entities(domain: String, context: Context) -> [[String]] {
    let version = context.servicesVersion
    let key = "entities:" + domain
    if let hit = cache.values(key, version: version) {
      return hit.map { $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) }
    }
    var entities: [[String]]?
    for p in Self.entityProviders {
      entities = p(domain, context)
      if entities != nil { break }
    }
    let found = entities ?? candidates(domain: domain, context: context).map { [$0] }
    cache.store(key, version: version, found.map { $0.joined(separator: "\u{1F}") })
    return found
  }

  /// The first provider that knows `domain` answers; unknown domains give nothing.
  public func candidates(domain: String, context: Context) -> [String] {
    let version = context.servicesVersion
    if let hit = cache.values(domain, version: version) { return hit }
    var values: [String] = []
    for p in providers {
      if let v = p(domain, context) {
        values = v
        break
      }
    }
    cache.store(domain, version: version, values)
    return values
  }
}

/// Domain values remembered with the services version they were computed under.
final class DomainCache: Sendable {
  private let entries = Mutex<[String: (version: Int, values: [String])]>([:])

  func values(_ domain: String, version: Int) -> [String]? {
    entries.withLock { e in
      guard let hit = e[domain], hit.version == version else { return nil }
      return hit.values
    }
  }

  func store(_ domain: String, version: Int, _ values: [String]) {
    entries.withLock { $0[domain] = (version, values) }
  }
}
