/// The words a period or vague date is anchored on, each with what it names. A token with
/// one of them carries `LexFlags.dateWord`, so the date extractor tests one bit per token.
enum DatePeriodWord: Int, Sendable {
  case now, currently, current, recently, recent, future, quarter, quarters, half
  case season, fall, ago, earlier, yearEarlier, decadeWord, century, fiscal, period
  case holiday, following, midMonth, spokenYear, yearNoun, same, present, moment, coming, days, soon, yearEnd
  case unitNoun

  static let words: [String: (DatePeriodWord, Int)] = {
    var w: [String: (DatePeriodWord, Int)] = [
      "now": (.now, 0), "nowadays": (.now, 0), "currently": (.currently, 0), "current": (.current, 0),
      "recently": (.recently, 0), "lately": (.recently, 0),
      "recent": (.recent, 0), "future": (.future, 0), "quarter": (.quarter, 0), "quarters": (.quarters, 0),
      "half": (.half, 0),
      "spring": (.season, 1), "summer": (.season, 2), "autumn": (.season, 3), "fall": (.fall, 3),
      "winter": (.season, 4),
      "ago": (.ago, 0), "earlier": (.earlier, 0), "year-earlier": (.yearEarlier, 0), "year-ago": (.yearEarlier, 0),
      "century": (.century, 0), "fiscal": (.fiscal, 0), "period": (.period, 0),
      "thanksgiving": (.holiday, 1), "christmas": (.holiday, 2), "halloween": (.holiday, 3),
      "same": (.same, 0), "present": (.present, 0), "presently": (.currently, 0), "moment": (.moment, 0),
      "coming": (.coming, 0), "days": (.days, 0), "following": (.following, 0), "nineteen": (.spokenYear, 0),
      "year": (.yearNoun, 0),
      "soon": (.soon, 0), "year-end": (.yearEnd, 0), "day": (.unitNoun, 1), "week": (.unitNoun, 2),
      "month": (.unitNoun, 3),
    ]
    for (k, n) in Lexicon.months where k.count > 3 { w["mid-" + k] = (.midMonth, n) }
    for (k, n) in ["first": 1, "second": 2, "third": 3, "fourth": 4] {
      w[k + "-quarter"] = (.quarter, n)
      if n <= 2 { w[k + "-half"] = (.half, n) }
    }
    for (k, n) in [
      "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
      "nineties": 9,
    ] {
      w[k] = (.decadeWord, n)
      w["mid-" + k] = (.decadeWord, n)
    }
    return w
  }()

  static let table = WordTable(words.mapValues { $0.0.rawValue * 16 + $0.1 })

  /// Ordinals that number a quarter or half ("the third quarter", "first half").
  static let ordinals = WordTable([
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fiscal-first": 1, "fiscal-second": 2, "fiscal-third": 3,
    "fiscal-fourth": 4,
  ])
  /// Ordinal words that number a century.
  static let centuryOrdinals = WordTable([
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
  ])
}
