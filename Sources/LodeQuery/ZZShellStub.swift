// TEMPORARY stub written by the shell branch so LodeShell compiles before the query branch
// lands. It implements the agreed signatures minimally; the lead deletes this file at merge.
import Foundation
import LodeCore

/// TEMPORARY stub of the agreed result of executing one line.
public enum Execution {
  case empty
  case value(CommandOutput)
  case assigned(name: String, CommandOutput)
  case failure([Diagnostic])
}

/// TEMPORARY stub of the agreed completion candidate.
public struct CompletionCandidate: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case command, field, `operator`, value, variable, keyword, function, file }
  public var text: String
  public var kind: Kind
  public var detail: String?
  public init(_ text: String, kind: Kind, detail: String? = nil) {
    self.text = text
    self.kind = kind
    self.detail = detail
  }
}

/// TEMPORARY stub of the agreed completion result.
public struct CompletionResult: Sendable, Hashable {
  public var replaceFrom: Int
  public var candidates: [CompletionCandidate]
  public init(replaceFrom: Int, candidates: [CompletionCandidate]) {
    self.replaceFrom = replaceFrom
    self.candidates = candidates
  }
}

/// TEMPORARY stub of the agreed built-in commands.
public enum QueryBuiltins {
  public static let commands: [CommandDescriptor] = []
  public static let functions: [FunctionDescriptor] = []
}

/// TEMPORARY stub interpreter: runs `NAME WORD…` lines only.
public final class Interpreter {
  public var registry: CommandRegistry
  public let context: Context
  public var variables: [String: Value] = [:]

  public init(registry: CommandRegistry, context: Context) {
    self.registry = registry
    self.context = context
  }

  public func execute(_ line: String) -> Execution {
    let words = line.split(separator: " ").map(String.init)
    guard let first = words.first else { return .empty }
    guard let (d, used) = registry.resolve(words) else {
      let start = line.unicodeScalars.count - line.drop { $0 == " " }.unicodeScalars.count
      return .failure([Diagnostic(
        .name, id: "query.unknownCommand", "no command named `\(first)`",
        span: SourceSpan(start, start + first.unicodeScalars.count),
        suggestions: registry.suggestions(for: first))])
    }
    var args: [String: Value] = [:]
    for (p, w) in zip(d.signature.parameters, words.dropFirst(used)) { args[p.name] = .string(w) }
    do throws(Diagnostic) {
      return .value(try d.run(Invocation(command: d.name, arguments: args), context))
    } catch {
      return .failure([error])
    }
  }

  public func complete(_ line: String, cursor: Int) -> CompletionResult {
    let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(cursor)))
    guard !before.contains(" ") else { return CompletionResult(replaceFrom: cursor, candidates: []) }
    let names = registry.names.filter { $0.hasPrefix(before) && !$0.contains(" ") }
    return CompletionResult(
      replaceFrom: 0, candidates: names.map { CompletionCandidate($0, kind: .command) })
  }

  public static func needsMoreInput(_ text: String) -> Bool {
    let t = text.trimmingCharacters(in: .whitespaces)
    return t.hasSuffix("|") || t.filter { $0 == "\"" }.count % 2 == 1
  }
}

/// TEMPORARY stubs of the LodeCore writers (query branch).
public enum JSONWriter { public static func write(_ v: Value) -> String { v.formatted() } }
public enum CSVWriter { public static func write(_ v: Value) -> String { v.formatted() } }
public enum MarkdownWriter { public static func write(_ v: Value) -> String { v.formatted() } }
