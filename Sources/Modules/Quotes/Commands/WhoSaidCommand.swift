import Foundation
import LodeCore
import LodeModel

/// `who-said "fragment"`: finds the quotes a half-remembered fragment comes from.
enum WhoSaidCommand {
  static let schema: Schema = {
    var s = QuoteRows.schema
    s.columns.insert(Schema.Column("match", .percent), at: 3)
    return s
  }()

  static let descriptor = CommandDescriptor(
    name: "who-said", module: "Quotes",
    summary: "Find who said a fragment, tolerating misremembered words",
    discussion: """
      Ranks the quotes by how well they contain FRAGMENT: a quote holding the whole \
      fragment (ignoring case, diacritics and punctuation, and reading number words as \
      numerals: "10 generations" finds "ten generations", "1,000" finds "one thousand") \
      matches 100%; otherwise the \
      share of the fragment's words found in the quote (a word within one or two typos, \
      or the start of a longer word, counts as found), scaled to at most 90%. Quotes matching at least 60% are listed, \
      best first, then in corpus order. Same columns as `quotes`, plus `match`.
      """,
    signature: Signature(
      [Parameter("fragment", .word, help: "words of the quote, in quotes")], input: .any,
      output: .table),
    examples: [
      Example(
        "Who said it?", "who-said \"paid off by ten generations\"",
        output: """
          id  speaker             text                                      match  kind    method   confidence
          ──  ──────────────────  ────────────────────────────────────────  ─────  ──────  ───────  ──────────
          q4  Volodymyr Zelensky  I will not sign something to be paid of…   100%  direct  pronoun         0.8
          """),
      Example(
        "A numeral finds the number written as a word", "who-said \"10 generations\"",
        output: """
          id  speaker             text                                      match  kind    method   confidence
          ──  ──────────────────  ────────────────────────────────────────  ─────  ──────  ───────  ──────────
          q4  Volodymyr Zelensky  I will not sign something to be paid of…   100%  direct  pronoun         0.8
          """),
      Example(
        "Misremembered", "who-said \"cannot sel Ukraine\"",
        output: """
          id  speaker             text                   match  kind    method  confidence
          ──  ──────────────────  ─────────────────────  ─────  ──────  ──────  ──────────
          q6  Volodymyr Zelensky  I cannot sell Ukraine    90%  direct  named         0.95
          """),
    ],
    outputSchema: schema,
    run: { inv, ctx throws(Diagnostic) in
      let fragment = inv.string("fragment") ?? ""
      let words = tokens(fragment)
      guard !words.isEmpty else {
        throw inv.error(
          "who-said.empty", "give some words of the quote", at: "fragment",
          hint: "e.g. who-said \"cannot sell\"")
      }
      var scored: [(Decimal, Int, Quote)] = []
      for (i, q) in ctx.corpus.quotes.enumerated() {
        let s = score(words, in: q.text)
        if s >= Decimal(6) / 10 { scored.append((s, i, q)) }
      }
      scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
      let rows = scored.map { s, _, q in
        var r = QuoteRows.row(q)
        r.insert(.percent(s), at: 3)
        return r
      }
      let notes = rows.isEmpty ? ["no quote matches “\(fragment)”"] : []
      return CommandOutput(.table(Table(schema: schema, rows: rows)), notes: notes)
    })

  /// Folded words of letters and digits, number words read as numerals ("ten" → "10").
  static func tokens(_ s: String) -> [String] {
    NumberWords.numerals(
      NumberWords.joinDigitGroups(Fold.key(s)).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        .map(String.init))
  }

  static func score(_ words: [String], in text: String) -> Decimal {
    let have = tokens(text)
    if contains(have, words) { return 1 }
    var found = 0
    for w in words {
      let limit = w.count >= 8 ? 2 : (w.count >= 4 ? 1 : 0)
      let close: (String) -> Bool = { h in
        h == w || (limit > 0 && Suggest.distance(h, w) <= limit) || (w.count >= 3 && h.hasPrefix(w))
      }
      if have.contains(where: close) {
        found += 1
      }
    }
    return MatchScore.round(Decimal(found) / Decimal(words.count) * 9 / 10)
  }

  /// Whether `words` occur consecutively in `have`.
  static func contains(_ have: [String], _ words: [String]) -> Bool {
    guard words.count <= have.count else { return false }
    for i in 0...(have.count - words.count) where Array(have[i..<(i + words.count)]) == words {
      return true
    }
    return false
  }
}

/// Rounding for match scores (4 decimal places of the fraction).
enum MatchScore {
  static func round(_ d: Decimal) -> Decimal {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, 4, .plain)
    return r
  }
}
