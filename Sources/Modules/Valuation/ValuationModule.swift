import LodeCore
import LodeModel

/// The Valuation module's commands.
public enum ValuationModule {
  public static let commands: [CommandDescriptor] = []
}
