/// One invariant an input broke: which check, and what was seen.
public struct FuzzFinding: Hashable, Sendable, CustomStringConvertible {
  /// A stable name such as `printer.roundTrip`.
  public var check: String
  public var detail: String

  public init(_ check: String, _ detail: String) {
    self.check = check
    self.detail = detail
  }

  public var description: String { "\(check): \(detail)" }
}

/// Collects findings while a target checks its invariants.
struct Findings {
  private(set) var items: [FuzzFinding] = []

  mutating func check(_ holds: Bool, _ check: String, _ detail: @autoclosure () -> String) {
    if !holds { items.append(FuzzFinding(check, detail())) }
  }

  mutating func fail(_ check: String, _ detail: String) {
    items.append(FuzzFinding(check, detail))
  }
}
