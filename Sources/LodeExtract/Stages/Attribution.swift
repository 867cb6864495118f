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
  /// What the source is (person, organisation, document, description, unknown).
  public var kind: Quote.SourceKind = .unknown

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
  func text(prefix: StaticString) -> String {
    switch self {
    case .text(let s):
      return prefix.utf8CodeUnitCount == 0
        ? s
        : TextWriter.build { w in
          w.put(prefix)
          w.put(s)
        }
    case .according(let m, let sentence):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the sentence says \"according to ")
        w.put(m)
        w.put("\" (sentence ")
        w.put(sentence: sentence)
      }
    case .titled(let title, let m, let cue, let sentence):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the title \"")
        w.put(title)
        w.put("\" and name \"")
        w.put(m)
        w.put("\" are the subject of the cue \"")
        w.put(cue)
        w.put("\" (sentence ")
        w.put(sentence: sentence)
      }
    case .name(let m, let cue, let sentence):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the name \"")
        w.put(m)
        w.put("\" is the subject of the cue \"")
        w.put(cue)
        w.put("\" (sentence ")
        w.put(sentence: sentence)
      }
    case .unresolvedPronoun(let p):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the pronoun \"")
        w.put(p)
        w.put("\" has no compatible person in the sentences before it")
      }
    case .pronoun(let p, let cue, let m, let sentence):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the pronoun \"")
        w.put(p)
        w.put("\" before the cue \"")
        w.put(cue)
        w.put("\" refers to \"")
        w.put(m)
        w.put("\", the nearest compatible person (sentence ")
        w.put(sentence: sentence)
      }
    case .description(let text, let cue):
      return TextWriter.build { w in
        w.put(prefix)
        w.put("the description \"")
        w.put(text)
        w.put("\" is the subject of the cue \"")
        w.put(cue)
        w.put("\"; it names no known person")
      }
    }
  }
}
