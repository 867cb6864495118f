import LodeCore
import LodeModel

extension Context {
  /// The service key under which `timeline add` keeps the analyst's own events.
  static let analystEventsKey = "timeline.analyst"

  /// Events the analyst added this session (`timeline add`), in the order added.
  var analystEvents: [Event] {
    get { service(Context.analystEventsKey, as: [Event].self) ?? [] }
    set { setService(Context.analystEventsKey, newValue) }
  }
}
