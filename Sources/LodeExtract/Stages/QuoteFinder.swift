import Foundation

/// A quotation found in the text: its marks, its words, and whether it continues the
/// previous paragraph's quotation (a paragraph-initial opening mark after an unclosed one).
public struct QuoteSpan: Sendable, Hashable {
  /// Token index of the opening mark.
  public var open: Int
  /// Token index of the closing mark; nil when the paragraph ended first.
  public var close: Int?
  /// Tokens strictly inside the marks.
  public var firstToken: Int
  public var endToken: Int
  /// Scalar span of the quoted words (without the marks).
  public var start: Int
  public var end: Int
  public var paragraph: Int
  public var continuation: Bool
}

/// Finds quotations in straight and curly marks in one pass, never aborting on
/// unbalanced marks: a quotation left open closes at the end of its paragraph. Single
/// curly marks (‘…’) quote too outside double quotations, when they close in the paragraph
/// (an apostrophe is part of its word, so "Trump’s" and "don’t" never close one).
public enum QuoteFinder {
  /// Marks before an opening quotation mark (punctuation tokens are one scalar): a switch,
  /// not a `Set`, which would hash the scalar on every test.
  @inline(__always) static func isOpener(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "(", "[", "—", "–", "-", ":": true
    default: false
    }
  }

  /// Marks after a closing quotation mark.
  @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ",", ".", ";", ":", "!", "?", ")", "]", "—", "–", "-": true
    default: false
    }
  }

  /// Returns the quotations and, for every token, the index of the quotation it lies in (or -1).
  public static func find(_ tokens: [Token]) -> (quotes: [QuoteSpan], inside: [Int]) {
    var quotes: [QuoteSpan] = []
    quotes.reserveCapacity(tokens.count / 32 + 4)
    var inside = [Int](repeating: -1, count: tokens.count)
    var openAt: Int?
    var previousParagraphUnclosed = false
    var continuationPending = false

    // An open single quotation (‘…’), only outside double ones; it must close in its paragraph.
    var singleAt: Int?
    // Inside a curly quotation, after the opening mark of a straight-quoted title; inside a
    // straight one, after the opening mark of a curly-quoted title.
    var nestedStraight = false
    var nestedCurly = false
    // The mark that closes a markup attribute's value, skipped like the one that opened it.
    var markupClose = -1
    for i in tokens.indices {
      if i > 0, tokens[i - 1].paragraph != tokens[i].paragraph {
        singleAt = nil
        nestedStraight = false
        nestedCurly = false
        if let o = openAt {
          finish(o, close: nil, lastInside: i - 1, tokens, continuationPending, &quotes, &inside)
          openAt = nil
          previousParagraphUnclosed = true
        } else {
          previousParagraphUnclosed = false
        }
      }
      if openAt == nil, tokens[i].kind != .quote {
        // Only marks open or close a single quotation: words and numbers pass straight on.
        if tokens[i].kind == .word || tokens[i].kind == .number { continue }
        if let o = singleAt, closesSingle(tokens, i) {
          continuationPending = false
          finish(o, close: i, lastInside: i - 1, tokens, continuationPending, &quotes, &inside)
          singleAt = nil
        } else if singleAt == nil, opensSingle(tokens, i) {
          singleAt = i
        }
        continue
      }
      guard tokens[i].kind == .quote else { continue }
      singleAt = nil
      let t = tokens[i]
      let firstInParagraph = i == 0 || tokens[i - 1].paragraph != t.paragraph
      let next = i + 1 < tokens.count && tokens[i + 1].paragraph == t.paragraph ? tokens[i + 1] : nil
      let prev = firstInParagraph ? nil : tokens[i - 1]
      // A quotation mark token is one scalar: compare it as an integer, not as a String.
      // Markup left in a text (`class="twitter-tweet"`, `data-id="…"`): a mark after "=" and
      // the mark that closes its value quote nothing.
      if i == markupClose { continue }
      if let p = prev, p.isPunct("="), !t.spaceBefore {
        markupClose = nextMark(tokens, after: i)
        continue
      }
      let opening =
        t.first == "\u{201C}" || t.first == "\u{201E}" || t.first == "\u{00AB}" || t.first == "\u{2039}"
        || firstInParagraph
        || t.spaceBefore || (prev.map { $0.kind == .punct && Self.isOpener($0.first) } ?? true)
      let closing =
        t.first == "\u{201D}" || t.first == "\u{00BB}" || t.first == "\u{203A}"
        || (next.map { $0.spaceBefore || ($0.kind == .punct && Self.isCloser($0.first)) } ?? true)
      if let o = openAt {
        // Inside a quotation any mark closes it, mixed kinds too (wire copy's `“…," she said`
        // and `"…” she said`), except marks of the other kind nested in it: curly in straight
        // ("… isn't about “Equal Justice” anymore.") or straight in curly (“… the "Northern
        // Star" mine …”).
        if tokens[o].first == "\"", t.first != "\"" {
          // A curly opening mark starts a title the next closing one ends; a closing mark with
          // no title open closes the quotation.
          if t.first == "\u{201C}" || nestedCurly {
            nestedCurly = t.first == "\u{201C}"
            continue
          }
          guard t.first == "\u{201D}" else { continue }
        }
        if tokens[o].first != "\"", t.first == "\"" {
          // A straight pair inside a curly quotation is a title in it; a lone straight mark closes
          // it. Where the mark stands decides: before a word it opens a title (` "Northern`),
          // after one and before a space it closes the quotation (`disagree," said`); a mark
          // that could be either opens a title when the next mark is straight too.
          if nestedStraight {
            nestedStraight = false
            continue
          }
          if opening && !closing || opening == closing && pairedStraight(tokens, after: i) {
            nestedStraight = true
            continue
          }
        }
        nestedStraight = false
        nestedCurly = false
        finish(o, close: i, lastInside: i - 1, tokens, continuationPending, &quotes, &inside)
        openAt = nil
      } else if opening || !closing {
        openAt = i
        continuationPending = firstInParagraph && previousParagraphUnclosed
      }
    }
    if let o = openAt, !tokens.isEmpty {
      finish(o, close: nil, lastInside: tokens.count - 1, tokens, continuationPending, &quotes, &inside)
    }
    return (quotes, inside)
  }

  /// Records the quotation opened at token `open` (a static function, not a closure over
  /// the loop's variables, which would box them on the heap).
  static func finish(
    _ open: Int, close: Int?, lastInside: Int, _ tokens: [Token], _ continuation: Bool, _ quotes: inout [QuoteSpan],
    _ inside: inout [Int]
  ) {
    let first = open + 1
    let endTok = close ?? (lastInside + 1)
    guard first < endTok else { return }
    let q = QuoteSpan(
      open: open, close: close, firstToken: first, endToken: endTok, start: tokens[first].start,
      end: tokens[endTok - 1].end, paragraph: tokens[open].paragraph, continuation: continuation)
    let index = quotes.count
    quotes.append(q)
    for k in first..<endTok { inside[k] = index }
  }

  /// Whether the next quotation mark after token `i` in its paragraph is a straight one.
  static func pairedStraight(_ tokens: [Token], after i: Int) -> Bool {
    let k = nextMark(tokens, after: i)
    return k >= 0 && tokens[k].first == "\""
  }

  /// The next quotation mark after token `i` in its paragraph, or -1.
  static func nextMark(_ tokens: [Token], after i: Int) -> Int {
    var k = i + 1
    while k < tokens.count, tokens[k].paragraph == tokens[i].paragraph {
      if tokens[k].kind == .quote { return k }
      k += 1
    }
    return -1
  }

  /// "‘" before a word, at the start of a paragraph or after a space or opening mark.
  static func opensSingle(_ tokens: [Token], _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .punct, t.first == "\u{2018}", i + 1 < tokens.count else { return false }
    let next = tokens[i + 1]
    guard next.paragraph == t.paragraph, !next.spaceBefore, next.kind == .word || next.kind == .number else {
      return false
    }
    return i == 0 || tokens[i - 1].paragraph != t.paragraph || t.spaceBefore
      || (tokens[i - 1].kind == .punct && isOpener(tokens[i - 1].first))
  }

  /// "’" standing alone (not an apostrophe inside a word) and followed by a space, a
  /// closing mark or the paragraph's end. A plural possessive ("voters’") is one too.
  static func closesSingle(_ tokens: [Token], _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .punct || t.kind == .possessive, t.first == "\u{2019}", t.end - t.start == 1, !t.spaceBefore else {
      return false
    }
    guard i + 1 < tokens.count, tokens[i + 1].paragraph == t.paragraph else { return true }
    let next = tokens[i + 1]
    return next.spaceBefore || (next.kind == .punct && isCloser(next.first)) || next.kind == .quote
  }
}
