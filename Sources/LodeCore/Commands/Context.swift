import Synchronization

/// What a running command can reach: settings, named services (the corpus, the
/// plugin host…), and a cancellation flag Ctrl-C sets from another thread.
///
/// Services are looked up by key so that LodeCore knows none of their types;
/// `LodeModel` adds `context.corpus` as an extension.
public final class Context: Sendable {
  private struct State: Sendable {
    var settings = Settings()
    var services: [String: any Sendable] = [:]
    var warnings: [Diagnostic] = []
    var servicesVersion = 0
  }

  private let state = Mutex(State())
  private let cancelled = Atomic<Bool>(false)

  public init(settings: Settings = Settings()) {
    state.withLock { $0.settings = settings }
  }

  public var settings: Settings {
    get { state.withLock { $0.settings } }
    set { state.withLock { $0.settings = newValue } }
  }

  public func service<T: Sendable>(_ key: String, as type: T.Type = T.self) -> T? {
    state.withLock { $0.services[key] as? T }
  }

  public func setService(_ key: String, _ value: any Sendable) {
    state.withLock {
      $0.services[key] = value
      $0.servicesVersion += 1
    }
  }

  /// Forgets the service under `key` (a later lookup returns nil).
  public func removeService(_ key: String) {
    state.withLock {
      _ = $0.services.removeValue(forKey: key)
      $0.servicesVersion += 1
    }
  }

  /// Bumped whenever a service is set or removed (a new corpus, say), so that caches
  /// derived from services (completion's) can tell they are stale.
  public var servicesVersion: Int { state.withLock { $0.servicesVersion } }

  /// Records a warning to print after the command's output (e.g. a skipped file).
  public func warn(_ d: Diagnostic) { state.withLock { $0.warnings.append(d) } }

  /// Returns and clears the warnings gathered so far.
  public func takeWarnings() -> [Diagnostic] {
    state.withLock {
      let w = $0.warnings
      $0.warnings = []
      return w
    }
  }

  public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
  public func cancel() { cancelled.store(true, ordering: .relaxed) }
  public func resetCancel() { cancelled.store(false, ordering: .relaxed) }

  /// Throws a `runtime` diagnostic when Ctrl-C was pressed; long loops call this.
  public func checkCancelled() throws(Diagnostic) {
    if isCancelled {
      throw Diagnostic(.runtime, id: "command.cancelled", "cancelled")
    }
  }

  /// The value format these settings ask for.
  public var valueFormat: ValueFormat { ValueFormat(compactMoney: settings.bool("money.compact")) }
}
