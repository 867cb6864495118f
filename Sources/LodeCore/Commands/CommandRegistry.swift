/// All commands the shell knows, by name and alias; rejects duplicates at registration.
///
/// Modules hand their descriptors in through `register(module:)`; plugins do the
/// same with descriptors built from their manifests.
public struct CommandRegistry: Sendable {
  public private(set) var commands: [CommandDescriptor] = []
  public private(set) var functions: [String: FunctionDescriptor] = [:]
  private var byName: [String: Int] = [:]

  public init() {}

  /// Adds commands; a name or alias already taken is an error naming both owners.
  public mutating func register(_ descriptors: [CommandDescriptor]) throws(Diagnostic) {
    for d in descriptors {
      for key in [d.name] + d.aliases {
        if let i = byName[key] {
          throw Diagnostic(
            .name, id: "registry.duplicate",
            "`\(key)` from module \(d.module) is already defined by module \(commands[i].module)")
        }
        guard !key.isEmpty, !key.hasPrefix(":"), !key.unicodeScalars.contains("|") else {
          throw Diagnostic(.name, id: "registry.badName", "`\(key)` is not a valid command name")
        }
      }
      commands.append(d)
      for key in [d.name] + d.aliases { byName[key] = commands.count - 1 }
    }
  }

  /// Adds expression functions; a name already taken is an error.
  public mutating func register(functions list: [FunctionDescriptor]) throws(Diagnostic) {
    for f in list {
      if let old = functions[f.name] {
        throw Diagnostic(
          .name, id: "registry.duplicateFunction",
          "function `\(f.name)` from module \(f.module) is already defined by module \(old.module)")
      }
      functions[f.name] = f
    }
  }

  public func lookup(_ name: String) -> CommandDescriptor? {
    byName[name].map { commands[$0] }
  }

  /// Every name and alias, sorted.
  public var names: [String] { byName.keys.sorted() }

  /// Resolves the command at the start of `words`: a two-word name wins over one word.
  /// Returns the descriptor and how many words its name used.
  public func resolve(_ words: [String]) -> (CommandDescriptor, Int)? {
    if words.count >= 2, let d = lookup(words[0] + " " + words[1]) { return (d, 2) }
    if let first = words.first, let d = lookup(first) { return (d, 1) }
    return nil
  }

  /// True when `word` starts some two-word command (`value`, `timeline`).
  public func isGroup(_ word: String) -> Bool {
    byName.keys.contains { $0.hasPrefix(word + " ") }
  }

  /// Module names in first-registered order, each with its commands sorted by name.
  public var modules: [(name: String, commands: [CommandDescriptor])] {
    var order: [String] = []
    var groups: [String: [CommandDescriptor]] = [:]
    for c in commands {
      if groups[c.module] == nil { order.append(c.module) }
      groups[c.module, default: []].append(c)
    }
    return order.map { ($0, groups[$0, default: []].sorted { $0.name < $1.name }) }
  }

  /// Close names for a misspelt command.
  public func suggestions(for name: String) -> [String] {
    Suggest.closest(to: name, in: byName.keys)
  }
}
