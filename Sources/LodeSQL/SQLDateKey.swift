/// lode's order of dates (`DateValue.<`) in SQL, from the date's text as `lode extract`
/// writes it (ISO, or TimeML for the other precisions): first by the first day the date
/// could denote, as a day number (a week from its Monday, a season from its first month, a
/// decade from its first year, a fiscal year from its calendar year; the past, present and
/// future after every calendar date), then the wider date first (`rank`). Pure integer
/// arithmetic (days from the civil date), so the three dialects need no date functions.
/// An approximate date ("around 2025") is written as the plain one, so it ties with it.
struct SQLDateKey {
  let dialect: SQLDialect
  /// The date column's SQL in the first layer's input.
  let v: String

  /// Helper columns are named `_rN`, `_yN`, `_mN`, `_dN`, `_wN` for the Nth date key of a stage.
  let n: Int

  func name(_ part: String) -> String { dialect.identifier("_\(part)\(n)") }

  /// First layer: the precision's rank, as `DateValue` ranks them (0 century … 10 day,
  /// 11 past, 12 present, 13 future); NULL for a null or for text of no known form.
  var rankColumn: String {
    let length = "LENGTH(\(v))"
    return "CASE WHEN \(v) = 'PAST_REF' THEN 11 WHEN \(v) = 'PRESENT_REF' THEN 12 WHEN \(v) = 'FUTURE_REF' THEN 13 "
      + "WHEN \(v) LIKE 'FY%' THEN 2 WHEN \(length) = 2 THEN 0 WHEN \(length) = 3 THEN 1 WHEN \(length) = 4 THEN 3 "
      + "WHEN \(length) = 7 AND SUBSTR(\(v), 6, 1) = 'H' THEN 5 "
      + "WHEN \(length) = 7 AND SUBSTR(\(v), 6, 2) IN ('SP', 'SU', 'FA', 'WI') THEN 6 "
      + "WHEN \(length) = 7 AND SUBSTR(\(v), 6, 1) = 'Q' THEN 7 WHEN \(length) = 7 THEN 8 "
      + "WHEN \(length) = 8 AND SUBSTR(\(v), 6, 1) = 'W' THEN 9 WHEN \(length) = 10 THEN 10 END AS \(name("r"))"
  }

  /// Second layer (`r` the first layer's rank column): the first day's year, month, day,
  /// and a week's number.
  func partColumns(rank r: String) -> [String] {
    let year =
      "CASE WHEN \(r) = 0 THEN \(int(v)) * 100 WHEN \(r) = 1 THEN \(int(v)) * 10 "
      + "WHEN \(r) = 2 THEN \(int("SUBSTR(\(v), 3, 4)")) WHEN \(r) <= 10 THEN \(int("SUBSTR(\(v), 1, 4)")) END"
    let part = int("SUBSTR(\(v), 7, 1)")
    let season = "CASE SUBSTR(\(v), 6, 2) WHEN 'SP' THEN 1 WHEN 'SU' THEN 2 WHEN 'FA' THEN 3 ELSE 4 END"
    let month =
      "CASE WHEN \(r) = 5 THEN 6 * (\(part) - 1) + 1 WHEN \(r) = 6 THEN 3 * (\(season)) "
      + "WHEN \(r) = 7 THEN 3 * (\(part) - 1) + 1 WHEN \(r) = 8 OR \(r) = 10 THEN \(int("SUBSTR(\(v), 6, 2)")) ELSE 1 END"
    let day = "CASE WHEN \(r) = 10 THEN \(int("SUBSTR(\(v), 9, 2)")) WHEN \(r) = 9 THEN 4 ELSE 1 END"
    let week = "CASE WHEN \(r) = 9 THEN \(int("SUBSTR(\(v), 7, 2)")) ELSE 0 END"
    return ["\(year) AS \(name("y"))", "\(month) AS \(name("m"))", "\(day) AS \(name("d"))", "\(week) AS \(name("w"))"]
  }

  /// The sort terms over the second layer (`t` its alias): the first day's number (days
  /// since 1970-01-01; vague dates after every other), then the rank.
  func terms(_ t: String) -> [String] {
    let (r, y, m, d, w) = ("\(t).\(name("r"))", "\(t).\(name("y"))", "\(t).\(name("m"))", "\(t).\(name("d"))", "\(t).\(name("w"))")
    let first = days(y, m, d)
    // A week starts on the Monday on or before 4 January, then a week per number.
    let week = "CASE WHEN \(r) = 9 THEN 7 * (\(w) - 1) - ((((\(first) + 3) % 7) + 7) % 7) ELSE 0 END"
    return ["CASE WHEN \(r) IS NULL THEN NULL WHEN \(r) >= 11 THEN 100000000 + \(r) ELSE \(first) + \(week) END", r]
  }

  /// Days from 1970-01-01 to the civil date (Hinnant's `days_from_civil`, years from 1).
  func days(_ y: String, _ m: String, _ d: String) -> String {
    let shifted = "(\(y) - CASE WHEN \(m) <= 2 THEN 1 ELSE 0 END)"
    let era = div(shifted, "400")
    let yoe = "(\(shifted) - \(era) * 400)"
    let doy = "(\(div("153 * ((\(m) + 9) % 12) + 2", "5")) + \(d) - 1)"
    let doe = "(\(yoe) * 365 + \(div(yoe, "4")) - \(div(yoe, "100")) + \(doy))"
    return "(\(era) * 146097 + \(doe) - 719468)"
  }

  /// Whole-number division, as each dialect spells it.
  func div(_ a: String, _ b: String) -> String {
    switch dialect {
    case .sqlite: "((\(a)) / \(b))"
    case .duckdb: "((\(a)) // \(b))"
    case .spark: "((\(a)) div \(b))"
    }
  }

  /// Text as a whole number, NULL when it is none (SQLite's CAST gives 0, but the CASEs
  /// above read only the digits of each form).
  func int(_ text: String) -> String {
    switch dialect {
    case .sqlite: "CAST(\(text) AS INTEGER)"
    case .duckdb: "TRY_CAST(\(text) AS INTEGER)"
    case .spark: "try_cast(\(text) AS INT)"
    }
  }
}
