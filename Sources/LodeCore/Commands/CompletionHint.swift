/// What Tab should offer for a parameter or flag value.
public enum CompletionHint: Sendable, Hashable {
  case none
  /// A fixed list of words.
  case words([String])
  /// Field names of the table flowing into the stage.
  case fields
  /// Values the running shell knows under a named domain: `people`, `regions`,
  /// `minerals`, `quote-ids`, `speakers`, `settings`… (see `CompletionSource`).
  case domain(String)
  /// File paths, optionally filtered by extension.
  case files(extensions: [String])
}

/// Supplies the values behind `.domain(name)` hints; the shell registers providers.
public protocol CompletionSource: Sendable {
  func candidates(domain: String, context: Context) -> [String]
  /// The domain's values as entities, each with every name it answers to, preferred first
  /// (`["Zaporizhzhia", "Zaporizhzhia Oblast", "UA-23", "Запоріжжя", …]`): Tab offers each
  /// entity once, by the first of its names that matches what was typed.
  func entities(domain: String, context: Context) -> [[String]]
}

extension CompletionSource {
  /// Each value an entity of its own.
  public func entities(domain: String, context: Context) -> [[String]] {
    candidates(domain: domain, context: context).map { [$0] }
  }
}
