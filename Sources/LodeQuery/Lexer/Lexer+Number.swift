import Foundation
import LodeCore

extension Lexer {
  /// The longest number the lexer reads (digits and point); longer ones are not exact.
  static let maxNumberLength = 30

  /// Lexes a number-led literal: number, money (`$500bn`, `1bn USD`, `2bn/yr`),
  /// percent (`50%`), duration (`30y`, `6 months`) or date (`2025-02-24`, `2025-W08`).
  mutating func lexNumber(start: Int, currency prefix: String?) {
    if prefix == nil, lexDate(start: start) { return }
    let numberStart = i
    while i < scalars.count {
      if Lexer.isDigit(scalars[i]) {
        i += 1
      } else if scalars[i] == "_", Lexer.isDigit(peek(1)), i > numberStart {
        i += 1
      } else {
        break
      }
    }
    if peek() == ".", Lexer.isDigit(peek(1)) {
      i += 1
      while Lexer.isDigit(peek()) { i += 1 }
    }
    let digits = text(numberStart, i).filter { $0 != "_" }
    guard digits.count <= Lexer.maxNumberLength,
      var amount = Decimal(plainDigits: digits) ?? Decimal(string: digits, locale: Lexer.posix)
    else {
      fail(
        "query.lex.badNumber", "`\(text(numberStart, i))` is not a number lode can hold exactly",
        from: start, hint: "numbers have at most 30 digits")
      return
    }
    var currency = prefix
    var isMoney = prefix != nil
    if peek() == "%" {
      i += 1
      if isMoney {
        fail("query.lex.badNumber", "an amount of money cannot be a percent", from: start)
      } else {
        finishPlain(.percent(amount / 100), start: start)
      }
      return
    }
    if Lexer.isLetter(peek()) {
      let wordStart = i
      while Lexer.isLetter(peek()) || Lexer.isDigit(peek()) { i += 1 }
      let word = text(wordStart, i)
      if let scale = Units.suffixScales[word.lowercased()] {
        amount *= scale
        isMoney = true
      } else if !isMoney, let unit = Units.durations[word.lowercased()] {
        finishPlain(.duration(Units.duration(amount, unit)), start: start)
        return
      } else if !isMoney, let cur = Units.currency(word), word.uppercased() == word {
        currency = cur
        isMoney = true
      } else {
        fail(
          "query.lex.badNumber", "`\(text(start, i))` is not a number, amount or duration",
          from: start, hint: "write amounts like 500bn, $1.2m, 30y, 6mo, 2w, 30d or 50%")
        return
      }
    }
    readSpacedUnits(amount: &amount, currency: &currency, isMoney: &isMoney, start: start)
  }

  /// After a number and a space: a scale word, a currency, or a duration unit, if one follows.
  mutating func readSpacedUnits(
    amount: inout Decimal, currency: inout String?, isMoney: inout Bool, start: Int
  ) {
    var scaled = false
    while currency == nil || !scaled {
      let save = i
      skipSpaces()
      guard i > save, Lexer.isLetter(peek()) else {
        i = save
        break
      }
      let word = readWord()
      if !scaled, !isMoney || currency != nil, let scale = Units.spacedScales[word.lowercased()] {
        amount *= scale
        scaled = true
        isMoney = true
      } else if currency == nil, let cur = Units.currency(word) {
        currency = cur
        isMoney = true
        break
      } else if !isMoney, let unit = Units.durations[word.lowercased()], word.count > 2 {
        finishPlain(.duration(Units.duration(amount, unit)), start: start)
        return
      } else {
        i = save
        break
      }
    }
    guard isMoney else {
      finishPlain(.number(amount), start: start)
      return
    }
    var perYear = false
    if peek() == "/" {
      let save = i
      i += 1
      let word = readWord()
      if ["yr", "y", "year"].contains(word) { perYear = true } else { i = save }
    }
    finishPlain(.money(Money(amount, currency ?? "USD", perYear: perYear)), start: start)
  }

  /// Emits a literal, or an error when letters or digits run straight on from it.
  mutating func finishPlain(_ kind: Token.Kind, start: Int) {
    if Lexer.isLetter(peek()) || Lexer.isDigit(peek()) {
      while Lexer.isLetter(peek()) || Lexer.isDigit(peek()) { i += 1 }
      fail(
        "query.lex.badNumber", "`\(text(start, i))` is not a number, amount or duration",
        from: start, hint: "write amounts like 500bn, $1.2m, 30y, 6mo, 2w, 30d or 50%")
      return
    }
    emit(kind, from: start)
  }

  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Www` written without spaces.
  mutating func lexDate(start: Int) -> Bool {
    guard i + 5 < scalars.count, (0..<4).allSatisfy({ Lexer.isDigit(peek($0)) }), peek(4) == "-",
      Lexer.isDigit(peek(5)) || peek(5) == "W"
    else { return false }
    var j = i + 5
    while j < scalars.count, Lexer.isDigit(scalars[j]) || scalars[j] == "-" || scalars[j] == "W" {
      j += 1
    }
    i = j
    let raw = text(start, j)
    if Lexer.isLetter(peek()) {
      while Lexer.isLetter(peek()) || Lexer.isDigit(peek()) { i += 1 }
    } else if let d = DateValue.parse(raw) {
      emit(.date(d), from: start)
      return true
    }
    fail(
      "query.lex.badDate", "`\(text(start, i))` is not a valid date", from: start,
      hint: "dates are written 2025-02-24, 2025-02 or 2025-W08")
    return true
  }

  static let posix = Locale(identifier: "en_US_POSIX")
}
