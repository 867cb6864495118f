import Foundation
import LodeCore
import LodeQuery

/// What Tab offers: meta-commands, their arguments (settings, formats, file paths), command
/// and otherwise whatever the query interpreter proposes (command names after `help` too).
///
/// A pure function of (line, cursor) and the injected sources, so it is tested without libedit.
public struct CompletionEngine {
  public var metaCommands: [MetaCommand]
  public var settingNames: () -> [String]
  public var interpreter: (String, Int) -> CompletionResult
  /// Lists a directory: (name, isDirectory) pairs; injectable for tests.
  public var listDirectory: (String) -> [(name: String, isDirectory: Bool)]

  public init(
    metaCommands: [MetaCommand] = MetaCommand.all,
    settingNames: @escaping () -> [String],
    interpreter: @escaping (String, Int) -> CompletionResult,
    listDirectory: @escaping (String) -> [(name: String, isDirectory: Bool)] = CompletionEngine.list
  ) {
    self.metaCommands = metaCommands
    self.settingNames = settingNames
    self.interpreter = interpreter
    self.listDirectory = listDirectory
  }

  /// Meta-commands that take a file path even when declared elsewhere (sessions own `:save`, `:run`).
  public static let fileMetaCommands: Set<String> = [":load", ":save", ":run"]

  /// Candidates for the word that ends at `cursor` (a Unicode-scalar offset into `line`).
  public func complete(_ line: String, cursor: Int) -> CompletionResult {
    let scalars = Array(line.unicodeScalars.prefix(max(0, cursor)))
    let before = String(String.UnicodeScalarView(scalars))
    let leading = before.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
    let body = String(before.dropFirst(leading))
    let wordStart = (scalars.lastIndex { $0 == " " || $0 == "\t" } ?? -1) + 1
    let word = String(String.UnicodeScalarView(scalars[wordStart...]))
    if body.hasPrefix(":") {
      guard let space = body.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
        return result(wordStart, metaCommands.map(\.name).filter { $0.hasPrefix(word) }, .command)
      }
      let name = String(body[..<space])
      let declared = metaCommands.first { $0.name == name }
      guard
        let meta = declared
          ?? (CompletionEngine.fileMetaCommands.contains(name)
            ? MetaCommand(name: name, summary: "", usage: "", completion: .files) { _, _ in .init()
            } : nil)
      else {
        return CompletionResult(replaceFrom: cursor, candidates: [])
      }
      let argumentIndex = MetaCommand.words(String(body[space...])).count - (word.isEmpty ? 0 : 1)
      switch meta.completion {
      case .none: return CompletionResult(replaceFrom: cursor, candidates: [])
      case .words(let words):
        return result(
          wordStart, argumentIndex == 0 ? words.filter { $0.hasPrefix(word) } : [], .value)
      case .settings:
        return result(
          wordStart, argumentIndex == 0 ? settingNames().filter { $0.hasPrefix(word) } : [], .value)
      case .files:
        let pathStart = leading + name.unicodeScalars.count + 1
        let path = String(String.UnicodeScalarView(scalars[min(pathStart, scalars.count)...]))
          .trimmingCharacters(in: .whitespaces)
        return result(scalars.count - path.unicodeScalars.count, files(matching: path), .file)
      }
    }
    return interpreter(line, cursor)
  }

  /// Paths starting with `prefix`; directories end in `/`, dot-files only when asked for.
  func files(matching prefix: String) -> [String] {
    let slash = prefix.lastIndex(of: "/")
    let dirPart = slash.map { String(prefix[...$0]) } ?? ""
    let base = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
    var directory = dirPart.isEmpty ? "." : dirPart
    if directory.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      directory = home + directory.dropFirst()
    }
    return listDirectory(directory)
      .filter { $0.name.hasPrefix(base) && (base.hasPrefix(".") || !$0.name.hasPrefix(".")) }
      .map { dirPart + $0.name + ($0.isDirectory ? "/" : "") }
      .sorted()
  }

  private func result(_ from: Int, _ texts: [String], _ kind: CompletionCandidate.Kind)
    -> CompletionResult
  {
    CompletionResult(
      replaceFrom: from, candidates: texts.map { CompletionCandidate($0, kind: kind) })
  }

  /// The real file system.
  public static func list(_ directory: String) -> [(name: String, isDirectory: Bool)] {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return [] }
    return names.map { name in
      var isDir: ObjCBool = false
      _ = fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDir)
      return (name, isDir.boolValue)
    }
  }
}
