import CLineEdit

/// Loads libedit (Debian's libedit2) at run time, the first time an interactive editor
/// starts: `lode -c LINE` and scripts never map it, which spares them its load cost.
public enum LibEdit {
  /// The shared objects tried in order: the versioned name, then the development link.
  public static let sonames = ["libedit.so.2", "libedit.so"]

  /// Why libedit could not be loaded: each name tried with the loader's reason.
  public struct LoadFailure: Error, Sendable, Equatable {
    public var reasons: [String]

    /// One line naming every attempt, e.g. `libedit.so.2: cannot open shared object file`.
    public var message: String { reasons.joined(separator: "; ") }
  }

  /// Loads libedit once: later calls succeed at once.
  public static func load() -> Result<Void, LoadFailure> {
    isLoaded ? .success(()) : load(sonames: sonames)
  }

  /// Tries each of `sonames` in turn until one opens and has every function the editor
  /// calls (the first library loaded in the process is the one the editor uses).
  public static func load(sonames: [String]) -> Result<Void, LoadFailure> {
    var reasons: [String] = []
    for name in sonames {
      var buffer = [CChar](repeating: 0, count: 512)
      let ok = buffer.withUnsafeMutableBufferPointer {
        clineedit_load(name, $0.baseAddress, $0.count)
      }
      if ok == 1 { return .success(()) }
      let reason = buffer.withUnsafeBufferPointer { p in
        p.baseAddress.map { String(cString: $0) } ?? ""
      }
      reasons.append(reason.isEmpty ? "\(name): could not be loaded" : reason)
    }
    return .failure(LoadFailure(reasons: reasons))
  }

  /// Whether libedit has been loaded in this process.
  public static var isLoaded: Bool { clineedit_loaded() == 1 }
}
