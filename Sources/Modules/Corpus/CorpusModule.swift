import LodeCore
import LodeModel

/// The Corpus module's commands.
public enum CorpusModule {
  public static let commands: [CommandDescriptor] = []
}
