import Foundation

/// The de-duplicated list of entered lines, persisted one entry per line in a file.
///
/// Entering a line again moves it to the end instead of repeating it. Newlines inside an
/// entry (multi-line input) are stored escaped. A file that cannot be read or written
/// yields exactly one warning, after which the store keeps working in memory only.
public final class HistoryStore {
  public private(set) var entries: [String] = []
  public let path: String?
  public let limit: Int
  private var persist: Bool
  private var pendingWarnings: [String] = []

  public init(path: String?, limit: Int = 1000) {
    self.path = path
    self.limit = max(1, limit)
    self.persist = path != nil
    load()
  }

  /// `$XDG_STATE_HOME/lode/history`, else `$HOME/.local/state/lode/history`; nil when neither is set.
  public static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> String?
  {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/lode/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/lode/history"
  }

  /// Adds `line` (ignoring blank lines), moving an earlier identical entry to the end; persists.
  public func add(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    entries.removeAll { $0 == line }
    entries.append(line)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    save()
  }

  /// Warnings gathered so far (at most one about the file), cleared on return.
  public func takeWarnings() -> [String] {
    defer { pendingWarnings = [] }
    return pendingWarnings
  }

  private func load() {
    guard let path else { return }
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard let data = FileManager.default.contents(atPath: path) else {
      fail("cannot read history file \(path)")
      return
    }
    var seen = Set<String>()
    var loaded: [String] = []
    for raw in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let entry = HistoryStore.unescape(String(raw))
      if entry.isEmpty { continue }
      if !seen.insert(entry).inserted { loaded.removeAll { $0 == entry } }
      loaded.append(entry)
    }
    entries = Array(loaded.suffix(limit))
  }

  private func save() {
    guard persist, let path else { return }
    let url = URL(fileURLWithPath: path)
    let text = entries.map(HistoryStore.escape).joined(separator: "\n") + "\n"
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      fail("cannot write history file \(path)")
    }
  }

  private func fail(_ message: String) {
    guard persist else { return }
    persist = false
    pendingWarnings.append("\(message); history will not be saved this session")
  }

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
  }

  static func unescape(_ s: String) -> String {
    guard s.contains("\\") else { return s }
    var out = ""
    var escaping = false
    for ch in s {
      if escaping {
        out.append(ch == "n" ? "\n" : ch)
        escaping = false
      } else if ch == "\\" {
        escaping = true
      } else {
        out.append(ch)
      }
    }
    return out
  }
}
