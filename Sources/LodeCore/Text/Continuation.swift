/// When a line is not yet a whole statement, so the next line continues it: the one rule
/// of the interactive loop (`...>` prompt) and of replay (`Script.parse`: `lode run`,
/// `:run`, `lode check`, journals).
///
/// A meta-command line (`:load it's.txt`) is always whole: its words are not query text,
/// so a quote in a file name opens nothing. A query goes on while it ends with `|` or
/// leaves a string (`"…"`, `'…'`, `\` escaping inside) or a bracket (`(`, `[`) open.
public enum Continuation {
  public static func needsMoreInput(_ text: String) -> Bool {
    let start = text.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    if start.first == ":" { return false }
    var depth = 0
    var quote: Unicode.Scalar?
    var escaped = false
    var last: Unicode.Scalar?
    for c in start {
      if !c.properties.isWhitespace { last = c }
      if let q = quote {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == q {
          quote = nil
        }
        continue
      }
      switch c {
      case "\"", "'": quote = c
      case "(", "[": depth += 1
      case ")", "]": depth -= 1
      default: break
      }
    }
    return quote != nil || depth > 0 || last == "|"
  }
}
