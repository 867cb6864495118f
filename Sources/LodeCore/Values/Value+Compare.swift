extension Value {
  /// A total, deterministic order used by `sort`, `min`, `max` and `distinct`.
  ///
  /// Nulls sort first; values of one kind compare naturally (strings by folded key,
  /// then exactly); different kinds order by kind so mixed columns still sort stably.
  public static func order(_ a: Value, _ b: Value) -> Int {
    switch (a, b) {
    case (.null, .null): return 0
    case (.null, _): return -1
    case (_, .null): return 1
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    case (.string(let x), .string(let y)):
      if x == y { return 0 }
      let (kx, ky) = (Fold.key(x), Fold.key(y))
      if kx != ky { return kx < ky ? -1 : 1 }
      return x < y ? -1 : 1
    case (.date(let x), .date(let y)): return x == y ? 0 : (x < y ? -1 : 1)
    case (.money(let x), .money(let y)) where x.currency != y.currency:
      return x.currency < y.currency ? -1 : 1
    case (.list(let x), .list(let y)):
      for (p, q) in zip(x, y) {
        let c = order(p, q)
        if c != 0 { return c }
      }
      return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    default:
      if let x = a.decimalValue, let y = b.decimalValue, a.type == b.type || bothNumeric(a, b) {
        return x == y ? 0 : (x < y ? -1 : 1)
      }
      let (rx, ry) = (a.kindRank, b.kindRank)
      if rx != ry { return rx < ry ? -1 : 1 }
      let (sx, sy) = (a.plainText, b.plainText)
      return sx == sy ? 0 : (sx < sy ? -1 : 1)
    }
  }

  private static func bothNumeric(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.number, .percent), (.percent, .number): true
    default: false
    }
  }

  /// Kinds in a fixed order; a percent ranks with numbers, since the two compare by value
  /// (`50% < 20`): ranked apart, a number, a money and a percent could each come before the
  /// next (20 < $1 < 50% < 20), and no sort of a mixed column would be the same twice.
  private var kindRank: Int {
    let t = type == .percent ? .number : type
    return ValueType.allCases.firstIndex(of: t) ?? 0
  }
}
