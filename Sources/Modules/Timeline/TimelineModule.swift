import LodeCore

/// The timeline: `timeline` (dated then undated events, filters), `timeline chart`, `timeline add`
/// for the analyst's own events, and the raw `events` table.
public enum TimelineModule: LodeModule {
  public static let name = "Timeline"

  public static let commands: [CommandDescriptor] = [
    TimelineCommand.descriptor, TimelineChartCommand.descriptor, TimelineAddCommand.descriptor,
    EventsCommand.descriptor,
  ]
}
