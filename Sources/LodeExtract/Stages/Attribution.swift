import Foundation
import LodeCore
import LodeModel

/// Who a cue's subject is: the mention it rests on (as written), the resolved entity,
/// the method and confidence, and the evidence, for quote attribution and events.
public struct Attribution: Sendable, Hashable {
  public var speakerID: String?
  public var speaker: String?
  public var source: String
  public var sourceStart: Int
  public var sourceEnd: Int
  public var method: Quote.Method
  public var confidence: Confidence.Level
  /// The reason as parts; `explanation` formats it, so rejected candidates cost no text.
  public var why: Explanation
  public var evidenceSentence: Int?

  /// The reason in words, for `why`; setting it replaces the parts with the text.
  public var explanation: String {
    get { why.text }
    set { why = .text(newValue) }
  }
}

/// Why an attribution holds, kept as the strings and numbers it is made of and formatted
/// only when a quote is emitted: most candidate subjects are looked at and dropped.
public enum Explanation: Sendable, Hashable {
  /// Text already formatted.
  case text(String)
  /// "according to X" names the speaker.
  case according(mention: String, sentence: Int)
  /// A title and name are the subject of the cue.
  case titled(title: String, mention: String, cue: String, sentence: Int)
  /// A name is the subject of the cue.
  case name(mention: String, cue: String, sentence: Int)
  /// A pronoun whose antecedent is out of reach.
  case unresolvedPronoun(pronoun: String)
  /// A pronoun and the person it refers to.
  case pronoun(pronoun: String, cue: String, mention: String, sentence: Int)
  /// A description ("a senior official") names no known person.
  case description(text: String, cue: String)

  /// The explanation shown by `why`.
  public var text: String { text(prefix: "") }

  /// The explanation after `prefix` ("reported speech: "), built in one piece.
  func text(prefix: String) -> String {
    switch self {
    case .text(let s):
      return prefix.isEmpty ? s : prefix + s
    case .according(let m, let sentence):
      return Self.join(prefix, "the sentence says \"according to ", m, "\" (sentence ", sentence: sentence)
    case .titled(let title, let m, let cue, let sentence):
      return Self.join(
        prefix, "the title \"", title, "\" and name \"", m, "\" are the subject of the cue \"", cue, "\" (sentence ",
        sentence: sentence)
    case .name(let m, let cue, let sentence):
      return Self.join(prefix, "the name \"", m, "\" is the subject of the cue \"", cue, "\" (sentence ", sentence: sentence)
    case .unresolvedPronoun(let p):
      return Self.join(prefix, "the pronoun \"", p, "\" has no compatible person in the sentences before it")
    case .pronoun(let p, let cue, let m, let sentence):
      return Self.join(
        prefix, "the pronoun \"", p, "\" before the cue \"", cue, "\" refers to \"", m,
        "\", the nearest compatible person (sentence ", sentence: sentence)
    case .description(let text, let cue):
      return Self.join(
        prefix, "the description \"", text, "\" is the subject of the cue \"", cue, "\"; it names no known person")
    }
  }

  /// Concatenates parts, then the sentence number and ")" when given, copying UTF-8 bytes
  /// into storage sized once (appending strings one by one checks every junction and regrows).
  static func join(_ parts: String..., sentence: Int? = nil) -> String {
    var count = 0
    for p in parts { count += p.utf8.count }
    var digits = 0
    if let sentence {
      guard sentence >= 0 else { return join(parts, String(sentence) + ")") }
      var n = sentence
      digits = 1
      while n >= 10 {
        n /= 10
        digits += 1
      }
      count += digits + 1
    }
    return String(unsafeUninitializedCapacity: count) { out in
      var o = 0
      for p in parts {
        let copied = p.utf8.withContiguousStorageIfAvailable { src -> Int in
          guard let from = src.baseAddress, let to = out.baseAddress else { return 0 }
          (to + o).initialize(from: from, count: src.count)
          return src.count
        }
        if let copied {
          o += copied
        } else {
          for b in p.utf8 {
            out[o] = b
            o += 1
          }
        }
      }
      if var n = sentence, digits > 0 {
        for d in stride(from: o + digits - 1, through: o, by: -1) {
          out[d] = UInt8(48 + n % 10)
          n /= 10
        }
        out[o + digits] = 0x29
        o += digits + 1
      }
      return o
    }
  }

  /// `parts` then `tail`, for the rare negative sentence number.
  private static func join(_ parts: [String], _ tail: String) -> String { parts.joined() + tail }
}
