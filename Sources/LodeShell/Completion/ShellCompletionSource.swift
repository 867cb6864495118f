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
  private let cache = DomainCache<[String]>()
  private let entityCache = DomainCache<[[String]]>()

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

  /// Entities for `domain`, cached like values while the services are unchanged.
  public func entities(domain: String, context: Context) -> [[String]] {
    let version = context.servicesVersion
    if let hit = entityCache.values(domain, version: version) { return hit }
    var entities: [[String]]?
    for p in Self.entityProviders {
      entities = p(domain, context)
      if entities != nil { break }
    }
    let found = entities ?? candidates(domain: domain, context: context).map { [$0] }
    entityCache.store(domain, version: version, found)
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

/// Domain values (or entities) remembered with the services version they were computed under.
final class DomainCache<Values: Sendable>: Sendable {
  private let entries = Mutex<[String: (version: Int, values: Values)]>([:])

  func values(_ domain: String, version: Int) -> Values? {
    entries.withLock { e in
      guard let hit = e[domain], hit.version == version else { return nil }
      return hit.values
    }
  }

  func store(_ domain: String, version: Int, _ values: Values) {
    entries.withLock { $0[domain] = (version, values) }
  }
}
