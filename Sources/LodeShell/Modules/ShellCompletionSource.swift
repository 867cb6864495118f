import LodeCore
import Synchronization

/// The values behind `.domain(name)` completion hints: the `CompletionDomain`s the modules
/// declare (`ShellModules.all`). Published as the context service `"completion"`.
public struct ShellCompletionSource: CompletionSource {
  /// The domains known, gathered on first use (not at start-up); the first to declare a
  /// name answers it.
  public var domains: [CompletionDomain] { list() }
  private let list: @Sendable () -> [CompletionDomain]
  /// Answers per domain, valid while the context's services (the corpus…) are unchanged.
  private let cache = DomainCache<[String]>()
  private let entityCache = DomainCache<[[String]]>()

  public init(domains: @escaping @Sendable () -> [CompletionDomain] = { ShellModules.completionDomains }) {
    list = domains
  }

  func declared(_ name: String) -> CompletionDomain? { domains.first { $0.name == name } }

  /// Entities for `domain`, cached like values while the services are unchanged.
  public func entities(domain: String, context: Context) -> [[String]] {
    let version = context.servicesVersion
    if let hit = entityCache.values(domain, version: version) { return hit }
    let found = declared(domain)?.entities(context) ?? []
    entityCache.store(domain, version: version, found)
    return found
  }

  /// The values of `domain`; unknown domains give nothing.
  public func candidates(domain: String, context: Context) -> [String] {
    let version = context.servicesVersion
    if let hit = cache.values(domain, version: version) { return hit }
    let values = declared(domain)?.values(context) ?? []
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
