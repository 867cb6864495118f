import Foundation
import LodeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-session journal: every line entered is appended and fsynced before it runs,
/// so a crash or `kill -9` at any moment loses nothing already typed.
///
/// The file lives in `$XDG_STATE_HOME/lode/journal/` (default `~/.local/state/lode/journal/`),
/// is created at the first line, and is itself a script: `lode run --keep-going` replays it.
/// If the folder cannot be written, the first append returns one warning and the
/// session continues without a journal.
public final class Journal {
  /// The folder holding the journals.
  public let directory: String
  /// The journal file of this session (it exists once the first line was appended).
  public let path: String
  private var fd: Int32 = -1
  private var broken = false

  /// A journal for a new session in `directory`, named after `startedAt` and the process id.
  public init(directory: String, startedAt: Date = Date(), processID: Int32 = getpid()) {
    self.directory = directory
    self.path = directory + "/" + Journal.fileName(startedAt: startedAt, processID: processID)
  }

  /// A journal in the XDG state folder for `environment` (defaults to this process's).
  public convenience init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.init(directory: Journal.defaultDirectory(environment: environment))
  }

  deinit {
    if fd >= 0 { close(fd) }
  }

  /// `$XDG_STATE_HOME/lode/journal`, or `$HOME/.local/state/lode/journal`.
  public static func defaultDirectory(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/lode/journal"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/state/lode/journal"
  }

  /// `2026-11-28T23-35-01Z-4242.lode`: sorts by start time, unique per process.
  static func fileName(startedAt: Date, processID: Int32) -> String {
    var t = time_t(startedAt.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&t, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    let time = "\(two(parts.tm_hour))-\(two(parts.tm_min))-\(two(parts.tm_sec))"
    return "\(date)T\(time)Z-\(processID).lode"
  }

  /// Whether the journal is being written (false after a failure).
  public var isActive: Bool { !broken }

  /// Appends `line` and fsyncs; call before running the line. Returns a warning the
  /// first time the journal cannot be written, nil otherwise.
  @discardableResult
  public func append(_ line: String) -> Diagnostic? {
    if broken { return nil }
    if fd < 0, let problem = openFile() { return fail(problem) }
    let bytes = Array((line.hasSuffix("\n") ? line : line + "\n").utf8)
    guard SessionFiles.writeAll(fd, bytes), fsync(fd) == 0 else {
      return fail("cannot write the session journal \(path)")
    }
    return nil
  }

  private func openFile() -> String? {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      return "cannot create the journal folder \(directory)"
    }
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return "cannot create the session journal \(path)" }
    // Held until the process ends (the kernel drops it even after `kill -9`): another
    // session's pruning never removes a journal that is still being written.
    _ = flock(fd, LOCK_EX | LOCK_NB)
    let header = Array("# lode journal 1\n".utf8)
    guard SessionFiles.writeAll(fd, header), fsync(fd) == 0 else {
      return "cannot write the session journal \(path)"
    }
    let dirFD = open(directory, O_RDONLY | O_CLOEXEC)
    if dirFD >= 0 {
      _ = fsync(dirFD)
      close(dirFD)
    }
    return nil
  }

  private func fail(_ message: String) -> Diagnostic {
    broken = true
    if fd >= 0 {
      close(fd)
      fd = -1
    }
    return Diagnostic(
      .warning, id: "session.journal.unwritable", message + "; this session has no journal",
      hint: "set XDG_STATE_HOME to a writable folder")
  }

  /// Removes the oldest journals in the folder beyond `keep` (never this session's).
  /// Returns the paths removed. `keep` comes from the `journal.keep` setting.
  @discardableResult
  public func prune(keep: Int) -> [String] {
    Journal.prune(directory: directory, keep: keep, sparing: path)
  }

  /// `prune(keep:)` with the `journal.keep` setting (50 unless changed).
  @discardableResult
  public func prune(settings: Settings) -> [String] {
    prune(
      keep: settings.decimal("journal.keep").map { NSDecimalNumber(decimal: $0).intValue } ?? 50)
  }

  /// Removes the oldest `*.lode` journals in `directory` so at most `keep` remain, never
  /// one that a live session holds (its lock is taken; a `kill -9`ed session's is not).
  @discardableResult
  public static func prune(directory: String, keep: Int, sparing: String? = nil) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    let journals = names.filter { $0.hasSuffix(".lode") }.sorted().map { directory + "/" + $0 }
    let excess = journals.count - max(0, keep)
    guard excess > 0 else { return [] }
    var removed: [String] = []
    for path in journals.prefix(excess) where path != sparing {
      let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
      guard fd >= 0 else { continue }
      defer { close(fd) }
      guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // a live session's
      if unlink(path) == 0 { removed.append(path) }
    }
    return removed
  }
}
