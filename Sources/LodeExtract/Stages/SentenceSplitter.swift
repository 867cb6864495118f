import Foundation

/// A sentence as a range of tokens plus its scalar span.
public struct SentenceRange: Sendable, Hashable {
  public var firstToken: Int
  public var endToken: Int
  public var start: Int
  public var end: Int
  public var paragraph: Int
}

/// Splits tokens into sentences. A full stop ends a sentence unless it follows an
/// abbreviation (Mr., Lt. Gen., Feb., No. 2), an initial, or sits inside a quotation that
/// continues; a paragraph break always ends one. Decimals never split (they are one token).
public enum SentenceSplitter {
  public static func split(_ tokens: [Token], inside: [Int]) -> [SentenceRange] {
    var out: [SentenceRange] = []
    // News sentences run to about twenty tokens: room for most documents without growing.
    out.reserveCapacity(tokens.count / 16 + 4)
    var first = 0
    var i = 0
    let n = tokens.count
    while i < n {
      let t = tokens[i]
      if i + 1 < n, tokens[i + 1].paragraph != t.paragraph {
        close(i + 1, tokens, &first, &out)
        i += 1
        continue
      }
      guard i + 1 < n, isTerminal(t) else {
        i += 1
        continue
      }
      // Absorb closing quotation marks and brackets that hug the stop.
      var j = i + 1
      while j < n, !tokens[j].spaceBefore, tokens[j].paragraph == t.paragraph,
        tokens[j].kind == .quote || tokens[j].isPunct(")") || tokens[j].isPunct("]") || tokens[j].isPunct("\u{2019}")
      {
        j += 1
      }
      guard j < n, tokens[j].paragraph == t.paragraph else {
        // Let the paragraph check see the last absorbed token.
        i = j - 1 > i ? j - 1 : i + 1
        continue
      }
      if endsSentence(tokens, stop: i, next: j, inside: inside) {
        close(j, tokens, &first, &out)
      }
      i = j
    }
    close(n, tokens, &first, &out)
    return out
  }

  /// Ends the sentence running from `first` before token `endTok` (a static function, not a
  /// closure over the loop's variables, which would box them on the heap).
  static func close(_ endTok: Int, _ tokens: [Token], _ first: inout Int, _ out: inout [SentenceRange]) {
    guard first < endTok else { return }
    out.append(
      SentenceRange(
        firstToken: first, endToken: endTok, start: tokens[first].start,
        end: tokens[endTok - 1].end, paragraph: tokens[first].paragraph))
    first = endTok
  }

  static func isTerminal(_ t: Token) -> Bool {
    if t.kind == .punct { return t.first == "." || t.first == "!" || t.first == "?" || t.first == "\u{2026}" }
    return t.kind == .word && t.endsWithDot
  }

  static func endsSentence(_ tokens: [Token], stop i: Int, next j: Int, inside: [Int]) -> Bool {
    let next = tokens[j]
    guard next.spaceBefore else { return false }
    // Still inside the same open quotation: the quote runs on.
    if inside[i] >= 0, inside[j] == inside[i] { return false }
    let startsLikeSentence =
      next.isCapitalised || next.kind == .number || next.kind == .quote
      || (next.kind == .punct && (next.textIs("(") || next.textIs("[")))
    guard startsLikeSentence else { return false }
    let t = tokens[i]
    if t.kind == .word {
      // "U.S." and friends: a new sentence only when a typical sentence opener follows.
      return Lexicon.sentenceStarters.contains(next)
    }
    guard t.textIs("."), i > 0, !tokens[i].spaceBefore else { return true }
    let prev = tokens[i - 1]
    guard prev.kind == .word else { return true }
    if Lexicon.abbreviations.contains(prev) {
      if prev.keyIs("no") || prev.keyIs("nos") { return next.kind != .number }
      return false
    }
    // An initial: one capital letter ("Donald J. Trump").
    if prev.end - prev.start == 1, prev.isCapitalised { return false }
    return true
  }
}
