import LodeCore

/// Something that happened (or was said) in the narrative, dated when the text dates it.
///
/// Undated events keep `date == nil` and their narrative `order`; they are never given
/// an invented date.
public struct Event: Sendable, Hashable {
  public var id: String
  public var date: DateValue?
  public var summary: String
  /// Person or organisation ids of the actors.
  public var actors: [String]
  /// nil for analyst-added events (`timeline add`).
  public var provenance: Provenance?
  /// Position in narrative order across the corpus (document order, then sentence order).
  public var order: Int
  public var analystAdded: Bool

  public init(
    id: String, date: DateValue?, summary: String, actors: [String] = [],
    provenance: Provenance?, order: Int, analystAdded: Bool = false
  ) {
    self.id = id
    self.date = date
    self.summary = summary
    self.actors = actors
    self.provenance = provenance
    self.order = order
    self.analystAdded = analystAdded
  }
}
