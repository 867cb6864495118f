import LodeCore

/// Renders a `Diagnostic` rustc-style: the headline with its stable id, the input line
/// echoed with a caret line under the span (measured in display columns), then help,
/// notes and "did you mean".
///
/// ```
/// error[query.unknownCommand]: no command named `wher`
///   |
/// 1 | quotes | wher speaker ~ "zel"
///   |          ^^^^
///   = help: type `help` to list the commands
///   = did you mean `where`?
/// ```
///
/// Given a `width`, an echoed line wider than it is cut to a window around the span, with
/// `…` where it was cut, so the terminal never wraps it and the caret stays under the span.
public struct DiagnosticRenderer: Sendable {
  public var style: Style
  /// Columns the echo must fit (nil: never cut).
  public var width: Int?
  public init(style: Style = .plain, width: Int? = nil) {
    self.style = style
    self.width = width
  }

  /// The diagnostic as text; `input` is the line the span points into (when `source` is nil).
  /// - Parameter asWarning: render as a warning whatever the kind (a skipped file while loading).
  public func render(_ d: Diagnostic, input: String? = nil, asWarning: Bool = false) -> String {
    let warning = asWarning || d.isWarning
    let label = warning ? style.yellow("warning[\(d.id)]") : style.red("error[\(d.id)]")
    var lines = ["\(label): \(d.message)"]
    if let source = d.source {
      lines.append("  --> \(source)" + (d.span.map { ":\($0.start)..<\($0.end)" } ?? ""))
    } else if let span = d.span, let input, !input.isEmpty {
      lines += excerpt(input, span, warning: warning)
    }
    for note in d.notes { lines.append("  = note: \(note)") }
    if let hint = d.hint { lines.append("  = " + style.cyan("help") + ": \(hint)") }
    if !d.suggestions.isEmpty {
      lines.append(
        "  = did you mean \(DiagnosticRenderer.orList(d.suggestions.map { "`\($0)`" }))?")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Several diagnostics, one after another.
  public func render(_ ds: [Diagnostic], input: String? = nil) -> String {
    ds.map { render($0, input: input) }.joined()
  }

  /// The line holding the span's start, numbered, with carets under the span.
  private func excerpt(_ input: String, _ span: SourceSpan, warning: Bool) -> [String] {
    let scalars = Array(input.unicodeScalars)
    let start = min(max(0, span.start), scalars.count)
    var lineStart = start
    while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
    var lineEnd = start
    while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
    let lineNumber = scalars[..<lineStart].filter { $0 == "\n" }.count + 1
    func text(_ a: Int, _ b: Int) -> String {
      String(String.UnicodeScalarView(scalars[a..<b].map { $0 == "\t" ? " " : $0 }))
    }
    var end = min(max(start, span.end), lineEnd)
    let number = String(lineNumber)
    let gutter = String(repeating: " ", count: number.count)
    // The window of the line shown: all of it, or a cut around the span that fits.
    var from = lineStart
    var to = lineEnd
    if let width, DisplayWidth.of(text(lineStart, lineEnd)) > width - gutter.count - 3 {
      let room = max(12, width - gutter.count - 3) - 2
      let context = min(16, room / 3)
      from = start
      while from > lineStart, DisplayWidth.of(text(from - 1, start)) <= context { from -= 1 }
      to = from
      while to < lineEnd, DisplayWidth.of(text(from, to + 1)) <= room { to += 1 }
      end = min(end, to)
    }
    let head = from > lineStart ? "…" : ""
    let tail = to < lineEnd ? "…" : ""
    let pad = DisplayWidth.of(head) + DisplayWidth.of(text(from, start))
    let carets = max(1, DisplayWidth.of(text(start, end)))
    let marks = String(repeating: "^", count: carets)
    return [
      "\(gutter) |",
      "\(number) | \(head)\(text(from, to))\(tail)",
      "\(gutter) | " + String(repeating: " ", count: pad)
        + (warning ? style.yellow(marks) : style.red(marks)),
    ]
  }

  /// "`a`", "`a` or `b`", "`a`, `b` or `c`".
  static func orList(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + last
  }
}
