import LodeCore
import LodePluginProtocol

extension PluginManifest {
  /// Checks the manifest and builds one `CommandDescriptor` per command (module
  /// `plugin:NAME`), each running through `run(commandName)`.
  ///
  /// The first problem found is thrown as one line naming the field, e.g.
  /// `commands[0].parameters[1]: shape "rowExpression" is not available to plugins`.
  public func descriptors(
    run: (String) -> CommandDescriptor.Run
  ) throws(ManifestProblem)
    -> [CommandDescriptor]
  {
    try validateHeader()
    var seen = Set<String>()
    var result: [CommandDescriptor] = []
    for (i, command) in commands.enumerated() {
      let at = "commands[\(i)]"
      guard PluginManifest.isCommandName(command.name) else {
        throw ManifestProblem(
          "\(at).name `\(command.name)` must be one or two lowercase words (a-z, 0-9, -, _)")
      }
      guard seen.insert(command.name).inserted else {
        throw ManifestProblem("\(at).name `\(command.name)` is declared twice")
      }
      guard !command.summary.isEmpty else { throw ManifestProblem("\(at).summary is empty") }
      let signature = try command.signature(at: at)
      var schema: Schema?
      if let columns = command.columns {
        schema = Schema(
          try columns.enumerated().map { j, c throws(ManifestProblem) in
            Schema.Column(
              c.name, try PluginManifest.valueType(c.type, at: "\(at).columns[\(j)].type"),
              hidden: c.hidden ?? false)
          })
      }
      var descriptor = CommandDescriptor(
        // A manifest's prose reaches `help`, `:modules` and `:docs`: shown, never obeyed.
        name: command.name, module: "plugin:\(name)",
        summary: TerminalText.visible(command.summary, singleLine: true),
        discussion: TerminalText.visible(command.discussion ?? ""), aliases: command.aliases ?? [],
        signature: signature,
        examples: (command.examples ?? []).map {
          LodeCore.Example(TerminalText.visible($0.summary, singleLine: true), $0.input, output: $0.output)
        },
        outputSchema: schema ?? (command.output == "input" ? Schema([]) : nil), pure: false,
        run: run(command.name))
      descriptor.extendsInput = command.output == "input"
      result.append(descriptor)
    }
    return result
  }

  private func validateHeader() throws(ManifestProblem) {
    guard PluginManifest.isWord(name) else {
      throw ManifestProblem("name `\(name)` must be one lowercase word (a-z, 0-9, -, _)")
    }
    guard !version.isEmpty else { throw ManifestProblem("version is empty") }
    guard PluginProtocolVersion.accepted.contains(self.protocol) else {
      throw ManifestProblem(
        "protocol \(self.protocol) is not supported; this lode speaks protocol \(PluginProtocolVersion.acceptedText)"
      )
    }
    guard let first = run.first, !first.isEmpty else {
      throw ManifestProblem("run must be a non-empty argv array, e.g. [\"python3\", \"main.py\"]")
    }
    guard !commands.isEmpty else { throw ManifestProblem("commands is empty") }
  }

  static func isWord(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first, ("a"..."z").contains(f) else { return false }
    return s.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
    }
  }

  static func isCommandName(_ s: String) -> Bool {
    let words = s.split(separator: " ", omittingEmptySubsequences: false)
    return (1...2).contains(words.count) && words.allSatisfy { isWord(String($0)) }
  }

  static func valueType(_ name: String?, at: String) throws(ManifestProblem) -> ValueType {
    guard let name else { return .any }
    guard let t = ValueType(rawValue: name) else {
      throw ManifestProblem(
        "\(at) `\(name)` is not a type (\(ValueType.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    return t
  }

  static func completion(_ c: Completion?, at: String) throws(ManifestProblem) -> CompletionHint {
    switch c {
    case nil: return .none
    case .words(let w): return .words(w)
    case .named(let n):
      if n == "none" { return .none }
      if n == "fields" { return .fields }
      if n == "files" { return .files(extensions: []) }
      if n.hasPrefix("files:") {
        return .files(extensions: n.dropFirst(6).split(separator: ",").map(String.init))
      }
      if n.hasPrefix("domain:"), n.count > 7 { return .domain(String(n.dropFirst(7))) }
      throw ManifestProblem(
        "\(at) `\(n)` is not a completion (a list of words, \"fields\", \"files\", \"files:csv\", \"domain:NAME\")"
      )
    }
  }
}

extension PluginManifest.Command {
  func signature(at: String) throws(ManifestProblem) -> Signature {
    var names = Set<String>()
    var params: [LodeCore.Parameter] = []
    for (j, p) in (parameters ?? []).enumerated() {
      let here = "\(at).parameters[\(j)]"
      guard !p.name.isEmpty, names.insert(p.name).inserted else {
        throw ManifestProblem("\(here).name `\(p.name)` is empty or used twice")
      }
      let shape: LodeCore.Parameter.Shape
      var introducedBy = p.keyword
      switch p.shape {
      case "value": shape = .value(try PluginManifest.valueType(p.type, at: "\(here).type"))
      case "word": shape = .word
      case "fields": shape = .fields
      case "keyword":
        shape = .keyword(p.keyword ?? p.name)
        introducedBy = nil
      case "choice":
        guard let choices = p.choices, !choices.isEmpty else {
          throw ManifestProblem("\(here) has shape \"choice\" but no choices")
        }
        shape = .choice(choices)
      case "rowExpression":
        throw ManifestProblem(
          "\(here): shape \"rowExpression\" is not available to plugins (row expressions are not sent over the protocol)"
        )
      default:
        throw ManifestProblem(
          "\(here).shape `\(p.shape)` is not one of value, word, keyword, fields, choice")
      }
      var hint = try PluginManifest.completion(p.completion, at: "\(here).completion")
      if case .choice(let options) = shape, hint == .none { hint = .words(options) }
      params.append(
        LodeCore.Parameter(
          p.name, shape, optional: p.optional ?? false, help: p.help ?? "", completion: hint,
          introducedBy: introducedBy))
    }
    var flagList: [LodeCore.Flag] = []
    for (j, f) in (flags ?? []).enumerated() {
      let here = "\(at).flags[\(j)]"
      guard PluginManifest.isWord(f.name) else {
        throw ManifestProblem("\(here).name `\(f.name)` must be one lowercase word")
      }
      guard f.short == nil || f.short?.count == 1 else {
        throw ManifestProblem("\(here).short must be a single character")
      }
      let type: ValueType? =
        f.type == nil ? nil : try PluginManifest.valueType(f.type, at: "\(here).type")
      flagList.append(
        LodeCore.Flag(
          f.name, short: f.short?.first, value: type, help: f.help ?? "",
          completion: try PluginManifest.completion(f.completion, at: "\(here).completion")))
    }
    return Signature(
      params, flags: flagList,
      input: try PluginManifest.valueType(input, at: "\(at).input"),
      output: output == "input" ? .table : try PluginManifest.valueType(output, at: "\(at).output"))
  }
}

/// Why a manifest was rejected: one line naming the field at fault.
public struct ManifestProblem: Error, Hashable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
