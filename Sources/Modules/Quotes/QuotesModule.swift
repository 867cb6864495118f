import LodeCore
import LodeModel

/// The Quotes module's commands.
public enum QuotesModule {
  public static let commands: [CommandDescriptor] = []
}
