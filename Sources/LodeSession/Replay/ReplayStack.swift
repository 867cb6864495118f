import Foundation
import LodeCore

/// The scripts being replayed, innermost last: resolves relative paths against the
/// running script's folder and refuses a script that (directly or not) runs itself.
///
/// The shell keeps one and resolves `:load x`, `:run x`, `:save x` with `resolve(_:)`.
public final class ReplayStack {
  /// Deepest nesting of `:run` allowed.
  public static let maxDepth = 16

  /// Where relative paths resolve when no script is running (the working directory).
  public let rootDirectory: String
  /// Absolute paths of the scripts running, outermost first.
  public private(set) var files: [String] = []

  public init(baseDirectory: String = FileManager.default.currentDirectoryPath) {
    rootDirectory = baseDirectory
  }

  /// The folder of the innermost running script, or the root directory.
  public var baseDirectory: String {
    files.last.map(SessionFiles.folder(of:)) ?? rootDirectory
  }

  /// Whether a script is being replayed (`:save` never overwrites without `--force` anyway).
  public var isReplaying: Bool { !files.isEmpty }

  /// `path` as given in the current script or session, made absolute.
  public func resolve(_ path: String) -> String {
    SessionFiles.resolve(path, against: baseDirectory)
  }

  /// Marks `path` (absolute) as running; a cycle or too deep a nesting is an error.
  public func enter(_ path: String) throws(Diagnostic) {
    if files.contains(path) {
      throw Diagnostic(
        .session, id: "session.run.cycle",
        "\(SessionFiles.display(path)) is already running (a script cannot run itself)")
    }
    guard files.count < ReplayStack.maxDepth else {
      throw Diagnostic(
        .session, id: "session.run.tooDeep",
        "scripts nested more than \(ReplayStack.maxDepth) deep")
    }
    files.append(path)
  }

  /// Marks the innermost script as finished.
  public func leave() {
    if !files.isEmpty { files.removeLast() }
  }
}
