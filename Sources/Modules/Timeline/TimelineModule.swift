import LodeCore
import LodeModel

/// The Timeline module's commands.
public enum TimelineModule {
  public static let commands: [CommandDescriptor] = []
}
