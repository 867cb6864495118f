import Foundation
import LodeCore

/// Prints an AST back to query source; `parse(print(ast)) == ast` for every tree the parser makes.
///
/// Parentheses are added only where precedence needs them; literals print in a
/// canonical form (`500000000000 USD`, `50%`, `30y`).
public enum Printer {
  public static func print(_ s: Statement) -> String {
    switch s {
    case .pipeline(let p): print(p)
    case .assignment(let name, let p): "let \(name) = " + print(p)
    }
  }

  public static func print(_ p: Pipeline) -> String {
    p.stages.map(print).joined(separator: " | ")
  }

  public static func print(_ stage: Stage) -> String {
    switch stage {
    case .variable(let name, _): return "$" + name
    case .expression(let e):
      // `$x` alone would parse back as a variable stage and a leading name as a command,
      // so such expressions keep their parentheses.
      return startsWithName(e) ? "(" + print(e) + ")" : print(e)
    case .command(let c):
      var parts = [c.name]
      for a in c.arguments {
        if let k = a.introducedBy { parts.append(k) }
        parts.append(print(a.content))
      }
      for f in c.flags {
        parts.append("--" + f.name)
        if let v = f.value { parts.append(print(v)) }
      }
      return parts.joined(separator: " ")
    }
  }

  static func print(_ content: Argument.Content) -> String {
    switch content {
    case .expression(let e), .rowExpression(let e): return print(e)
    case .word(let w): return word(w)
    case .keyword(let w), .choice(let w): return w
    case .fields(let keys):
      return keys.map { k in
        (k.quoted ? quote(k.name) : word(k.name)) + (k.descending.map { $0 ? " desc" : " asc" } ?? "")
      }.joined(separator: ", ")
    }
  }

  /// A bare word when it lexes back as one identifier, else a string literal.
  static func word(_ w: String) -> String {
    // Text with a blank or a quote is never one identifier: no need to lex it (completion
    // asks this of every name it offers).
    if w.utf8.contains(where: { $0 == 0x20 || $0 == 0x22 || $0 == 0x09 || $0 == 0x0A }) { return quote(w) }
    // A plain ASCII word (a letter, then letters, digits, `_`) is one identifier unless reserved.
    if let first = w.utf8.first, ASCII.isLetter(first),
      w.utf8.allSatisfy({ ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x5F })
    {
      return Parser.reserved.contains(w) || w == "desc" || w == "asc" ? quote(w) : w
    }
    let (tokens, problems) = Lexer.tokenize(w)
    if problems.isEmpty, tokens.count == 2, tokens[0].identifier == w,
      !Parser.reserved.contains(w), !["desc", "asc"].contains(w)
    {
      return w
    }
    return quote(w)
  }

  public static func quote(_ s: String) -> String {
    // Most text needs no escape: copy it whole instead of scalar by scalar.
    if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x09 }) {
      return "\"" + s + "\""
    }
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }

  /// True when the expression's printed text starts with a field, `$variable` or call.
  static func startsWithName(_ e: Expr) -> Bool {
    switch e.node {
    case .field, .variable, .call: true
    case .binary(_, let left, _): startsWithName(left)
    default: false
    }
  }

  public static func print(_ e: Expr) -> String {
    switch e.node {
    case .literal(let v): return literal(v)
    case .field(let f): return f
    case .variable(let v): return "$" + v
    case .list(let items): return "[" + items.map(print).joined(separator: ", ") + "]"
    case .call(let name, let args): return name + "(" + args.map(print).joined(separator: ", ") + ")"
    case .unary(.negate, let x):
      // `- -x` rather than `-(-x)`: `--x` reads as a flag, and parentheses would count
      // twice towards the parser's nesting cap, so a long `----1` would not read back.
      if isNegativeLiteral(x) { return "- " + print(x) }
      return "-" + wrap(x, if: precedence(x) < 7)
    case .unary(.not, let x):
      return "not " + wrap(x, if: precedence(x) < 3)
    case .binary(let op, let a, let b):
      let p = op.precedence
      let left = wrap(a, if: precedence(a) < p || (op.isComparison && precedence(a) == p))
      let right = wrap(b, if: precedence(b) <= p)
      return "\(left) \(op.rawValue) \(right)"
    }
  }

  static func isNegativeLiteral(_ e: Expr) -> Bool {
    if case .unary(.negate, _) = e.node { return true }
    return false
  }

  static func wrap(_ e: Expr, if needed: Bool) -> String {
    needed ? "(" + print(e) + ")" : print(e)
  }

  /// Binding strength of the node at the top of `e` (atoms bind tightest).
  static func precedence(_ e: Expr) -> Int {
    switch e.node {
    case .binary(let op, _, _): op.precedence
    case .unary(.not, _): 3
    case .unary(.negate, _): 7
    default: 8
    }
  }

  /// All the digits of a decimal (no rounding), so a printed literal reads back equal.
  static func exact(_ d: Decimal) -> String {
    let plain = Value.plain(d)
    let text: String
    if plain.contains("e") {
      text = d.description  // tiny: all its digits
    } else {
      text = Decimal(string: plain, locale: Lexer.posix) == d ? plain : d.description
    }
    // The lexer reads `.5` too: a fraction one digit too long with its leading 0
    // (`.00000000000000000000000000001` has 30 characters, `0.0…1` 31) drops the 0.
    let negative = text.hasPrefix("-")
    let digits = negative ? text.dropFirst() : Substring(text)
    if digits.count > Lexer.maxNumberLength, digits.hasPrefix("0.") {
      return (negative ? "-" : "") + digits.dropFirst()
    }
    return text
  }

  /// A duration in years, or in months when `1mo` became more year digits than the lexer reads.
  static func duration(_ years: Decimal) -> String {
    let text = exact(years)
    if text.count <= Lexer.maxNumberLength { return text + "y" }
    // Then months, then days the lexer read as years (more than it counts as whole days).
    for (perYear, suffix) in [(Decimal(12), "mo"), (Decimal(365), "d")] {
      if let count = count(of: years, perYear: perYear) { return count + suffix }
    }
    return text + "y"
  }

  /// `years` in a unit of which `perYear` make a year, when it reads back exactly and fits the lexer.
  private static func count(of years: Decimal, perYear: Decimal) -> String? {
    for scale in 0..<Lexer.maxNumberLength {
      var units = years * perYear
      var rounded = Decimal()
      NSDecimalRound(&rounded, &units, scale, .plain)
      let count = exact(rounded)
      if rounded / perYear == years, count.count <= Lexer.maxNumberLength { return count }
    }
    return nil
  }

  /// An amount, with a `tn`/`bn`/`m`/`k` suffix when its plain digits are too many to read back.
  static func scaled(_ amount: Decimal) -> String {
    let text = exact(amount)
    if text.count <= Lexer.maxNumberLength { return text }
    for (suffix, scale) in [("tn", Decimal(1_000_000_000_000)), ("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1_000)] {
      let count = exact(amount / scale)
      if count.count <= Lexer.maxNumberLength, (amount / scale) * scale == amount { return count + suffix }
    }
    return text
  }

  /// Source text for a literal value that lexes back to the same value.
  public static func literal(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let d): return exact(d)
    case .percent(let p): return exact(p * 100) + "%"
    case .duration(let d):
      if case .days(let n) = d.calendar {
        // The lexer keeps at most a million of a unit whole, so `1000000w` is 7,000,000 days,
        // which `7000000d` would read back as years: such a count prints in weeks again.
        if abs(n) > 1_000_000, n % 7 == 0, abs(n / 7) <= 1_000_000 { return "\(n / 7)w" }
        return "\(n)d"
      }
      return duration(d.years)
    case .money(let m):
      return scaled(m.amount) + " " + m.currency + (m.perYear ? "/yr" : "")
    case .date(let d) where d.precision != .day && d.precision != .month && d.precision != .week:
      return "date(\"\(d.iso)\")"
    case .date(let d): return d.iso
    case .string(let s): return quote(s)
    case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
    case .record(let r):
      return "{" + zip(r.fields, r.values).map { "\($0): \(literal($1))" }.joined(separator: ", ") + "}"
    case .table(let t): return "<table \(t.count) rows>"
    }
  }
}
