import LodeCore
import LodeModel

/// The Regions module's commands.
public enum RegionsModule {
  public static let commands: [CommandDescriptor] = []
}
