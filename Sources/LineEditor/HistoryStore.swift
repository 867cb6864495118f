import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The de-duplicated list of entered lines, persisted one entry per line in a file.
///
/// Entering a line again moves it to the end instead of repeating it. Newlines inside an
/// entry (multi-line input) are stored escaped. A file that cannot be read or written
/// yields exactly one warning, after which the store keeps working in memory only.
///
/// Each entry is appended to the file as it is added, under an exclusive `flock` on
/// `history.lock` beside it, so sessions sharing a HOME all keep their lines (the file
/// then holds repeats, which loading folds). When the file grows past twice the limit, the
/// writer holding the lock compacts it: reads everyone's entries, folds repeats, keeps the
/// newest `limit` and renames a new file into place. `flock` locks go with the process, so
/// one killed with `kill -9` never leaves a lock behind. Nothing is buffered: SIGHUP or
/// SIGTERM lose no entered line.
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
    append(line)
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
    entries = HistoryStore.fold(data, limit: limit)
  }

  /// The file's entries with repeats folded (the latest place wins), the newest `limit`.
  static func fold(_ data: Data, limit: Int) -> [String] {
    var seen = Set<String>()
    var loaded: [String] = []
    for raw in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let entry = HistoryStore.unescape(String(raw))
      if entry.isEmpty { continue }
      if !seen.insert(entry).inserted { loaded.removeAll { $0 == entry } }
      loaded.append(entry)
    }
    return Array(loaded.suffix(limit))
  }

  /// Appends one entry under the lock; compacts the file when it holds too many lines.
  private func append(_ line: String) {
    guard persist, let path else { return }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      return fail("cannot write history file \(path)")
    }
    let lock = open(folder + "/history.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard lock >= 0 else { return fail("cannot write history file \(path)") }
    defer { close(lock) }  // closing releases the lock
    while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return fail("cannot write history file \(path)") }
    let bytes = Array((HistoryStore.escape(line) + "\n").utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    var size = stat()
    let sized = fstat(fd, &size) == 0
    close(fd)
    guard written == bytes.count else { return fail("cannot write history file \(path)") }
    // An entry is rarely longer than 100 bytes: past ~2 × limit lines, compact.
    if sized, Int(size.st_size) > limit * 200 { compact(path) }
  }

  /// Rewrites the file as its folded newest `limit` entries (the lock is held).
  private func compact(_ path: String) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let kept = HistoryStore.fold(data, limit: limit)
    let text = kept.map(HistoryStore.escape).joined(separator: "\n") + "\n"
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
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
