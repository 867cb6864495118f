import LodeCore

/// Reads the text after a meta-command's name (`:save --force "my file.lode"`) against its
/// `Signature`: words split on blanks, double quotes grouping a word with spaces (a quoted
/// word is never a flag), `--name`/`-s` flags, then the parameters in order. The one parser
/// of every meta-command; problems are `meta.usage` / `meta.unknownFlag` diagnostics that
/// quote the usage. Arguments keep their spans, for a command's own errors.
///
/// Parameter shapes: `.word` takes one word, `.choice` one of its words, `.value(.number)`
/// one number, `.rowExpression` the rest of the text (trimmed, one pair of enclosing quotes
/// removed: a path with spaces, a setting's value). An optional parameter `introducedBy` a
/// keyword is read after that word (`:plugins trust NAME`).
public enum MetaArguments {
  /// One word of the arguments and where it is in the line (Unicode-scalar offsets).
  struct Word {
    var text: String
    var span: SourceSpan
    var quoted: Bool
  }

  /// Parses `text`, which starts at scalar offset `offset` of the line, for `command`.
  public static func parse(
    _ text: String, offset: Int = 0, command: String, signature: Signature, usage: String
  ) throws(Diagnostic) -> Invocation {
    let all = words(text, offset: offset)
    var inv = Invocation(command: command, span: SourceSpan(offset, offset + text.unicodeScalars.count))
    // Unlocated, like every meta-command error: the line is short and echoing it adds nothing.
    func usageError(_ message: String) -> Diagnostic {
      Diagnostic(.argument, id: "meta.usage", message, hint: "usage: \(usage)")
    }
    var positional: [Word] = []
    for w in all {
      guard !w.quoted, w.text.count > 1, w.text.hasPrefix("-"), !isNumber(w.text) else {
        positional.append(w)
        continue
      }
      let name = w.text.hasPrefix("--") ? String(w.text.dropFirst(2)) : nil
      let short = w.text.count == 2 ? w.text.last : nil
      guard let flag = signature.flags.first(where: { $0.name == name || (name == nil && $0.short == short) })
      else {
        let known = signature.flags.flatMap { ["--" + $0.name] + ($0.short.map { ["-\($0)"] } ?? []) }
        throw Diagnostic(
          .argument, id: "meta.unknownFlag", "\(command) has no option \(w.text)",
          hint: "usage: \(usage)", suggestions: Suggest.closest(to: w.text, in: known))
      }
      inv.flags[flag.name] = .bool(true)
    }
    var next = 0
    for p in signature.parameters {
      if let keyword = p.introducedBy {
        guard next < positional.count, positional[next].text == keyword else { continue }
        next += 1
        guard next < positional.count else {
          throw usageError("`\(command) \(keyword)` needs \(p.name.uppercased())")
        }
      }
      guard next < positional.count else {
        if p.optional { continue }
        throw usageError("`\(command)` needs \(p.name.uppercased())")
      }
      let w = positional[next]
      switch p.shape {
      case .rowExpression:
        let start = w.span.start - offset
        var rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start)))
        while rest.last?.isWhitespace == true { rest.removeLast() }
        if rest.count >= 2, rest.hasPrefix("\""), rest.hasSuffix("\"") { rest = String(rest.dropFirst().dropLast()) }
        inv.arguments[p.name] = .string(rest)
        inv.argumentSpans[p.name] = SourceSpan(w.span.start, inv.span.end)
        next = positional.count
        continue
      case .choice(let options):
        guard options.contains(w.text) else {
          throw usageError(
            "`\(command)` takes one of \(options.joined(separator: ", ")), got `\(w.text)`")
        }
        inv.arguments[p.name] = .string(w.text)
      case .value(.number):
        guard let n = try? CheckedDecimal.parse(w.text) else {
          throw usageError("`\(command)` takes a number for \(p.name.uppercased()), got `\(w.text)`")
        }
        inv.arguments[p.name] = .number(n)
      default:
        inv.arguments[p.name] = .string(w.text)
      }
      inv.argumentSpans[p.name] = w.span
      next += 1
    }
    if next < positional.count {
      let most = signature.parameters.count
      throw usageError(
        most == 0
          ? "`\(command)` takes no arguments"
          : "`\(command)` takes at most \(most) argument\(most == 1 ? "" : "s"), got \(positional.count)")
    }
    return inv
  }

  /// The words of `text`: blanks separate them, double quotes group (and are removed).
  static func words(_ text: String, offset: Int) -> [Word] {
    var out: [Word] = []
    var current = ""
    var start: Int?
    var quoted = false
    var inQuote = false
    var end = offset
    for (i, c) in text.unicodeScalars.enumerated() {
      let at = offset + i
      if c == "\"" {
        inQuote.toggle()
        quoted = true
        if start == nil { start = at }
      } else if (c == " " || c == "\t"), !inQuote {
        if let s = start { out.append(Word(text: current, span: SourceSpan(s, at), quoted: quoted)) }
        current = ""
        start = nil
        quoted = false
      } else {
        current.unicodeScalars.append(c)
        if start == nil { start = at }
      }
      end = at + 1
    }
    if let s = start { out.append(Word(text: current, span: SourceSpan(s, end), quoted: quoted)) }
    return out
  }

  private static func isNumber(_ text: String) -> Bool { (try? CheckedDecimal.parse(text)) != nil }
}
