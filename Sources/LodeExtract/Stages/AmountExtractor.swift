import Foundation
import LodeCore
import LodeModel

/// Finds quantities: money ("$500 billion", "350 billion dollars", "USD 1.2bn", "€10M"),
/// percents ("50%", "5 percent"), fractions ("half of its mineral revenues", "about a fifth")
/// and counts ("17 key elements", "over 20 raw materials"), each as an exact decimal with
/// its qualifier ("more than") and the noun phrase it quantifies.
public struct AmountExtractor {
  let a: DocumentAnalysis
  /// Tokens already taken by dates.
  let taken: [Bool]

  public struct Found: Sendable, Hashable {
    public var firstToken: Int
    public var endToken: Int
    public var kind: Amount.Kind
    public var value: Decimal
    public var currency: String?
    public var unit: String?
    public var qualifier: String?
    public var refersTo: String?
  }

  /// The currency a symbol stands for, by the mark's scalar (punctuation tokens are one scalar).
  @inline(__always) static func currency(symbol c: Unicode.Scalar) -> String? {
    switch c {
    case "$": "USD"
    case "€": "EUR"
    case "£": "GBP"
    case "₴": "UAH"
    case "¥": "JPY"
    case "₽": "RUB"
    default: nil
    }
  }

  public init(_ a: DocumentAnalysis, taken: [Bool]) {
    self.a = a
    self.taken = taken
  }

  public func extract() -> [Found] {
    var out: [Found] = []
    out.reserveCapacity(a.tokens.count / 32 + 4)
    var i = 0
    while i < a.tokens.count {
      let kind = a.tokens[i].kind
      let candidate =
        kind == .number || (kind == .punct && Self.currency(symbol: a.tokens[i].first) != nil)
        || (kind == .word
          && (a.tokens[i].has(.amountWord) || a.tokens[i].has(.numberWord)
            || (a.tokens[i].keyCount > 6 && hyphenated(i))))
      if candidate, !taken[i], var f = money(i) ?? percent(i) ?? fraction(i) ?? count(i) {
        qualify(&f)
        out.append(f)
        i = max(f.endToken, i + 1)
      } else {
        i += 1
      }
    }
    return out
  }

  /// Token `i` contains a hyphen ("two-thirds"), as the tokenizer noted.
  @inline(__always) func hyphenated(_ i: Int) -> Bool { a.tokens[i].hasHyphen }

  func same(_ i: Int, _ j: Int) -> Bool {
    j >= 0 && j < a.tokens.count && a.tokens[j].paragraph == a.tokens[i].paragraph && !taken[j]
  }

  /// A parsed number kept as significand × 10^exponent until a match needs a Decimal.
  struct Num {
    var significand: UInt64
    var exponent: Int
    var decimal: Decimal { Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)) }
  }

  /// The exact value of a number token ("1,200.5"), parsed digit by digit.
  func number(_ i: Int) -> Num? {
    guard i < a.tokens.count, a.tokens[i].kind == .number else { return nil }
    var significand: UInt64 = 0
    var exponent = 0
    var afterPoint = false
    var digits = 0
    for b in a.slicer.bytes(a.tokens[i]) {
      switch b {
      case 0x30...0x39:
        guard digits < 18 else {
          if !afterPoint { exponent += 1 }
          continue
        }
        significand = significand * 10 + UInt64(b - 0x30)
        digits += 1
        if afterPoint { exponent -= 1 }
      case 0x2E: afterPoint = true
      default: continue
      }
    }
    // Decimal's exponent is small; absurdly long digit runs are not amounts.
    guard exponent < 90 else { return nil }
    return Num(significand: significand, exponent: exponent)
  }

  /// Number plus optional scale word at i; returns value and the end token.
  func scaled(_ i: Int) -> (Num, Int)? {
    guard var value = number(i) else { return nil }
    var e = i + 1
    if same(i, e), a.tokens[e].kind == .word, let p = Self.scaleTable.lookup(a.tokens[e]),
      a.tokens[e].keyCount > 1 || !a.tokens[e].spaceBefore
    {
      value.exponent += p
      e += 1
    }
    return (value, e)
  }

  func money(_ i: Int) -> Found? {
    let t = a.tokens[i]
    // $500 billion, US$5m, €10M
    if t.kind == .punct, let cur = Self.currency(symbol: t.first), same(i, i + 1), let (v, e) = scaled(i + 1) {
      let first = i > 0 && WordLists.usPrefixes.contains(text: a.tokens[i - 1]) && !t.spaceBefore ? i - 1 : i
      return finishMoney(first, e, v, cur)
    }
    // USD 1.2bn
    if t.kind == .word, Self.codes.contains(text: t), same(i, i + 1), let (v, e) = scaled(i + 1) {
      return finishMoney(i, e, v, a.text(of: i))
    }
    // 350 billion dollars, 1.2bn USD
    if let (v, e) = scaled(i), same(i, e) {
      let w = a.tokens[e]
      if let cur = Self.currencyTable.lookup(w) ?? (Self.codes.contains(text: w) ? a.text(of: e) : nil) {
        return finishMoney(i, e + 1, v, cur)
      }
    }
    return nil
  }

  func finishMoney(_ s: Int, _ e: Int, _ v: Num, _ cur: String) -> Found {
    Found(
      firstToken: s, endToken: e, kind: .money, value: v.decimal, currency: cur, unit: nil, qualifier: nil,
      refersTo: refersTo(after: e))
  }

  func percent(_ i: Int) -> Found? {
    guard var v = number(i), same(i, i + 1) else { return nil }
    v.exponent -= 2
    let n = a.tokens[i + 1]
    if n.isPunct("%") || n.keyIs("percent") || n.keyIs("pct") {
      return Found(firstToken: i, endToken: i + 2, kind: .percent, value: v.decimal, refersTo: refersTo(after: i + 2))
    }
    if n.keyIs("per"), same(i, i + 2), a.tokens[i + 2].keyIs("cent") {
      return Found(firstToken: i, endToken: i + 3, kind: .percent, value: v.decimal, refersTo: refersTo(after: i + 3))
    }
    return nil
  }

  func fraction(_ i: Int) -> Found? {
    let t = a.tokens[i]
    guard t.kind == .word else { return nil }
    // "two-thirds" is one token
    let parts = hyphenated(i) ? a.key(i).split(separator: "-").map(String.init) : []
    if parts.count == 2, let n = Lexicon.numberWords[parts[0]] ?? (parts[0] == "a" ? 1 : nil),
      let (_, d) = Self.fractions[parts[1]]
    {
      return Found(
        firstToken: i, endToken: i + 1, kind: .fraction, value: Decimal(n) / Decimal(d),
        refersTo: refersTo(after: i + 1))
    }
    if t.keyIs("half"), !(a.tokens[safe: i + 1]?.keyIs("time") ?? false) {
      let first = i > 0 && WordLists.aOrOne.contains(a.tokens[i - 1]) ? i - 1 : i
      return Found(
        firstToken: first, endToken: i + 1, kind: .fraction, value: Confidence.half, refersTo: refersTo(after: i + 1))
    }
    if let (num, d) = Self.fractionTable.lookup(t), !t.keyIs("half"), i > 0 {
      let p = a.key(i - 1)
      guard let n = p == "a" ? num : Lexicon.numberWords[p] else { return nil }
      return Found(
        firstToken: i - 1, endToken: i + 1, kind: .fraction, value: Decimal(n) / Decimal(d),
        refersTo: refersTo(after: i + 1))
    }
    return nil
  }

  func count(_ i: Int) -> Found? {
    let t = a.tokens[i]
    var value: Num
    var e: Int
    if t.kind == .number {
      let before = i > 0 && a.tokens[i - 1].isPunct(".") ? i - 2 : i - 1
      if before >= 0, WordLists.numberSigns.contains(a.tokens[before]) || a.tokens[i - 1].isPunct("#") { return nil }
      if i + 1 < a.tokens.count, a.tokens[i + 1].isPunct(":"), !a.tokens[i + 1].spaceBefore { return nil }
      guard let (v, end) = scaled(i) else { return nil }
      value = v
      e = end
    } else if t.kind == .word, t.has(.numberWord), !t.keyIs("one"), let n = Lexicon.numberWords[a.key(i)] {
      value = Num(significand: UInt64(n), exponent: 0)
      e = i + 1
    } else {
      return nil
    }
    guard e < a.tokens.count, a.tokens[e].spaceBefore,
      let (unit, end) = nounPhrase(from: e, maxWords: 3, stopAtPlural: true), !unit.isEmpty
    else { return nil }
    return Found(firstToken: i, endToken: end, kind: .count, value: value.decimal, unit: unit, refersTo: unit)
  }

  /// Lowercase words from `i`: up to `maxWords`, stopping at punctuation, stop words and
  /// (for counts) after the first plural.
  func nounPhrase(from i: Int, maxWords: Int, stopAtPlural: Bool) -> (String, Int)? {
    var k = i
    var words = 0
    while k < a.tokens.count, words < maxWords, same(i, k) {
      let w = a.tokens[k]
      guard w.kind == .word || w.kind == .possessive else { break }
      if w.kind == .possessive { k += 1; continue }
      if Self.npStop.contains(w) || w.has(.month) && w.isCapitalised { break }
      if words == 0, a.slicer.keyHasSuffix(w, "ly") { break }
      words += 1
      k += 1
      if stopAtPlural,
        (w.keyCount > 3 && a.slicer.keyHasSuffix(w, "s") && !a.slicer.keyHasSuffix(w, "ss"))
          || Self.irregularPlurals.contains(w)
      {
        break
      }
    }
    guard words > 0 else { return nil }
    return (a.text(tokens: i, k), k)
  }

  /// "… worth of Ukrainian resources", "… of its mineral revenues", "… in aid", "… deal".
  func refersTo(after e: Int) -> String? {
    var k = e
    if k < a.tokens.count, a.tokens[k].keyIs("worth") { k += 1 }
    if k < a.tokens.count, WordLists.ofInFor.contains(a.tokens[k]), same(e, k) {
      k += 1
      var s = k
      if s < a.tokens.count, a.tokens[s].keyIs("the") { s += 1 }
      if let (np, end) = nounPhrase(from: s, maxWords: 4, stopAtPlural: true) {
        return (s..<end).contains { Self.timeWords.contains(a.tokens[$0]) } ? nil : np
      }
      return k < a.tokens.count && a.mentionAt[k] >= 0 ? a.mentions[a.mentionAt[k]].text : nil
    }
    if e < a.tokens.count, a.tokens[e].kind == .word, !Self.npStop.contains(a.tokens[e]), !a.tokens[e].isCapitalised,
      same(e, e)
    {
      return nounPhrase(from: e, maxWords: 2, stopAtPlural: true).map { $0.0 }
    }
    return nil
  }

  func qualify(_ f: inout Found) {
    let s = f.firstToken
    // "as much as", "as many as".
    if s >= 3, a.tokens[s - 3].keyIs("as"), a.tokens[s - 2].keyIs("much") || a.tokens[s - 2].keyIs("many"),
      a.tokens[s - 1].keyIs("as"), same(s, s - 3)
    {
      f.qualifier = a.text(tokens: s - 3, s).lowercased()
      f.firstToken = s - 3
      return
    }
    if s >= 2 {
      let (x, y) = (a.tokens[s - 2], a.tokens[s - 1])
      if Self.qualifierSeconds.contains(y), Self.qualifierPairs.contains(where: { x.keyIs($0.0) && y.keyIs($0.1) }),
        same(s, s - 2)
      {
        f.qualifier = a.text(tokens: s - 2, s).lowercased()
        f.firstToken = s - 2
        return
      }
    }
    if s >= 1, Self.qualifiers1.contains(a.tokens[s - 1]), same(s, s - 1) {
      f.qualifier = a.text(of: s - 1).lowercased()
      f.firstToken = s - 1
    }
  }
}
