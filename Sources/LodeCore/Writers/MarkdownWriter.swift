/// Writes values as a GitHub-flavoured Markdown table of the visible columns,
/// cells formatted as on screen (`$500,000,000,000`), numeric columns right-aligned.
public enum MarkdownWriter {
  public static func write(_ v: Value) -> String { write(v, format: .standard) }

  public static func write(_ v: Value, format: ValueFormat) -> String {
    switch v {
    case .table(let t):
      let visible = t.schema.columns.indices.filter { !t.schema.columns[$0].hidden }
      let header = visible.map { escape(t.schema.columns[$0].name) }
      let align = visible.map { c in
        let numeric =
          !t.rows.isEmpty
          && t.rows.allSatisfy { row in
            c < row.count && (row[c].decimalValue != nil || row[c].isNull)
          }
        return numeric ? "---:" : "---"
      }
      var lines = [line(header), line(align)]
      for row in t.rows {
        lines.append(line(visible.map { c in escape(c < row.count ? row[c].formatted(format) : "") }))
      }
      return lines.joined(separator: "\n")
    case .record(let r):
      var lines = [line(["field", "value"]), line(["---", "---"])]
      for (f, x) in zip(r.fields, r.values) { lines.append(line([escape(f), escape(x.formatted(format))])) }
      return lines.joined(separator: "\n")
    case .list(let items):
      return items.map { "- " + escape($0.formatted(format)) }.joined(separator: "\n")
    default:
      return escape(v.formatted(format))
    }
  }

  static func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

  /// Escapes pipes and flattens line breaks so a cell stays in its column; other
  /// terminal-active characters (`TerminalText.isActive`) become character references
  /// (`&#x1B;`), which render as the same character and never reach a terminal raw.
  public static func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "|": out += "\\|"
      case "\n", "\r\n", "\r": out += " "
      default:
        guard c.unicodeScalars.contains(where: { TerminalText.isActive($0, singleLine: true) }) else {
          out.append(c)
          continue
        }
        for u in c.unicodeScalars {
          out +=
            TerminalText.isActive(u, singleLine: true)
            ? "&#x" + String(u.value, radix: 16, uppercase: true) + ";" : String(u)
        }
      }
    }
    return out
  }
}
