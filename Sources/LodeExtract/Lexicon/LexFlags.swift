/// Word classes of a token, looked up once per token (one hash) at tokenization so later
/// stages test bits instead of hashing the word again.
public struct LexFlags: OptionSet, Sendable, Hashable, BitwiseCopyable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let speechVerb = LexFlags(rawValue: 1 << 0)
  public static let indirectVerb = LexFlags(rawValue: 1 << 1)
  public static let actionVerb = LexFlags(rawValue: 1 << 2)
  public static let future = LexFlags(rawValue: 1 << 3)
  public static let title = LexFlags(rawValue: 1 << 4)
  public static let notName = LexFlags(rawValue: 1 << 5)
  public static let month = LexFlags(rawValue: 1 << 6)
  public static let weekday = LexFlags(rawValue: 1 << 7)
  public static let numberWord = LexFlags(rawValue: 1 << 8)
  public static let relativeStart = LexFlags(rawValue: 1 << 9)
  /// Words the amount extractor starts on: fractions, currency codes, "half".
  public static let amountWord = LexFlags(rawValue: 1 << 10)
  /// Words a period or vague date is anchored on ("now", "quarter", "summer", "ago").
  public static let dateWord = LexFlags(rawValue: 1 << 11)

  /// Flags by folded word, probed with the token's precomputed hash.
  public static let words = WordTable(table)

  /// Flags by folded word.
  public static let table: [String: LexFlags] = {
    var t: [String: LexFlags] = [:]
    func mark(_ words: some Sequence<String>, _ f: LexFlags) { for w in words { t[w, default: []].insert(f) } }
    mark(Lexicon.speechVerbs, .speechVerb)
    mark(Lexicon.quoteCues, .speechVerb)
    mark(Lexicon.indirectVerbs, .indirectVerb)
    mark(Lexicon.actionVerbs, .actionVerb)
    mark(Lexicon.futureMarkers, .future)
    mark(Lexicon.titles, .title)
    mark(Lexicon.notNames, .notName)
    mark(Lexicon.months.keys, .month)
    mark(Lexicon.weekdays.keys, .weekday)
    mark(Lexicon.numberWords.keys, .numberWord)
    mark(DatePeriodWord.words.keys, .dateWord)
    // Only words a relative date can begin with: "on Friday" and "earlier this month" are
    // found from the weekday and from "this", which look back for "on" and "earlier".
    mark(["yesterday", "today", "tonight", "tomorrow", "last", "next", "this", "past"], .relativeStart)
    mark(
      ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "sixth", "eighth"],
      .amountWord)
    mark(["usd", "eur", "gbp", "uah", "rub", "cny", "jpy", "chf", "pln", "cad", "aud"], .amountWord)
    return t
  }()
}
