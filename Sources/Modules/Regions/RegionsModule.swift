import LodeCore
import LodeModel

/// Region lookup: `regions`, `region NAME` (any name, code, Cyrillic, typos), `deposits`
/// and a text `map` of Ukraine that highlights the regions piped into it.
public enum RegionsModule {
  public static let commands: [CommandDescriptor] = [
    RegionsCommand.descriptor, RegionCommand.descriptor, DepositsCommand.descriptor,
    MapCommand.descriptor,
  ]

  public static let functions: [FunctionDescriptor] = []
}
