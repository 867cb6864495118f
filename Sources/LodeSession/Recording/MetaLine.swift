/// Reads meta-command lines (`:name args`) in session text: their name and arguments,
/// and whether they replay (saving leaves out `:save`, `:quit`, `:history`, `:journal`).
public enum MetaLine {
  /// Meta-commands that only make sense interactively; scripts and transcripts omit them.
  public static let notReplayed: Set<String> = [
    "save", "quit", "q", "exit", "history", "journal",
  ]

  /// The meta-command name of `input` (`:set x 1` → `set`), or nil for a query.
  public static func name(of input: String) -> String? {
    let trimmed = input.drop { $0 == " " || $0 == "\t" }
    guard trimmed.first == ":" else { return nil }
    let word = trimmed.dropFirst().prefix { !$0.isWhitespace }
    return word.isEmpty ? nil : String(word)
  }

  /// The text after the meta-command's name, trimmed (`:save -f a.lode` → `-f a.lode`).
  public static func arguments(of input: String) -> String {
    let trimmed = input.drop { $0 == " " || $0 == "\t" }
    guard trimmed.first == ":" else { return "" }
    let rest = trimmed.dropFirst().drop { !$0.isWhitespace }
    return String(rest.drop { $0.isWhitespace }).trimmingTrailingWhitespace()
  }

  /// False for interactive-only meta-commands; true for queries and other meta-commands.
  public static func isReplayable(_ input: String) -> Bool {
    guard let name = name(of: input) else { return true }
    return !notReplayed.contains(name)
  }
}
