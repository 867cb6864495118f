import Foundation
import LodeCore
import LodeQuery

/// What Tab offers: meta-commands, their arguments (from each one's signature: flags,
/// settings, formats, file paths), and otherwise whatever the query interpreter proposes
/// (command names after `help` too).
///
/// A pure function of (line, cursor) and the injected sources, so it is tested without libedit.
public struct CompletionEngine {
  public var metaCommands: [MetaCommand]
  /// The values of a completion domain (`settings` for `:set`).
  public var domainValues: (String) -> [String]
  public var interpreter: (String, Int) -> CompletionResult
  /// Lists a directory: (name, isDirectory) pairs; injectable for tests.
  public var listDirectory: (String) -> [(name: String, isDirectory: Bool)]

  public init(
    metaCommands: [MetaCommand] = MetaCommand.all,
    domainValues: @escaping (String) -> [String],
    interpreter: @escaping (String, Int) -> CompletionResult,
    listDirectory: @escaping (String) -> [(name: String, isDirectory: Bool)] = CompletionEngine.list
  ) {
    self.metaCommands = metaCommands
    self.domainValues = domainValues
    self.interpreter = interpreter
    self.listDirectory = listDirectory
  }

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
      guard let meta = metaCommands.first(where: { $0.name == name }) else {
        return CompletionResult(replaceFrom: cursor, candidates: [])
      }
      return completeArguments(
        of: meta, String(body[space...]), argumentsStart: leading + name.unicodeScalars.count,
        word: word, wordStart: wordStart, cursor: cursor)
    }
    return interpreter(line, cursor)
  }

  /// Tab after a meta-command's name, from its signature: its flags after `-`, else what
  /// the parameter being typed declares (files, words, a domain, a choice).
  func completeArguments(
    of meta: MetaCommand, _ text: String, argumentsStart: Int, word: String, wordStart: Int, cursor: Int
  ) -> CompletionResult {
    let none = CompletionResult(replaceFrom: cursor, candidates: [])
    if word.hasPrefix("-") {
      let flags = meta.signature.flags.map { "--" + $0.name }
      return result(wordStart, flags.filter { $0.hasPrefix(word) }, .value)
    }
    let words = MetaArguments.words(text, offset: argumentsStart).filter { $0.quoted || !$0.text.hasPrefix("-") }
    let index = words.count - (word.isEmpty ? 0 : 1)
    // Each parameter's slot, a keyword that introduces it taking one of its own.
    var slots: [(keyword: String?, parameter: Parameter)] = []
    for p in meta.signature.parameters {
      if let k = p.introducedBy { slots.append((k, p)) }
      slots.append((nil, p))
    }
    guard index >= 0, index < slots.count else { return none }
    let (keyword, p) = slots[index]
    if let keyword { return result(wordStart, [keyword].filter { $0.hasPrefix(word) }, .value) }
    if case .choice(let options) = p.shape {
      return result(wordStart, options.filter { $0.hasPrefix(word) }, .value)
    }
    switch p.completion {
    case .words(let options): return result(wordStart, options.filter { $0.hasPrefix(word) }, .value)
    case .domain(let d): return result(wordStart, domainValues(d).filter { $0.hasPrefix(word) }, .value)
    case .files:
      // A rest-of-line path (`:load my folder/`) may hold blanks; a word is one word.
      let from = p.shape == .rowExpression && index < words.count ? words[index].span.start : wordStart
      let scalars = Array(text.unicodeScalars)
      let path = String(String.UnicodeScalarView(scalars[min(max(0, from - argumentsStart), scalars.count)...]))
      return result(cursor - path.unicodeScalars.count, files(matching: path), .file)
    default: return none
    }
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

  private func result(
    _ from: Int, _ texts: [String], _ kind: CompletionCandidate.Kind
  )
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
