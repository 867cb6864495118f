import LodeCore

/// What completion worked out for an upstream pipeline — its schema, its table (only once
/// field values were asked for) and, per field, the distinct values with their folded
/// keys — kept while nothing it depends on changes.
///
/// Pressing Tab again on a large corpus (`quotes | where speaker = "Zel`) then costs a
/// lookup instead of rebuilding the table. An entry is valid for one upstream text, one
/// state of the context's services (the corpus…), settings, variables and registry.
final class CompletionCache {
  struct Key: Hashable {
    var text: String
    var services: Int
    var interpreter: Int
    var settings: Settings
  }

  /// Distinct values of a field in display order, each with its `Fold.key`.
  typealias Values = [(text: String, key: String)]

  private struct Entry {
    var key: Key
    var upstream: Upstream??
    var table: Table??
    var values: [String: Values?] = [:]
  }

  private var entries: [Entry] = []
  private let capacity = 8
  private var domains: [String: (version: [Int], values: Values)] = [:]

  /// The entry for `key`, created (and older states dropped) when missing.
  private func index(_ key: Key) -> Int {
    if let i = entries.firstIndex(where: { $0.key == key }) { return i }
    entries.removeAll { $0.key.services != key.services || $0.key.interpreter != key.interpreter }
    if entries.count >= capacity { entries.removeFirst() }
    entries.append(Entry(key: key))
    return entries.count - 1
  }

  /// The cached upstream schema for `key`, or `compute()`'s result, remembered.
  func upstream(_ key: Key, _ compute: () -> Upstream?) -> Upstream? {
    if case .some(let up) = entries[index(key)].upstream { return up }
    let up = compute()
    entries[index(key)].upstream = .some(up)
    return up
  }

  /// The cached upstream table for `key`, or `compute()`'s result, remembered.
  func table(_ key: Key, _ compute: () -> Table?) -> Table? {
    if case .some(let t) = entries[index(key)].table { return t }
    let t = compute()
    entries[index(key)].table = .some(t)
    return t
  }

  /// The cached distinct values of `field` under `key`, or `compute()`'s (nil too), remembered.
  func values(_ key: Key, field: String, _ compute: () -> Values?) -> Values? {
    if case .some(let v) = entries[index(key)].values[field] { return v }
    let v = compute()
    entries[index(key)].values[field] = v
    return v
  }

  /// A completion domain's values (`said "Zel`) with their folded keys, kept while
  /// `version` (services, variables and registry) is unchanged: each name is folded once.
  func domain(_ name: String, version: [Int], _ compute: () -> Values) -> Values {
    if let hit = domains[name], hit.version == version { return hit.values }
    let v = compute()
    domains[name] = (version, v)
    return v
  }
}
