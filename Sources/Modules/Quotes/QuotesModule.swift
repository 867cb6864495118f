import LodeCore
import LodeModel

/// Quote attribution: `quotes`, `said PERSON`, `who-said "fragment"`, `speakers` and
/// `why ID`, all over the quotes the extractor attributed.
public enum QuotesModule {
  public static let commands: [CommandDescriptor] = [
    QuotesCommand.descriptor, SaidCommand.descriptor, WhoSaidCommand.descriptor,
    SpeakersCommand.descriptor, WhyCommand.descriptor,
  ]

  public static let functions: [FunctionDescriptor] = []
}
