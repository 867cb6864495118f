import LodeCore

/// What completion computed for an upstream pipeline — its table and, per field, the
/// distinct values with their folded keys — kept while nothing it depends on changes.
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
    var upstream: Upstream?
    var values: [String: Values] = [:]
  }

  private var entries: [Entry] = []
  private let capacity = 8

  /// The cached upstream for `key`, or `compute()`'s result, remembered.
  func upstream(_ key: Key, _ compute: () -> Upstream?) -> Upstream? {
    if let e = entries.first(where: { $0.key == key }) { return e.upstream }
    let up = compute()
    entries.removeAll { $0.key.services != key.services || $0.key.interpreter != key.interpreter }
    if entries.count >= capacity { entries.removeFirst() }
    entries.append(Entry(key: key, upstream: up))
    return up
  }

  /// The cached distinct values of `field` under `key`, or `compute()`'s, remembered.
  func values(_ key: Key, field: String, _ compute: () -> Values) -> Values {
    guard let i = entries.firstIndex(where: { $0.key == key }) else { return compute() }
    if let v = entries[i].values[field] { return v }
    let v = compute()
    entries[i].values[field] = v
    return v
  }
}
